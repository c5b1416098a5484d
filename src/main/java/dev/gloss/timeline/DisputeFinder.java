package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.Dispute;
import dev.gloss.model.DisputeSide;
import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs what an article reports as alleged with what was said against it: denials that name the
 * accused, and the accused's own words after the allegation. A denial with no allegation is
 * paired with the claim it answers: the nearest claim before it that names the denier, else the
 * claim just before it (in its paragraph or the one before), and never a claim by the denier's own
 * side, which would be no dispute ("It was six years," Masaki said... "I have never had to send a
 * letter" is one voice). Denials that answer the same claim are one dispute.
 */
final class DisputeFinder {

  private static final int MAX_RESPONSES = 2;
  private static final int RESPONSE_WORDS = 40;
  /** How many paragraphs back a denial naming its subject may reach for what it answers. */
  private static final int MAX_PARAGRAPHS_BACK = 3;

  private DisputeFinder() {
  }

  static List<Dispute> find(String text, Annotations annotations, Anchors anchors) {
    List<Group> groups = new ArrayList<>();
    for (Claim allegation : annotations.claims()) {
      if (allegation.type() != ClaimType.ALLEGATION) {
        continue;
      }
      List<String> accused = accused(allegation, annotations);
      Optional<Group> same = groups.stream().filter(g -> accused.isEmpty()
          || g.accused().stream().anyMatch(a -> accused.stream().anyMatch(b -> Names.same(a, b))))
          .reduce((first, second) -> second);
      if (same.isPresent()) {
        same.get().claims().add(allegation);
        same.get().accused().addAll(accused);
      } else {
        groups.add(new Group(new ArrayList<>(List.of(allegation)), new ArrayList<>(accused)));
      }
    }
    List<Dispute> disputes = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Group group : groups) {
      Claim first = group.claims().get(0);
      List<DisputeSide> responses = new ArrayList<>();
      for (Claim denial : annotations.claims()) {
        if (denial.type() == ClaimType.DENIAL && !used.contains(denial.id())
            && responses.size() < MAX_RESPONSES && concerns(denial, group.accused())) {
          responses.add(side(anchors, denial, annotations));
          used.add(denial.id());
        }
      }
      for (Quote quote : annotations.quotes()) {
        if (responses.size() < MAX_RESPONSES && quote.span().start() > first.span().end()
            && quote.kind() != QuoteKind.SCARE && isBy(quote, group.accused())
            && !used.contains(quote.id())) {
          responses.add(new DisputeSide(Abbreviate.words(quote.text(), RESPONSE_WORDS),
              speakerLine(quote), quote.id()));
          used.add(quote.id());
        }
      }
      disputes.add(new Dispute("dispute" + (disputes.size() + 1), subject(anchors, group, first,
          annotations), group.claims().stream().map(c -> side(anchors, c, annotations)).toList(),
          responses));
    }
    Map<String, Answered> answered = new LinkedHashMap<>();
    Map<String, List<Claim>> denials = new LinkedHashMap<>();
    for (Claim denial : annotations.claims()) {
      if (denial.type() == ClaimType.DENIAL && !used.contains(denial.id())) {
        answered(denial, annotations, anchors).ifPresent(a -> {
          answered.putIfAbsent(a.side().sourceId(), a);
          denials.computeIfAbsent(a.side().sourceId(), k -> new ArrayList<>()).add(denial);
        });
      }
    }
    for (Answered answer : answered.values()) {
      List<Claim> against = denials.get(answer.side().sourceId());
      against = against.subList(0, Math.min(MAX_RESPONSES, against.size()));
      String heading = DisputeHeading.of(answer.party(),
          against.stream().flatMap(d -> Parties.of(d, annotations, anchors).stream()).toList(),
          answer.asserted());
      disputes.add(new Dispute("dispute" + (disputes.size() + 1), heading, List.of(answer.side()),
          against.stream().map(d -> side(anchors, d, annotations)).toList()));
    }
    return disputes;
  }

  /**
   * What a denial answers: one side of a dispute, who holds it and what it asserts.
   *
   * @param side the side, for the box
   * @param party who holds it, if the text says
   * @param asserted what it asserts, as a phrase
   */
  private record Answered(DisputeSide side, Optional<Parties.Party> party, String asserted) {
  }

  /**
   * What a denial answers, if something near it is said by another side: a claim naming the
   * denier, else the claim in the sentence just before, else a quotation there ("...said she had
   * been "pushed out." Veridian's chief executive rejected that account").
   */
  private static Optional<Answered> answered(Claim denial, Annotations annotations,
      Anchors anchors) {
    Optional<Parties.Party> denier = Parties.of(denial, annotations, anchors);
    int paragraph = anchors.paragraphNumber(denial.span().start());
    List<Claim> before = annotations.claims().stream()
        .filter(c -> c.span().end() <= denial.span().start() && c.type() != ClaimType.DENIAL)
        .filter(c -> paragraph - anchors.paragraphNumber(c.span().start()) <= MAX_PARAGRAPHS_BACK)
        .filter(c -> otherSide(Parties.of(c, annotations, anchors), denier))
        .toList();
    Optional<Claim> claim = Optional.empty();
    for (int i = before.size() - 1; i >= 0 && denier.isPresent() && claim.isEmpty(); i--) {
      if (Names.mentions(before.get(i).text(), denier.get().principal())) {
        claim = Optional.of(before.get(i));
      }
    }
    // "disputed that": what was said just before.
    Optional<Span> previous = anchors.sentenceBefore(denial.span());
    if (claim.isEmpty() && previous.isPresent()) {
      claim = anchors.claimAt(previous.get()).filter(before::contains);
    }
    if (claim.isPresent()) {
      Claim c = claim.get();
      return Optional.of(new Answered(side(anchors, c, annotations),
          Parties.of(c, annotations, anchors), EventLabeler.asserted(anchors.clauses(c.span()))));
    }
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    Span sentence = previous.get();
    return annotations.quotes().stream()
        .filter(q -> q.span().overlaps(sentence) && q.speaker().isKnown()
            && q.kind() != QuoteKind.SCARE)
        .filter(q -> otherSide(Optional.of(new Parties.Party(q.speaker().name(),
            q.speaker().name())), denier))
        .findFirst()
        .map(q -> new Answered(new DisputeSide(sentence.of(anchors.text()).strip(),
            speakerLine(q), q.id()),
            Optional.of(new Parties.Party(q.speaker().name(), q.speaker().name())),
            EventLabeler.asserted(anchors.clauses(sentence))));
  }

  private static boolean otherSide(Optional<Parties.Party> party,
      Optional<Parties.Party> denier) {
    return party.isEmpty() || denier.isEmpty() || !party.get().same(denier.get());
  }

  /** Allegations against the same party, which one denial or statement may answer together. */
  private record Group(List<Claim> claims, List<String> accused) {
  }

  private static String subject(Anchors anchors, Group group, Claim first,
      Annotations annotations) {
    if (!group.accused().isEmpty()) {
      return "Allegations against " + String.join(" and ",
          group.accused().stream().distinct().limit(2).toList());
    }
    return DisputeHeading.of(Parties.of(first, annotations, anchors), List.of(),
        EventLabeler.asserted(anchors.clauses(first.span())));
  }

  /** Who the allegation is against: the people and organisations it names, bar its source. */
  private static List<String> accused(Claim allegation, Annotations annotations) {
    List<String> names = new ArrayList<>();
    for (Entity entity : annotations.entities()) {
      boolean named = entity.mentions().stream().anyMatch(allegation.span()::contains);
      boolean party = entity.type() == EntityType.PERSON
          || entity.type() == EntityType.ORGANIZATION;
      if (named && party && (allegation.source() == null
          || !Names.same(entity.name(), allegation.source()))) {
        names.add(entity.name());
      }
    }
    return names;
  }

  private static boolean concerns(Claim denial, List<String> accused) {
    return accused.isEmpty() || accused.stream().anyMatch(name -> Names.mentions(denial.text(), name)
        || (denial.source() != null && Names.same(name, denial.source())));
  }

  /** A quote by one of the accused, or by someone the text gives a role at one of them. */
  private static boolean isBy(Quote quote, List<String> accused) {
    return quote.speaker().isKnown() && accused.stream().anyMatch(name ->
        Names.same(name, quote.speaker().name())
            || (quote.speaker().role() != null && Names.mentions(quote.speaker().role(), name)));
  }

  /**
   * One side, attributed to the claim's source, else the speaker quoted in it, else whoever the
   * sentence has saying or accusing ("Haldane's office said"), else the named party the sentence
   * is about ("OpenAI cut off access... denying").
   */
  private static DisputeSide side(Anchors anchors, Claim claim, Annotations annotations) {
    String by = claim.source();
    if (by == null) {
      by = annotations.quotes().stream().filter(q -> q.span().overlaps(claim.span()))
          .filter(q -> q.speaker().isKnown()).findFirst().map(DisputeFinder::speakerLine)
          .orElse(null);
    }
    if (by == null) {
      by = Parties.named(claim.span(), annotations, anchors, true).map(Parties.Party::name)
          .orElse(null);
    }
    if (by == null) {
      String label = anchors.label(claim.span());
      by = annotations.entities().stream().map(Entity::name)
          .filter(name -> Names.startsWith(label, name)).findFirst().orElse(null);
    }
    return new DisputeSide(claim.text().strip(), by, claim.id());
  }

  private static String speakerLine(Quote quote) {
    String role = quote.speaker().role();
    return role == null ? quote.speaker().name() : quote.speaker().name() + ", " + role;
  }
}
