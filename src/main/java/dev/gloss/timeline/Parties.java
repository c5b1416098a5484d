package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import dev.gloss.nlp.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a claim comes from, as the text names them: the source the annotate stage gave it, the
 * speaker quoted in it, an attribution ("they said", "said Controller Evelyn Masaki"), or the
 * subject of a verb of saying or accusing in it ("Haldane's office said", "testers who accused").
 * A pronoun takes the subject of the sentence before ("Several Democratic lawmakers said...
 * Ferreira, they said, ...").
 */
final class Parties {

  /** Verbs whose subject makes a claim, besides the verbs of saying. */
  private static final Set<String> ACCUSING = Set.of("accused", "accuses", "blamed", "blames",
      "criticised", "criticized", "condemned", "charged");

  private Parties() {
  }

  /**
   * One side's party.
   *
   * @param name how the text names them, for a by-line ("Haldane's office")
   * @param principal the person or organisation they stand for, for a heading ("Haldane")
   */
  record Party(String name, String principal) {

    /** Whether two parties are one side: the same name, or the same one behind them. */
    boolean same(Party other) {
      return Names.same(principal, other.principal) || Names.same(name, other.name);
    }
  }

  /** The party of a claim, if the text names one. */
  static Optional<Party> of(Claim claim, Annotations annotations, Anchors anchors) {
    if (claim.source() != null) {
      return Optional.of(new Party(claim.source(), claim.source()));
    }
    Optional<Quote> quoted = annotations.quotes().stream()
        .filter(q -> q.span().overlaps(claim.span()) && q.speaker().isKnown()).findFirst();
    if (quoted.isPresent()) {
      String name = quoted.get().speaker().name();
      return Optional.of(new Party(name, name));
    }
    return named(claim.span(), annotations, anchors, true);
  }

  /** The party a sentence names as making its claim, if it names one. */
  static Optional<Party> named(Span sentence, Annotations annotations, Anchors anchors,
      boolean resolve) {
    Clauses clauses = anchors.clauses(sentence);
    List<Word> words = clauses.attribution();
    if (words.isEmpty()) {
      for (Clause clause : clauses.all()) {
        if (clause.hasVerb() && claims(clauses.sentence().words().get(clause.verb()))) {
          words = clause.subject();
          break;
        }
      }
    }
    words = words.stream().filter(w -> !clauses.sentence().date(w) && !w.is("ADV")).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    if (words.size() == 1 && Grammar.personalPronoun(words.get(0))) {
      // "they said": whoever the sentence before was about, if it names them.
      return resolve ? anchors.sentenceBefore(sentence)
          .flatMap(before -> mainSubject(before, annotations, anchors)) : Optional.empty();
    }
    return Optional.of(party(clauses.sentence(), words, annotations));
  }

  private static Optional<Party> mainSubject(Span sentence, Annotations annotations,
      Anchors anchors) {
    Clauses clauses = anchors.clauses(sentence);
    List<Word> subject = clauses.main().subject();
    if (subject.isEmpty() || subject.size() == 1 && Grammar.personalPronoun(subject.get(0))) {
      return Optional.empty();
    }
    return Optional.of(party(clauses.sentence(), subject, annotations));
  }

  private static boolean claims(Word verb) {
    String lower = Grammar.lower(verb);
    return Grammar.REPORTING.contains(lower) || ACCUSING.contains(lower);
  }

  /**
   * The party the words name: its principal is the first person or organisation named in them
   * ("Haldane" of "Haldane's office"), else the words themselves.
   */
  private static Party party(Sentence sentence, List<Word> words, Annotations annotations) {
    String name = Labels.capitalise(Labels.render(sentence, words));
    for (Word word : words) {
      if (!word.is("PROPN")) {
        continue;
      }
      for (Entity entity : annotations.entities()) {
        if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION
            && entity.type() != EntityType.OUTLET) {
          continue;
        }
        for (Span mention : entity.mentions()) {
          // A mention must be a name as written: "Several Democratic" is no one's name.
          boolean written = sentence.written().stream().filter(w -> mention.overlaps(w.span()))
              .allMatch(w -> w.is("PROPN"));
          if (mention.overlaps(word.span()) && written) {
            String principal = sentence.written().stream()
                .filter(w -> mention.overlaps(w.span())).map(Word::text)
                .reduce((a, b) -> a + " " + b).orElse(entity.name());
            return new Party(name, principal.replaceAll("['’]s?$", ""));
          }
        }
      }
    }
    return new Party(name, name);
  }
}
