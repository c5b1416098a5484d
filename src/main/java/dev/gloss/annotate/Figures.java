package dev.gloss.annotate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence states a quantity: a count, an amount, a percentage, a measurement or a rank
 * by count, as the claim detector weighs it and the typer names it, and not a number that only
 * locates or identifies something.
 */
final class Figures {

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

  private Figures() {
  }

  /**
   * Whether the sentence states a quantity. Numbers that only locate or identify something are
   * not figures: years, days of the month, clock times, ISO dates, ages in appositions ("Okafor,
   * 58,"), street and page numbers, and "two days later".
   */
  static boolean in(String sentence) {
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
  private static boolean ranks(String sentence) {
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
