package dev.gloss.ingest;

import java.util.regex.Pattern;

/**
 * One non-blank line of a seed with the features the ingest rules look at.
 *
 * @param number the 1-based line number in the file
 * @param text the line, trimmed, with runs of white space folded to one space
 * @param blankBefore whether a blank line (or the start of the file) comes before it
 */
record SourceLine(int number, String text, boolean blankBefore) {

  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?\u2026][\"'\u201d\u2019)\\]]*$|[\"\u201d][.!?]?$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.&-]*");
  /** A quotation, to its closing mark or, when it runs on into the next paragraph, the end. */
  private static final Pattern QUOTATION =
      Pattern.compile("[\"\u201c][^\"\u201d]*(?:[\"\u201d]|$)");
  private static final Pattern READER =
      Pattern.compile("\\b(?:you|your|yours|you[\u2019']\\w+)\\b", Pattern.CASE_INSENSITIVE);
  private static final int MIN_TITLE_CASED_WORDS = 4;
  private static final int MAX_TITLE_CASED_WORDS = 40;
  /** Title Case leaves short words ("for", "of") in lower case; sentences capitalise few. */
  private static final double TITLE_CASED_SHARE = 0.8;
  /** A label whose value stands on the next line: "NEWS PROVIDED BY", "Story Source:". */
  private static final Pattern LABEL = Pattern.compile("(?:\\sby|:)$", Pattern.CASE_INSENSITIVE);
  /** "us" in lower case only: "US" is the country. */
  private static final Pattern WE =
      Pattern.compile("\\b(?:[Ww]e|[Oo]urs?|us|[Ww]e[\u2019']\\w+)\\b");

  /** How many words the line has. */
  int words() {
    int count = 0;
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /** How many words have a letter in them: "Doyle 23', 78'" has one. */
  int letterWords() {
    int count = 0;
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      if (matcher.group().codePoints().anyMatch(Character::isLetter)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the line ends like a sentence: a full stop, question or exclamation mark, or a quote. */
  boolean endsSentence() {
    return SENTENCE_END.matcher(text).find();
  }

  /** Whether the line is a label whose value stands on the next line ("Source:", "Provided by"). */
  boolean isLabel() {
    return LABEL.matcher(text).find();
  }

  /**
   * Whether the line speaks to its reader ("you", "your") in its own words, outside quotations:
   * a prompt or a pitch does, a news paragraph seldom does except when it quotes someone.
   */
  boolean addressesReader() {
    return READER.matcher(ownWords()).find();
  }

  /** Whether the line speaks as a "we" ("we", "us", "our") in its own words, outside quotations. */
  boolean speaksAsWe() {
    return WE.matcher(ownWords()).find();
  }

  private String ownWords() {
    return QUOTATION.matcher(text).replaceAll(" ");
  }

  /**
   * Whether the line is set in Title Case ("In One County Jail, Medical Calls Went Unanswered.
   * Four People Died."): a headline's or a heading's, even when it ends with a full stop.
   */
  boolean isTitleCased() {
    // A line as long as a paragraph is not a headline; counting stops there, for speed.
    int words = 0;
    int capitalised = 0;
    var matcher = WORD.matcher(text);
    while (matcher.find() && words <= MAX_TITLE_CASED_WORDS) {
      words++;
      capitalised += Character.isUpperCase(matcher.group().codePointAt(0)) ? 1 : 0;
    }
    return words >= MIN_TITLE_CASED_WORDS && words <= MAX_TITLE_CASED_WORDS
        && capitalised >= words * TITLE_CASED_SHARE;
  }

  /** The share of words that start with a capital letter: high for headlines and names. */
  double capitalisedShare() {
    int words = 0;
    int capitalised = 0;
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      words++;
      if (Character.isUpperCase(matcher.group().codePointAt(0))) {
        capitalised++;
      }
    }
    return words == 0 ? 0 : (double) capitalised / words;
  }
}
