package dev.gloss.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds authors' names in a header line: "By Jane Doe", "Posted on 12 June 2023 by Alex Kim", "By
 * JANE DOE and JOHN ROE", a bare name ("M.B. Mack"), or a name with a role ("Farah Haddad, Senior
 * Correspondent").
 */
final class Byline {

  private static final String NAME_TOKEN =
      "(?:\\p{Lu}\\.(?:\\s?\\p{Lu}\\.){0,2}|\\p{Lu}[\\p{L}'\u2019]*(?:-\\p{Lu}[\\p{L}'\u2019]+)?"
          + "|de|da|del|van|von|der|den|la|le|al|bin|el|du|dos|di)";
  private static final String NAME = NAME_TOKEN + "(?:\\s+" + NAME_TOKEN + "){1,3}";
  private static final String NAMES =
      NAME + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*";
  private static final Pattern BARE_NAMES = Pattern.compile("^(" + NAMES + ")$");
  private static final int MAX_ROLE_WORDS = 4;
  private static final Pattern BY = Pattern.compile("(?:^|\\s)(?i:by)\\s+(" + NAMES + ")");
  /** Words that make a line a job title or a section name, not a person. */
  private static final Set<String> NOT_NAME_WORDS = Set.of("correspondent", "editor", "reporter",
      "writer", "staff", "columnist", "contributor", "producer", "analyst", "senior", "chief",
      "news", "times", "press", "daily", "review", "ledger", "tribune", "post", "journal", "herald",
      "media", "group", "sport", "sports", "business", "politics", "opinion", "world", "local",
      "home", "health", "culture", "menu", "search", "more", "live", "follow", "the", "and");

  private Byline() {
  }

  /** The authors named by "By ..." on this line, if it has them. */
  static Optional<String> byPrefix(String line) {
    var matcher = BY.matcher(line);
    return matcher.find() ? Optional.of(trimTrailingPunctuation(matcher.group(1)))
        : Optional.empty();
  }

  /**
   * The names on a line that holds nothing but one or more people's names, perhaps followed by a
   * comma and a role.
   */
  static Optional<String> bareNames(String line) {
    var matcher = BARE_NAMES.matcher(line);
    if (matcher.matches() && !hasNonNameWord(matcher.group(1))) {
      return Optional.of(matcher.group(1));
    }
    // "Farah Haddad, Senior Correspondent": the part after the last comma may be a role.
    int comma = line.lastIndexOf(',');
    if (comma > 0 && line.substring(comma + 1).strip().split("\\s+").length <= MAX_ROLE_WORDS) {
      return bareNames(line.substring(0, comma).strip());
    }
    return Optional.empty();
  }

  private static boolean hasNonNameWord(String names) {
    for (String word : names.toLowerCase(Locale.ROOT).split("[\\s,&]+")) {
      if (NOT_NAME_WORDS.contains(word) && !word.equals("and")) {
        return true;
      }
    }
    return false;
  }

  private static String trimTrailingPunctuation(String names) {
    return names.replaceAll("[\\s,]+$", "");
  }
}
