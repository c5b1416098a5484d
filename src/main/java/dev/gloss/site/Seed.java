package dev.gloss.site;

import dev.gloss.model.GlossException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An input file: a scraped page ({@code .txt}), a saved web page ({@code .html}, {@code .htm}) or
 * a Gloss Markdown article ({@code .md}).
 *
 * @param path where it is
 * @param kind how to read it
 */
public record Seed(Path path, Kind kind) {

  /** How a seed is read. */
  public enum Kind {
    /** Raw text scraped from a web page, wrapper and all. */
    TEXT,
    /** A web page as the browser saved it, markup and all. */
    HTML,
    /** Gloss Markdown with front matter, as Gloss writes it or an editor changed it. */
    MARKDOWN
  }

  /** The file's name: how messages and the site refer to it. */
  public String name() {
    return path.getFileName().toString();
  }

  /**
   * Recognises a seed by its file name's ending.
   *
   * @throws GlossException if the ending is none of {@code .txt}, {@code .html}, {@code .htm},
   *     {@code .md}
   */
  public static Seed of(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return new Seed(path, Kind.TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return new Seed(path, Kind.HTML);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return new Seed(path, Kind.MARKDOWN);
    }
    // A browser's single-file archive is MIME or a property list around the page, not HTML.
    boolean archive = name.endsWith(".mhtml") || name.endsWith(".mht")
        || name.endsWith(".webarchive");
    throw new GlossException(path.getFileName().toString(), 0,
        "is neither a .txt scrape, an .html or .htm saved page nor a .md Gloss Markdown file"
            + (archive ? " (a web archive: save the page again as \"Web Page, HTML Only\" or"
            + " \"Complete\")" : "") + "; rename it or move it out of the seeds folder");
  }

  /** A plain-text seed whatever its name's ending. */
  public static Seed text(Path path) {
    return new Seed(path, Kind.TEXT);
  }

  /** Whether a file in the seeds folder is meant as a seed (hidden files and READMEs are not). */
  static boolean isCandidate(Path path) {
    String name = path.getFileName().toString();
    return Files.isRegularFile(path) && !name.startsWith(".")
        && !name.toLowerCase(Locale.ROOT).startsWith("readme");
  }

  /** Reads the file's bytes, naming the file in the error when it cannot be read. */
  byte[] bytes() {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new GlossException(name(), 0, "cannot be read (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }
  }
}
