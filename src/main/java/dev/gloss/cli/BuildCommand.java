package dev.gloss.cli;

import dev.gloss.render.BaseUrl;
import dev.gloss.render.ThemeSource;
import dev.gloss.site.BuildReport;
import dev.gloss.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gloss build}: the whole pipeline, seeds in, site out. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Builds the site: every seed in --seeds becomes a page in --out.")
final class BuildCommand implements Callable<Integer> {

  @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR",
      description = "Folder of .txt scrapes, .html saved pages and .md articles (default:"
          + " ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--out", defaultValue = "site", paramLabel = "DIR",
      description = "Site folder, replaced whole when the build completes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--theme", defaultValue = ThemeSource.BASE, paramLabel = "NAME",
      description = "Theme for articles that name none (default: ${DEFAULT-VALUE}).")
  String theme;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of themes overriding the bundled ones (default: ./templates if it"
          + " exists).")
  Path templates;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Address the site is published at, such as https://example.org/gloss/, for"
          + " canonical links and Open Graph URLs (default: none, and pages carry neither).")
  @Nullable String baseUrl;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path templateDir = templates != null ? templates
        : Files.isDirectory(Path.of("templates")) ? Path.of("templates") : null;
    if (templates != null && !Files.isDirectory(templates)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--templates " + templates + " is not a folder");
    }
    @Nullable BaseUrl base;
    try {
      base = baseUrl == null ? null : BaseUrl.parse(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--base-url: " + e.getMessage());
    }
    SiteBuilder builder = new SiteBuilder(ThemeSource.of(templateDir), base);
    BuildReport report = builder.build(seeds, out, theme);
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : report.warnings()) {
      err.println("warning: " + TerminalText.safe(warning));
    }
    for (BuildReport.Failure failure : report.failed()) {
      err.println("error: " + TerminalText.safe(failure.message()));
      if (verbose && failure.cause() != null) {
        failure.cause().printStackTrace(err);
      }
    }
    // Locale.ROOT: under an Arabic or Hindi locale %d would print other digits.
    spec.commandLine().getOut().printf(Locale.ROOT, "Built %d article%s into %s%s%n",
        report.built().size(),
        report.built().size() == 1 ? "" : "s", out,
        report.ok() ? "" : "; " + report.failures().size() + " failed");
    return report.ok() ? Main.OK : Main.ARTICLE_FAILED;
  }
}
