package dev.gloss.timeline;

/** Shortens text on a word boundary, marking the cut with an ellipsis. */
final class Abbreviate {

  private Abbreviate() {
  }

  /** The first {@code max} words of {@code text}, with "…" when words were cut. */
  static String words(String text, int max) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= max) {
      return text.strip();
    }
    return String.join(" ", java.util.Arrays.copyOf(words, max)).replaceAll("[,;:.]$", "") + "…";
  }

  /** How many words {@code text} has. */
  static int wordCount(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
