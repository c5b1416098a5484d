package dev.gloss.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the data files that keep word lists out of the code: one entry a line, blank lines and
 * lines starting with {@code #} skipped, and optional {@code [section]} headers. Entries before
 * any header belong to the section named "" (empty).
 *
 * <pre>{@code
 * Map<String, List<String>> names = DataLines.sections(Places.class, "places.txt");
 * }</pre>
 */
public final class DataLines {

  private static final Pattern SECTION = Pattern.compile("^\\[([a-z-]+)]$");

  private DataLines() {
  }

  /**
   * The entries of a data file, by section, in file order.
   *
   * @param owner the class the file sits beside on the classpath
   * @param resource the file's name, relative to {@code owner}'s package
   * @return the sections, each an unmodifiable list; unmodifiable
   * @throws IllegalStateException if the file is not on the classpath
   */
  public static Map<String, List<String>> sections(Class<?> owner, String resource) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    String section = "";
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("data file " + resource + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        var header = SECTION.matcher(entry);
        if (header.matches()) {
          section = header.group(1);
          continue;
        }
        sections.computeIfAbsent(section, name -> new ArrayList<>()).add(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
    sections.replaceAll((name, entries) -> List.copyOf(entries));
    return Collections.unmodifiableMap(sections);
  }

  /** Every entry of a data file, whatever its section, in file order. */
  public static List<String> all(Class<?> owner, String resource) {
    List<String> all = new ArrayList<>();
    sections(owner, resource).values().forEach(all::addAll);
    return List.copyOf(all);
  }
}
