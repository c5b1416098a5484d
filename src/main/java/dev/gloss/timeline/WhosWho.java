package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import dev.gloss.model.SpeakerType;
import dev.gloss.model.WhoEntry;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lists the people and organisations of an article with the role the text gives them and what they
 * said or did; a speaker the entity finder missed (an open letter, say) is listed too.
 */
final class WhosWho {

  private static final Set<EntityType> LISTED =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.OUTLET);
  private static final int MAX_ENTRIES = 12;

  private WhosWho() {
  }

  static List<WhoEntry> find(String text, Annotations annotations, Anchors anchors) {
    List<Candidate> candidates = new ArrayList<>();
    for (Entity entity : annotations.entities()) {
      List<Quote> quoted = quotesBy(entity.name(), annotations.quotes());
      if (LISTED.contains(entity.type()) && !entity.mentions().isEmpty()
          && (worthListing(entity, quoted) || entity.mentions().size() >= 2
              && did(text, annotations, anchors, entity.name(), entity.mentions()) != null)) {
        // Who speaks is a better witness of what they are than a name's shape.
        EntityType type = quoted.stream().map(q -> typeOf(q.speaker().type()))
            .filter(LISTED::contains).findFirst().orElse(entity.type());
        candidates.add(new Candidate(entity.name(), type, entity.role(), entity.mentions()));
      }
    }
    for (Quote quote : annotations.quotes()) {
      boolean listed = candidates.stream().anyMatch(c -> Names.same(c.name(), quote.speaker().name()));
      if (quote.speaker().isKnown() && !listed) {
        candidates.add(new Candidate(quote.speaker().name(), typeOf(quote.speaker().type()),
            quote.speaker().role(), List.of(quote.span())));
      }
    }
    candidates.sort(Comparator.comparing(Candidate::first));
    List<WhoEntry> entries = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (entries.size() == MAX_ENTRIES) {
        break;
      }
      List<Quote> theirs = quotesBy(candidate.name(), annotations.quotes());
      String role = candidate.role() != null ? candidate.role()
          : theirs.stream().map(q -> q.speaker().role()).filter(r -> r != null).findFirst()
              .orElse(null);
      String said = theirs.stream().filter(q -> q.kind() != QuoteKind.SCARE)
          .max(Comparator.comparingInt(q -> Math.min(Abbreviate.wordCount(q.text()), 30)))
          .map(q -> Abbreviate.words(q.text(), 30)).orElse(null);
      Did did = said == null
          ? did(text, annotations, anchors, candidate.name(), candidate.mentions()) : null;
      Span where = did != null ? did.sentence() : anchors.sentenceAt(candidate.first().start());
      String sourceId = theirs.isEmpty() ? anchors.best(where) : theirs.get(0).id();
      if (role == null && said == null && did == null) {
        // A name the article only mentions tells the reader nothing about who they are.
        continue;
      }
      entries.add(new WhoEntry("who" + (entries.size() + 1), candidate.name(), candidate.type(),
          role, said, did == null ? null : did.label(), sourceId, theirs.stream().map(Quote::id).toList()));
    }
    return entries;
  }

  /**
   * What the text has them do: the first sentence whose label they are the subject of, else the
   * claim they are given as the source of. A sentence that only mentions them says nothing about
   * what they did.
   */
  private static @Nullable Did did(String text, Annotations annotations, Anchors anchors,
      String name, List<Span> mentions) {
    for (Span mention : mentions.subList(0, Math.min(5, mentions.size()))) {
      Span sentence = anchors.sentenceAt(mention.start());
      if (sentence.length() > 0) {
        String label = anchors.label(sentence);
        if (Names.startsWith(label, name) && !modifiesAName(label, name)) {
          return new Did(label, sentence);
        }
      }
    }
    for (var claim : annotations.claims()) {
      if (claim.source() != null && Names.same(name, claim.source())) {
        return new Did("Source of: " + anchors.label(claim.span()),
            claim.span());
      }
    }
    return null;
  }

  /**
   * "Assembly Speaker Lorraine Haldane announced": a name that opens a longer name only
   * qualifies it; the sentence is about the longer one.
   */
  private static boolean modifiesAName(String label, String name) {
    String bare = label.replaceFirst("^(?i)the\\s+", "");
    int nameWords = name.replaceFirst("^(?i)the\\s+", "").split("\\s+").length;
    List<Word> words = Tagger.tag(bare, new Span(0, bare.length())).stream()
        .filter(word -> !word.is("PART") && !"'s".equals(word.text())).toList();
    // "the Assembly chamber was closed": a noun after the name is what the sentence is about.
    return words.size() > nameWords && words.get(nameWords).is("NOUN", "PROPN");
  }

  private static List<Quote> quotesBy(String name, List<Quote> quotes) {
    return quotes.stream()
        .filter(q -> q.speaker().isKnown() && Names.same(name, q.speaker().name())).toList();
  }

  /**
   * A reader's who's who lists the actors, not every capitalised name: those quoted, those the
   * text gives a role, and those it comes back to (or, named twice, shows doing something).
   */
  private static boolean worthListing(Entity entity, List<Quote> quoted) {
    int mentions = entity.mentions().size();
    return !quoted.isEmpty() || entity.role() != null
        || (entity.type() == EntityType.PERSON && mentions >= 2) || mentions >= 3;
  }

  private static EntityType typeOf(SpeakerType type) {
    return switch (type) {
      case PERSON -> EntityType.PERSON;
      case ORGANIZATION -> EntityType.ORGANIZATION;
      case DOCUMENT -> EntityType.DOCUMENT;
      default -> EntityType.OTHER;
    };
  }


  private record Did(String label, Span sentence) {
  }

  private record Candidate(String name, EntityType type, @Nullable String role,
      List<Span> mentions) {

    Span first() {
      return mentions.get(0);
    }
  }
}
