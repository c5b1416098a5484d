package dev.gloss.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem with a user's input that Gloss reports instead of a stack trace: which file, where in
 * it, what is wrong, and what to do.
 */
public final class GlossException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * @param file the input file's name as the user knows it
   * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
   * @param message what is wrong and what to do, as one sentence
   */
  public GlossException(String file, int line, String message) {
    this(file, line, message, null);
  }

  public GlossException(String file, int line, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** One line for the terminal: {@code file:line: message}. */
  public String describe() {
    return line > 0 ? file + ":" + line + ": " + getMessage() : file + ": " + getMessage();
  }
}
