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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs what an article reports as alleged with what was said against it: denials that name the
 * accused, and the accused's own words after the allegation. A denial with no allegation found is
 * paired with the statement before it, so that no side of a dispute goes missing from the box.
 */
final class DisputeFinder {

  private static final int MAX_RESPONSES = 2;
  private static final int RESPONSE_WORDS = 40;

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
      disputes.add(new Dispute("dispute" + (disputes.size() + 1), subject(anchors, group, first),
          group.claims().stream().map(c -> side(anchors, c, annotations)).toList(), responses));
    }
    for (Claim denial : annotations.claims()) {
      if (denial.type() == ClaimType.DENIAL && !used.contains(denial.id())) {
        Optional<Claim> before = annotations.claims().stream()
            .filter(c -> c.span().end() <= denial.span().start() && c.type() != ClaimType.DENIAL)
            .reduce((first, second) -> second);
        if (before.isPresent()) {
          disputes.add(new Dispute("dispute" + (disputes.size() + 1),
              anchors.label(before.get().span()),
              List.of(side(anchors, before.get(), annotations)), List.of(side(anchors, denial, annotations))));
        }
      }
    }
    return disputes;
  }

  /** Allegations against the same party, which one denial or statement may answer together. */
  private record Group(List<Claim> claims, List<String> accused) {
  }

  private static String subject(Anchors anchors, Group group, Claim first) {
    if (!group.accused().isEmpty()) {
      return "Allegations against " + String.join(" and ",
          group.accused().stream().distinct().limit(2).toList());
    }
    return anchors.label(first.span());
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
   * One side, attributed to the claim's source, else the speaker quoted in it, else the named
   * party the sentence is about ("OpenAI cut off access... denying").
   */
  private static DisputeSide side(Anchors anchors, Claim claim, Annotations annotations) {
    String by = claim.source();
    if (by == null) {
      by = annotations.quotes().stream().filter(q -> q.span().overlaps(claim.span()))
          .filter(q -> q.speaker().isKnown()).findFirst().map(DisputeFinder::speakerLine)
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
