package dev.gloss.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

/** Finds an author's name in a header line: "By Jane Doe", "Posted on 12 June 2023 by Alex Kim", or a bare name. */
final class Byline {

  private static final String NAME_TOKEN =
      "(?:\\p{Lu}\\.(?:\\s?\\p{Lu}\\.){0,2}|\\p{Lu}[\\p{L}'\u2019]*(?:-\\p{Lu}[\\p{L}'\u2019]+)?"
          + "|de|da|del|van|von|der|den|la|le|al|bin|el|du|dos|di)";
  private static final String NAME = NAME_TOKEN + "(?:\\s+" + NAME_TOKEN + "){1,4}";
  private static final Pattern BARE_NAME = Pattern.compile("^" + NAME + "$");
  private static final Pattern BY = Pattern.compile(
      "(?:^|\\s)(?i:by)\\s+(" + NAME + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*)");

  private Byline() {
  }

  /** The author named by "By ..." on this line, if it has one. */
  static Optional<String> byPrefix(String line) {
    var matcher = BY.matcher(line);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1).strip());
  }

  /** Whether the whole line looks like a person's name ("M.B. Mack", "Ana de la Cruz"). */
  static boolean isBareName(String line) {
    return BARE_NAME.matcher(line).matches();
  }
}
