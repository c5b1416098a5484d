package dev.gloss.annotate;

import dev.gloss.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a body text that stand in quotation marks: curly or straight, double or
 * (as British style uses them) single, a quote continued into the next paragraph by a reopening
 * mark, and single quotes nested inside double ones (kept inside the outer quote). Apostrophes
 * ("don't", "artists' work", "the '90s", "rock 'n' roll") are not quotation marks.
 */
final class QuoteMarks {

  /**
   * A quoted stretch.
   *
   * @param content the quoted words, without the marks
   * @param open where the opening mark is
   * @param closed whether a closing mark was found (an unclosed quote ends with its paragraph)
   */
  record Marked(Span content, int open, boolean closed) {
  }

  private QuoteMarks() {
  }

  static List<Marked> find(String text) {
    List<Marked> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isDoubleOpen(text, i)) {
        int end = closeOfDouble(text, i + 1);
        boolean closed = end < text.length() && isDouble(text.charAt(end));
        found.add(new Marked(new Span(i + 1, end), i, closed));
        i = closed ? end + 1 : end;
      } else if (isSingleOpen(text, i)) {
        int end = closeOfSingle(text, i + 1);
        if (end > 0 && end - i - 1 >= 2 && !text.substring(i + 1, end).isBlank()) {
          found.add(new Marked(new Span(i + 1, end), i, true));
          i = end + 1;
        } else {
          i++;
        }
      } else {
        i++;
        if (c == '\n') {
          continue;
        }
      }
    }
    return found;
  }

  /**
   * The text with its quotation marks left out and its apostrophes kept, so that a cue reads
   * "had never received" in "had “never received”".
   */
  static String withoutMarks(String text) {
    StringBuilder plain = new StringBuilder(text);
    List<Marked> marked = find(text);
    for (int m = marked.size() - 1; m >= 0; m--) {
      Marked quote = marked.get(m);
      int close = quote.content().end();
      if (quote.closed() && close < plain.length() && close > quote.open()) {
        plain.deleteCharAt(close);
      }
      plain.deleteCharAt(quote.open());
    }
    return plain.toString();
  }

  private static boolean isDouble(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  private static boolean isDoubleOpen(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201c') {
      return true;
    }
    return c == '"' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
  }

  /**
   * Where the double quote opened before {@code from} closes: at the next closing mark, or, when
   * the paragraph ends first, in a later paragraph that reopens with a quotation mark.
   */
  private static int closeOfDouble(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\u201d' || c == '"') {
        return i;
      }
      if (c == '\n' && text.startsWith("\n\n", i)) {
        int next = i + 2;
        if (next < text.length() && (text.charAt(next) == '\u201c' || text.charAt(next) == '"')) {
          i = next + 1;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length();
  }

  private static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** A single mark at the start of a word, before a letter: "‘the same right’", not "'90s". */
  private static boolean isSingleOpen(String text, int i) {
    char c = text.charAt(i);
    if (c != '\'' && c != '\u2018') {
      return false;
    }
    boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return !wordBefore && letterAfter;
  }

  /** The closing single mark: followed by no letter, within the paragraph; -1 if none. */
  private static int closeOfSingle(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (isSingle(c) && c != '\u2018') {
        boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        boolean letterBefore = Character.isLetter(text.charAt(i - 1));
        boolean plural = text.charAt(i - 1) == 's' && i + 1 < text.length()
            && text.charAt(i + 1) == ' ' && i + 2 < text.length()
            && Character.isLowerCase(text.charAt(i + 2)) && !followsPunctuation(text, i)
            && !FUNCTION_WORD_AFTER.matcher(text).region(i + 1, text.length()).lookingAt();
        if (!letterAfter && !(letterBefore && plural)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * "the ‘red lines’ for any talks": a plural possessive ("the artists’ work") is followed by a
   * noun, so a mark followed by a function word closes a quote.
   */
  private static final java.util.regex.Pattern FUNCTION_WORD_AFTER = java.util.regex.Pattern
      .compile(" (?:of|for|to|in|on|at|and|or|but|from|with|by|as|that|which|who|was|were|is|are|"
          + "had|has|have|over|about|after|before|into|than|because|while|when|if|since|until)\\b");

  private static boolean followsPunctuation(String text, int i) {
    char before = text.charAt(i - 1);
    return before == ',' || before == '.' || before == '!' || before == '?';
  }
}
