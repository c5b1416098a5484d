package dev.gloss.annotate;

import dev.gloss.model.ClaimType;
import java.util.regex.Pattern;

/**
 * Gives a check-worthy sentence its type by the gold precedence: denial, allegation, prediction,
 * comparison, figure, attribution, event. Each cue is narrower than "a word that often goes with
 * the type", because a type is tested in order and a loose cue early in the order steals
 * sentences from every type after it.
 */
final class ClaimTyper {

  private static final Pattern DENIAL = Pattern.compile(
      "\\b(?:den(?:y|ies|ied|ying|ial)|rejected|rejects|refut\\w*|disputed|disputes|not true|"
          + "false|untrue|no obligation|voluntary|no evidence|never (?:taken|said|did|was|had)|(?:have|has|had) "
          + "never (?!seen|been)\\p{L}+|(?:did|does|do) not recogni[sz]e|(?:did|does|do)(?: not|n['\u2019]t) "
          + "accept|(?:law|rules?|code) (?:had|has|was|were) not (?:been )?broken)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PREDICTION = Pattern.compile(
      "\\b(?:will|won't|would (?!not\\b|have\\b)\\p{L}+|expected to|expects?|forecasts?|predict\\w*|"
          + "projected|(?:un)?likely|could|may have to|on course to|is set to|are set to|"
          + "expect(?:s|ed)?\\s+(?:\\p{L}+\\s+){1,3}to)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * "Brightwave Inc. said it would cut 3,000 jobs", "Acme will close its plant, the company said":
   * an organisation announcing its own decision, which is news of a plan, not a forecast.
   */
  private static final Pattern OWN_DECISION = Pattern.compile(
      "(?:^|\\b(?:the )?(?:company|firm|club|council|ministry|government|board|group))"
          + "[^.]*?\\b(?:said|announced|confirmed)\\b(?:\\s+\\p{L}+){0,2}?\\s+(?:it|they)\\s+"
          + "(?:would|will)\\b|\\b(?:announced|confirmed)\\b|\\b(?:the|its) (?:\\p{L}+['\u2019]s )?(?:company|"
          + "firm|club|museum|board|union|council|ministry|office)(?:['\u2019]s \\p{L}+)? (?:said|"
          + "announced)\\b[^,]*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * No forecast: "refused to say whether her party would...", "a bill that would have capped",
   * "the figure we had been told to expect", "the nearest hospital that will stay open" (a
   * relative clause describes, the sentence asserts something else), and what a bill "would"
   * do when it is passed ("a bill that would require every well to be metered"), which is its
   * content, not a forecast of its effects ("the bill would cost $2bn" still forecasts).
   */
  private static final Pattern NOT_A_FORECAST = Pattern.compile(
      "\\bwhether\\b[^,;.]*|\\bwould have \\p{L}+|\\b(?:more|less) likely\\b|\\bbeen \\p{L}+ to expect\\b|"
          + "(?<!\\b(?:said|says|say|warned|told \\p{L}{1,20}) )\\b(?:that|which) will\\b|"
          + "\\b(?:bill|law|act|measure|legislation|amendment|regulations?|treaty)\\b[^.;]{0,200}?"
          + "\\bwould (?:require|create|set up|allow|ban|give|establish|force|let|permit|prohibit|cap|"
          + "extend|replace|abolish|grant|empower|introduce|impose|oblige|limit|exempt)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARISON = Pattern.compile(
      "\\b(?<!\\d )(?:most(?! of (?:them|the|those|these|its|their|his|her|our)\\b)|(?<!at )least|largest|biggest|highest|lowest|fastest|slowest|best|worst|cheapest|"
          + "longest|shortest|oldest|youngest|greatest|smallest|hottest|coldest|closest|steepest|"
          + "strongest|weakest|deepest|heaviest|\\w+-(?:largest|biggest|highest|best)|"
          + "(?<!\\b(?:the|full|public|court|voting|track|criminal|official) )[\\w-]*record"
          + "(?! (?:shop|store|label|fair)s?\\b)|ever|never seen|compared (?:with|to)|twice as|half as|first\\b[^.]{0,60}"
          + "\\bsince|first time|(?<!(?:more|less|fewer|other|rather) )than|(?:more|less|fewer) than "
          + "(?!(?:about|around|nearly|almost|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
          + "half(?= of)|dozens?|hundreds?|thousands?|millions?)\\b|[\\p{N}\\p{Sc}])|"
          + "(?:more|less) likely|(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th))\\b[^.,]{0,40}"
          + "\\bsince|career[- ]high|all-time high|record high)\\b", Pattern.CASE_INSENSITIVE);
  /** Indirect speech: a reporting verb followed by what was reported, not by a quotation. */
  private static final Pattern REPORTED = Pattern.compile(
      "(?:\\b(?<!\\b(?:was|were|been|be|is|are) )(?:said|says|told \\p{L}+|wrote(?! to\\b)|writes|reported|"
          + "reports|estimated|found|confirmed|announced|claimed|testified|cautioned|warned|noted|argued|blamed|insisted)"
          + "(?:\\s+on\\s+\\p{Lu}\\p{L}+)?\\s+(?:that\\s+)?[\\p{Ll}\\p{Lu}&&[^\"\u201c\u2018']])"
          + "|\\baccording to\\b", Pattern.CASE_INSENSITIVE);

  private ClaimTyper() {
  }

  static ClaimType type(String quoted) {
    // The marks around a quoted phrase are no part of what it says: "had 'never received'" denies.
    String sentence = QuoteMarks.withoutMarks(quoted);
    if (DENIAL.matcher(sentence).find() || Wrongdoing.rebutted(sentence)) {
      return ClaimType.DENIAL;
    }
    if (Wrongdoing.alleged(sentence)) {
      return ClaimType.ALLEGATION;
    }
    // A speaker's own intention ("told reporters they will not vote for it") is no forecast.
    String forecast = Rhetoric.INTENTION.pattern().matcher(sentence).replaceAll(" ");
    if (PREDICTION.matcher(NOT_A_FORECAST.matcher(forecast).replaceAll(" ")).find()
        && !OWN_DECISION.matcher(sentence).find()) {
      return ClaimType.PREDICTION;
    }
    if (COMPARISON.matcher(sentence).find() || Superlative.in(sentence)) {
      return ClaimType.COMPARISON;
    }
    if (Figures.in(sentence)) {
      return ClaimType.FIGURE;
    }
    return REPORTED.matcher(sentence).find() ? ClaimType.ATTRIBUTION : ClaimType.EVENT;
  }
}
