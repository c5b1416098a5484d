package dev.gloss.site;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a build did: the pages it wrote, the seeds it could not build and why, and what it noticed
 * along the way.
 *
 * @param built the articles written, in site order
 * @param failed the seeds that failed, in seed order
 * @param warnings things worth a look that did not stop an article
 */
public record BuildReport(List<BuiltArticle> built, List<Failure> failed, List<String> warnings) {

  public BuildReport {
    built = List.copyOf(built);
    failed = List.copyOf(failed);
    warnings = List.copyOf(warnings);
  }

  /**
   * One article the build wrote.
   *
   * @param source the seed's file name
   * @param slug the folder it was written to
   */
  public record BuiltArticle(String source, String slug) {
  }

  /**
   * A seed the build could not turn into a page.
   *
   * @param message one line for the user: {@code file:line: reason}
   * @param cause the exception behind it, for {@code --verbose}
   */
  public record Failure(String message, @Nullable Throwable cause) {
  }

  /** The failures, one line each ({@code file:line: reason}). */
  public List<String> failures() {
    return failed.stream().map(Failure::message).toList();
  }

  /** Whether every seed was built. */
  public boolean ok() {
    return failed.isEmpty();
  }
}
