package dev.gloss.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A list of case-insensitive regular expressions kept in a data file beside this class, so that
 * knowledge of particular sites' wording stays out of the code.
 */
final class PhraseList {

  private final List<Pattern> patterns;
  private final boolean anchored;

  private PhraseList(List<Pattern> patterns, boolean anchored) {
    this.patterns = List.copyOf(patterns);
    this.anchored = anchored;
  }

  /**
   * Loads a phrase file from the classpath.
   *
   * @param resource the file's name, relative to this package
   * @param anchored whether each pattern must match at the start of the line
   */
  static PhraseList load(String resource, boolean anchored) {
    InputStream in = PhraseList.class.getResourceAsStream(resource);
    Objects.requireNonNull(in, () -> "phrase list " + resource + " missing from the classpath");
    List<Pattern> patterns = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          patterns.add(Pattern.compile(trimmed,
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PhraseList(patterns, anchored);
  }

  /** Whether any phrase matches the line. */
  boolean matches(String line) {
    for (Pattern pattern : patterns) {
      var matcher = pattern.matcher(line);
      if (anchored ? matcher.lookingAt() : matcher.find()) {
        return true;
      }
    }
    return false;
  }
}
