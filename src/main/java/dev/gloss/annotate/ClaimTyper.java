package dev.gloss.annotate;

import dev.gloss.model.ClaimType;
import java.util.Locale;
import java.util.regex.Matcher;
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
  /**
   * Someone left out of what was their due: "Punjab was not consulted", "voters had not been
   * told", "not one of them met the criteria". Said by a party, it accuses; shared with
   * ClaimDetector, for which it makes a sentence worth checking.
   */
  static final String LEFT_OUT = "(?:was|were|had|has|have|is|are)(?: not| never|n['\u2019]t)"
      + "(?: been)? (?:consulted|told|informed|notified|asked|shown|warned|briefed|invited|paid|"
      + "given|allowed|permitted|offered)|not (?:one|a single)\\b[^.]{0,40}?\\b(?:was|were|met|had|"
      + "did|got|received|has|have)|none of (?:them|the|those|these)\\b[^.]{0,40}?\\b(?:was|were|met|"
      + "had|did|got|received)";
  /** Words that accuse by themselves. */
  private static final Pattern ACCUSING = Pattern.compile(
      "\\b(?:" + LEFT_OUT + "|accus\\w*|alleg(?:e|es|ed|ing)|blamed \\p{L}+ for|charged with|misled|misleading|"
          + "cover-?up|knowingly|stolen work|(?:is|are|was|were) facing questions)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * Wrongdoing, the data file's political vocabulary of it among them: an allegation when a party
   * reports it rather than a court or an inquiry establishing it.
   */
  private static final Pattern WRONGDOING = Pattern.compile(
      "\\b(?:" + Vocabulary.alternation("accusations.txt") + "|(?<!-)exploit(?:ed|ing|s)|coerc\\w*|fraud\\w*|harass\\w*|abus(?:ed|ing)|lured|"
          + "illegal\\w*|unlawful\\w*|violat(?:ed|ing|ion)|breach(?:ed)?|bribe\\w*|kickbacks?|corrupt\\w*|"
          + "br(?:oke|oken|eaking) (?:[\\p{L}'\u2019]+ ){0,3}?(?:law|laws|rules?|code)|(?:law|rules?|code) "
          + "(?:had|has|was|were) (?:been )?broken|"
          + "handed (?:(?:him|her|them) )?(?:cash|money|an? envelope|bribes?)|stole|didn't pay)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * "The inquiry did not find corruption", "nowhere does it say she broke the law": a negation
   * before a wrong rebuts the accusation of it.
   */
  private static final Pattern NEGATION = Pattern.compile(
      "(?:\\b(?:not|never|nowhere|no)|n['\u2019]t)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ESTABLISHED = Pattern.compile(
      "\\b(?:admitted|pleaded guilty|convicted|found (?:\\p{L}+\\s+){0,4}?guilty|jailed|sentenced|"
          + "found that|ruled|findings? of)\\b",
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
          + "\\b(?:bill|law|act|measure|legislation|amendment|regulations?|treaty)\\b[^.;]{0,80}?"
          + "\\bwould (?:require|create|set up|allow|ban|give|establish|force|let|permit|prohibit|cap|"
          + "extend|replace|abolish|grant|empower|introduce|impose|oblige|limit|exempt)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARISON = Pattern.compile(
      "\\b(?<!\\d )(?:most(?! of (?:them|the|those|these|its|their|his|her|our)\\b)|(?<!at )least|largest|biggest|highest|lowest|fastest|slowest|best|worst|cheapest|"
          + "longest|shortest|oldest|youngest|greatest|smallest|hottest|coldest|closest|steepest|"
          + "strongest|weakest|deepest|heaviest|\\w+-(?:largest|biggest|highest|best)|"
          + "[\\w-]*record|ever|never seen|compared (?:with|to)|twice as|half as|first\\b[^.]{0,60}"
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

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d])(?:[$\u00a3\u20ac\u00a5\u20b9]\\s?\\d|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?"
          + "\\s*(?:%|per ?cent|percent|million|billion|bn|m\\b|k\\b)|\\d+(?:\\.\\d+)?(?!\\d)(?!"
          + "\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|gmt|bst))|\\b(?:two|three|four|five|six|seven|"
          + "eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
          + "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
          + "millions?|billions?|dozens?|half|a (?:third|quarter)(?= of|\\W*$)|twice|double|triple|"
          // "falling by almost a metre a year": one unit after an approximator is a measurement.
          + "(?<=\\b(?:almost|nearly|about|around|roughly|by|than|over|under|to) )an? (?:metre|meter|"
          + "kilometre|kilometer|mile|foot|inch|litre|liter|gallon|tonne|ton|degree|percentage point)"
          + ")\\b)", Pattern.CASE_INSENSITIVE);
  /**
   * A rank that counts: "the recall is Redline's third this year", "its fifth win in a row",
   * "the club's fourth signing of the window".
   */
  private static final Pattern RANK = Pattern.compile(
      "(?:['\u2019]s|\\b(?:the|its|their|her|his)) (?:second|third|fourth|fifth|sixth|seventh|eighth|"
          + "ninth|tenth|\\d+(?:st|nd|rd|th))(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:of|this|in a row|in|at)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_ONLY = Pattern.compile("^(?:19|20)\\d{2}$");

  private ClaimTyper() {
  }

  static ClaimType type(String quoted) {
    // The marks around a quoted phrase are no part of what it says: "had 'never received'" denies.
    String sentence = QuoteMarks.withoutMarks(quoted);
    if (DENIAL.matcher(sentence).find() || rebutsWrongdoing(sentence)) {
      return ClaimType.DENIAL;
    }
    if (ACCUSING.matcher(sentence).find() || WRONGDOING.matcher(sentence).find()
        && !ESTABLISHED.matcher(sentence).find()) {
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
    if (hasFigure(sentence)) {
      return ClaimType.FIGURE;
    }
    return REPORTED.matcher(sentence).find() ? ClaimType.ATTRIBUTION : ClaimType.EVENT;
  }

  /**
   * Whether a negation comes shortly before a wrong ("did not find corruption", "nowhere does it
   * say the minister broke the law"), and nothing in the sentence accuses: "accused him of not
   * declaring the bribes" still accuses.
   */
  static boolean rebutsWrongdoing(String sentence) {
    if (ACCUSING.matcher(sentence).find()) {
      return false;
    }
    Matcher wrong = WRONGDOING.matcher(sentence);
    while (wrong.find()) {
      // "They didn't pay" is itself the wrong, and no other negation rebuts it.
      if (!NEGATION.matcher(wrong.group()).find() && NEGATION.matcher(sentence)
          .region(Math.max(0, wrong.start() - 60), wrong.start()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence states a quantity. Numbers that only locate or identify something are
   * not figures: years, days of the month, clock times, ISO dates, ages in appositions ("Okafor,
   * 58,"), street and page numbers, and "two days later".
   */
  static boolean hasFigure(String sentence) {
    if (ranks(sentence)) {
      return true;
    }
    Matcher matcher = NUMBER.matcher(sentence);
    while (matcher.find()) {
      String number = matcher.group().strip();
      int at = matcher.start();
      String before = sentence.substring(Math.max(0, at - 12), at);
      String after = sentence.substring(matcher.end(), Math.min(sentence.length(),
          matcher.end() + 24));
      if (YEAR_ONLY.matcher(number).matches() || isDayOfMonth(sentence, at)
          || after.matches("(?s)^(?::\\d\\d|-\\d\\d-\\d\\d|-year-old|-page).*")
              && !number.contains(",") && !before.matches("(?s).*[$\u00a3\u20ac]\\s?$")
          || before.matches("(?s).*,\\s$") && after.startsWith(",")
          || before.matches("(?s).*\\d[:.]$")
          || after.matches("(?s)^[:.]\\d\\d\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|gmt|bst|hrs)(?!\\p{L}).*")
          || before.matches("(?s).*\\b(?:[Pp]age|Route|No\\.|[Ff]latt?)\\s$")
          || after.matches("(?s)^\\s\\p{Lu}\\p{L}+\\s(?:Street|St|Avenue|Ave|Road|Rd|Lane|Way|"
              + "Drive|Boulevard|Place|Square)\\b.*")
          || after.toLowerCase(Locale.ROOT).matches("(?s)^\\s(?:days?|weeks?|months?|years?)\\s"
              + "(?:later|earlier|after|before|ago)\\b.*")) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** Whether the sentence ranks something by count ("Redline's third recall this year"). */
  static boolean ranks(String sentence) {
    return RANK.matcher(sentence).find();
  }

  /** "November 21" and "21 November" are dates, not figures. */
  private static boolean isDayOfMonth(String sentence, int at) {
    String before = sentence.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
    String after = sentence.substring(at, Math.min(sentence.length(), at + 14))
        .toLowerCase(Locale.ROOT);
    return before.matches("(?s).*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
        + "\\s$") || after.matches("(?s)^\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|"
        + "may|jun|jul|aug|sep|oct|nov|dec).*");
  }
}
