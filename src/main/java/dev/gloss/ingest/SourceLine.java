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
