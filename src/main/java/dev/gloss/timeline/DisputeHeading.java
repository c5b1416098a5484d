package dev.gloss.timeline;

import java.util.List;
import java.util.Optional;

/**
 * The heading of one dispute: who disputes with whom, and over what, as a complete short phrase
 * ("Haldane vs. Ferreira: whether the governor agreed to sign a bill"). A heading is never a
 * sentence cut off where a word count ran out: the matter is left out when the claim does not
 * reduce to a short phrase, and the parties when the text does not name both.
 */
final class DisputeHeading {

  /** More words than this in the matter, and the heading names only the parties. */
  private static final int MAX_MATTER = 12;

  private DisputeHeading() {
  }

  /**
   * The heading.
   *
   * @param claimant who made the claim, if the text says
   * @param respondents who answered it, where the text says
   * @param asserted what the claim asserts, as a phrase without a capital
   */
  static String of(Optional<Parties.Party> claimant, List<Parties.Party> respondents,
      String asserted) {
    List<String> against = respondents.stream()
        .filter(r -> claimant.isEmpty() || !claimant.get().same(r))
        .map(Parties.Party::principal).distinct().toList();
    String parties = claimant.isPresent() && !against.isEmpty()
        ? claimant.get().principal() + " vs. " + String.join(" and ", against) : null;
    int words = Abbreviate.wordCount(asserted);
    // A quotation is its speaker's words, not a matter: "whether X: “...”" reads as neither.
    String matter = words == 0 || words > MAX_MATTER || asserted.contains(": “") ? null
        : "whether " + asserted;
    if (parties != null) {
      return matter == null ? parties : parties + ": " + matter;
    }
    return matter != null ? Labels.capitalise(matter) : Labels.capitalise(asserted);
  }
}
