package dev.gloss.ingest;

import dev.gloss.nlp.DataLines;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lists of case-insensitive regular expressions kept in a data file beside this class, so that
 * knowledge of particular sites' wording stays out of the code. A file may be divided into
 * sections by lines such as {@code [ends]}; patterns before any section header belong to the
 * section named "" (empty).
 */
final class PhraseList {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final Map<String, List<Pattern>> sections;
  /** Each section's phrases as one pattern: one match per line and section, not one a phrase. */
  private final Map<String, Pattern> joined;
  private final boolean anchored;

  private PhraseList(Map<String, List<Pattern>> sections, boolean anchored) {
    this.sections = sections;
    this.anchored = anchored;
    Map<String, Pattern> joined = new LinkedHashMap<>();
    sections.keySet().forEach(name -> joined.put(name, Pattern.compile(alternation(name), FLAGS)));
    this.joined = Collections.unmodifiableMap(joined);
  }

  /**
   * Loads a phrase file from the classpath.
   *
   * @param resource the file's name, relative to this package
   * @param anchored whether each pattern must match at the start of the line
   */
  static PhraseList load(String resource, boolean anchored) {
    Map<String, List<Pattern>> sections = new LinkedHashMap<>();
    DataLines.sections(PhraseList.class, resource).forEach((name, phrases) ->
        sections.put(name, phrases.stream().map(phrase -> Pattern.compile(phrase, FLAGS)).toList()));
    // In file order, so that a line matching two sections always gets the same one.
    return new PhraseList(Collections.unmodifiableMap(sections), anchored);
  }

  /**
   * One section's phrases as a single non-capturing group, for building them into a larger
   * pattern ("Photo: " is a credit label followed by a name). The larger pattern's own groups
   * keep their numbers only if the phrases have none of their own.
   *
   * @param section the section's name
   * @return {@code (?:phrase1|phrase2|...)}
   * @throws IllegalArgumentException if the file has no such section
   */
  String alternation(String section) {
    List<Pattern> patterns = sections.get(section);
    if (patterns == null) {
      throw new IllegalArgumentException("phrase list has no section [" + section + "]");
    }
    StringBuilder group = new StringBuilder("(?:");
    for (Pattern pattern : patterns) {
      group.append(group.length() > 3 ? "|" : "").append(pattern.pattern());
    }
    return group.append(')').toString();
  }

  /** Whether any phrase of any section matches the line. */
  boolean matches(String line) {
    return section(line).isPresent();
  }

  /**
   * The section of the first phrase that matches, sections tried in the order given.
   *
   * @param line the line to test
   * @param order section names, most specific first
   */
  Optional<String> section(String line, String... order) {
    Iterable<String> names = order.length > 0 ? List.of(order) : sections.keySet();
    for (String name : names) {
      Pattern pattern = joined.get(name);
      if (pattern != null) {
        var matcher = pattern.matcher(line);
        if (anchored ? matcher.lookingAt() : matcher.find()) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
