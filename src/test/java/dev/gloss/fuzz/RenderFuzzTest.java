package dev.gloss.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gloss.render.ThemeSource;
import dev.gloss.site.BuildReport;
import dev.gloss.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Any article, as a Markdown seed or a scraped one, built into a one-article site: the build never
 * throws, and no page carries markup, script or a link from the input (a tracer element, an event
 * handler and a {@code javascript:} link are planted in it).
 *
 * <p>Fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=RenderFuzzTest}.
 */
class RenderFuzzTest {

  private static final SiteBuilder BUILDER = new SiteBuilder(ThemeSource.of(Path.of("templates")));
  private static final Path ROOT = temporaryRoot();
  private static final String PLANTED = " <" + PageSafety.MARKER + " onclick=\"alert(1)\">x</"
      + PageSafety.MARKER + "> [y](JavaScript:alert(1)) ";

  @FuzzTest(maxDuration = "5m")
  void anyArticleBuildsASafePage(FuzzedDataProvider data) throws IOException {
    boolean markdown = data.consumeBoolean();
    String title = data.consumeString(200);
    String author = data.consumeString(80);
    String body = data.consumeRemainingAsString();
    Path seeds = ROOT.resolve("seeds");
    Files.createDirectories(seeds);
    clear(seeds);
    if (markdown) {
      Files.writeString(seeds.resolve("a.md"), "---\ntitle: " + Yaml.quote(title + PLANTED)
          + "\nauthor: " + Yaml.quote(author + PLANTED) + "\n---\n\n" + body + PLANTED + "\n",
          StandardCharsets.UTF_8);
    } else {
      Files.writeString(seeds.resolve("a.txt"), title + PLANTED + "\n\nBy " + author + "\n\n"
          + body + PLANTED + "\n", StandardCharsets.UTF_8);
    }
    Path site = ROOT.resolve("site");
    BuildReport report = BUILDER.build(seeds, site, ThemeSource.BASE);
    try (Stream<Path> files = Files.walk(site)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        PageSafety.assertSafe(page.toString(), Files.readString(page, StandardCharsets.UTF_8));
      }
    }
    assertTrue(report.built().size() + report.failed().size() == 1, report.toString());
  }

  private static Path temporaryRoot() {
    try {
      Path root = Files.createTempDirectory("gloss-render-fuzz");
      root.toFile().deleteOnExit();
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empties the seeds folder between inputs. */
  private static void clear(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }
}
