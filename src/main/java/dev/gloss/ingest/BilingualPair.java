package dev.gloss.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A line that a bilingual site prints in both its languages, parted by a spaced slash: "Partager
 * / Share", "Chef du bureau législatif / Legislative Bureau Chief", "Cet article est aussi offert
 * en français. / This story is also available in French." The article itself is written in one
 * language; what the site says twice is its own furniture. Told by shape alone, whatever the
 * languages: two halves of about the same length, each opening with a capital, both sentences or
 * neither.
 *
 * @param first the half before the slash
 * @param second the half after it
 */
record BilingualPair(String first, String second) {

  private static final Pattern SLASH = Pattern.compile("\\s/\\s");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]?$");
  /**
   * A translation is seldom more than twice as long as what it translates; a breadcrumb's parts
   * or a "Ukraine / Russia talks collapse" headline are not translations of each other.
   */
  private static final double MAX_LENGTH_RATIO = 2.0;
  /** Longer than this, a line is a paragraph that happens to hold a slash. */
  private static final int MAX_HALF_WORDS = 20;

  /**
   * The two halves, if the line has this shape. A "Name / Outlet" credit has it too, so credits
   * are to be told first.
   */
  static Optional<BilingualPair> of(String line) {
    String[] halves = SLASH.split(line, -1);
    if (halves.length != 2) {
      return Optional.empty();
    }
    String first = halves[0].strip();
    String second = halves[1].strip();
    int firstWords = words(first);
    int secondWords = words(second);
    boolean balanced = firstWords > 0 && secondWords > 0 && firstWords <= MAX_HALF_WORDS
        && secondWords <= MAX_HALF_WORDS
        && Math.max(firstWords, secondWords) <= MAX_LENGTH_RATIO * Math.min(firstWords,
            secondWords);
    boolean alike = opensWithCapital(first) && opensWithCapital(second)
        && SENTENCE_END.matcher(first).find() == SENTENCE_END.matcher(second).find();
    return balanced && alike ? Optional.of(new BilingualPair(first, second)) : Optional.empty();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.split("\\s+").length;
  }

  private static boolean opensWithCapital(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
