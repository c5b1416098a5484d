package dev.gloss.annotate;

import dev.gloss.nlp.DataLines;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a data file of words and phrases into one case-insensitive pattern, so that the claim
 * rules keep their vocabulary out of the code. An entry is matched as whole words; a trailing
 * {@code *} lets the last word run on ({@code embezzl*} finds "embezzled" and "embezzlement"),
 * and a space matches any run of spaces or a hyphen ({@code slush fund}, "slush-fund").
 */
final class Vocabulary {

  private Vocabulary() {
  }

  /**
   * The entries of {@code resource} as one alternation, without the surrounding word boundaries,
   * to be placed inside a larger pattern.
   */
  static String alternation(String resource) {
    return alternation(DataLines.all(Vocabulary.class, resource));
  }

  /**
   * The entries of one {@code [section]} of {@code resource} as one alternation.
   *
   * @throws IllegalStateException if the file has no such section
   */
  static String alternation(String resource, String section) {
    List<String> entries = DataLines.sections(Vocabulary.class, resource).get(section);
    if (entries == null) {
      throw new IllegalStateException("data file " + resource + " has no section [" + section
          + "]");
    }
    return alternation(entries);
  }

  private static String alternation(List<String> entries) {
    return entries.stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Vocabulary::entry)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The entries of {@code resource} as a pattern of whole words. */
  static Pattern pattern(String resource) {
    return Pattern.compile("\\b" + alternation(resource) + "\\b", Pattern.CASE_INSENSITIVE);
  }

  private static String entry(String entry) {
    boolean stem = entry.endsWith("*");
    String words = stem ? entry.substring(0, entry.length() - 1) : entry;
    String body = String.join("[\\s-]+", java.util.Arrays.stream(words.split("\\s+"))
        .map(Pattern::quote).toList());
    return stem ? body + "\\w*" : body;
  }
}
