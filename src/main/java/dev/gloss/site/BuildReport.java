package dev.gloss.site;

import java.util.List;

/**
 * What a build did: the pages it wrote, the seeds it could not build and why, and what it noticed
 * along the way.
 *
 * @param built the articles written, in site order
 * @param failures the seeds that failed, one line each ({@code file:line: reason})
 * @param warnings things worth a look that did not stop an article
 */
public record BuildReport(List<BuiltArticle> built, List<String> failures, List<String> warnings) {

  public BuildReport {
    built = List.copyOf(built);
    failures = List.copyOf(failures);
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

  /** Whether every seed was built. */
  public boolean ok() {
    return failures.isEmpty();
  }
}
