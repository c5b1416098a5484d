package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.cli.Main;
import dev.gloss.fuzz.PageSafety;
import dev.gloss.model.GlossException;
import dev.gloss.render.ThemeSource;
import dev.gloss.testing.PageText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds sites from seeds folders that hold saved web pages and reads them as a browser would. */
class HtmlSeedBuildTest {

  private static final Path PAGES = Path.of("src/test/resources/ingest-html");
  private static final String FERRY = "01-jsonld-opengraph-night-ferry-fares";
  private static final String HOSTILE = "06-hostile-scripts-handlers-links-pier";
  private static final SiteBuilder BUILDER = new SiteBuilder(ThemeSource.of(Path.of("templates")));

  @TempDir
  Path temp;

  private Path seedsWith(String page, String as) throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.copy(PAGES.resolve(page + ".html"), seeds.resolve(as));
    return seeds;
  }

  private static JsonNode expected(String page) throws IOException {
    return new ObjectMapper().readTree(PAGES.resolve(page + ".expected.json").toFile());
  }

  private static Document page(Path site, String slug) throws IOException {
    return Jsoup.parse(site.resolve(slug).resolve("index.html").toFile(), "UTF-8");
  }

  @Test
  void aSavedPageBuildsAnArticlePage() throws IOException {
    Path site = temp.resolve("site");
    BuildReport report = BUILDER.build(seedsWith(FERRY, "night-ferry.html"), site, "base");
    assertTrue(report.ok(), report.failures().toString());
    assertEquals(List.of(), report.warnings());
    String slug = "night-ferry-fares-to-double-under-council-plan";
    assertEquals(slug, report.built().get(0).slug());
    Document page = page(site, slug);
    JsonNode expected = expected(FERRY);

    assertEquals(expected.get("title").asText(), page.selectFirst("h1").text());
    assertEquals("The Lakeside Courier", page.selectFirst(".kicker").text());
    assertEquals("Inés Okafor and Declan Hurst", page.selectFirst(".byline .author").text());
    assertTrue(page.selectFirst(".lead-caption").text().contains("Mara Lindqvist"));
    assertEquals("night-ferry.html", page.selectFirst(".provenance code").text());
    List<String> paragraphs = new ArrayList<>();
    expected.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    assertEquals(paragraphs, PageText.withoutLabels(page.body()).select(".article-body p")
        .eachText(), "every body paragraph, once, in order");
    String text = page.body().text();
    for (String wrapper : List.of("Ferry crews stretched", "Morning Briefing", "Most read",
        "Rowing club", "Comments (14)", "Skip to main content", "Topics:", "covers transport")) {
      assertFalse(text.contains(wrapper), () -> "wrapper text on the page: " + wrapper);
    }
    for (Element script : page.select("script")) {
      assertEquals("application/ld+json", script.attr("type"), "no script but the JSON-LD");
    }
    assertTrue(Files.readString(site.resolve(slug).resolve("index.md"))
        .contains("source: night-ferry.html"));
  }

  @Test
  void theMarkdownOfASavedPageBuildsTheSamePage() throws IOException {
    Path site = temp.resolve("site");
    BUILDER.build(seedsWith(FERRY, "ferry.htm"), site, "base");
    String slug = "night-ferry-fares-to-double-under-council-plan";
    Path mdSeeds = Files.createDirectories(temp.resolve("md-seeds"));
    Files.copy(site.resolve(slug).resolve("index.md"), mdSeeds.resolve("ferry.md"));
    Path mdSite = temp.resolve("md-site");
    BUILDER.build(mdSeeds, mdSite, "base");
    assertEquals(Files.readString(site.resolve(slug).resolve("index.html")),
        Files.readString(mdSite.resolve(slug).resolve("index.html")));
  }

  @Test
  void nothingExecutableInAHostilePageReachesTheSite() throws IOException {
    Path site = temp.resolve("site");
    String name = HOSTILE + ".html";
    BuildReport report = BUILDER.build(seedsWith(HOSTILE, name), site, "base");
    assertTrue(report.ok(), report.failures().toString());
    assertEquals(List.of(name + ": its JSON-LD block 2 is not valid JSON (Unexpected"
        + " end-of-input: was expecting closing quote for a string value) and was left out"),
        report.warnings());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      if (file.toString().endsWith(".html")) {
        PageSafety.assertSafe(file.toString(), content);
      }
      String lower = content.toLowerCase(Locale.ROOT);
      for (String scheme : List.of("javascript:", "vbscript:", "data:text")) {
        assertFalse(lower.contains(scheme), () -> file + " holds " + scheme);
      }
      assertFalse(lower.contains("alert('"), () -> file + " holds a handler's code");
    }
    Document page = page(site, "pier-script-script-alert-1-script-closes");
    assertEquals("Pier </script><script>alert(1)</script> Closes", page.selectFirst("h1").text());
    for (String href : page.select(".article-body [href]").eachAttr("href")) {
      assertTrue(href.startsWith("#"), () -> "only Gloss's own links to its boxes: " + href);
    }
    String body = PageText.withoutLabels(page.selectFirst(".article-body")).text();
    assertTrue(body.contains("The notice read: <script>alert(1)</script> and <img src=x"
        + " onerror=alert(1)> before it was taken down by the board."), body);
    assertTrue(body.contains(":quote[Closed]{by=\"nobody\"}"), body);
  }

  @Test
  void theCommandLineReadsSavedPages() throws IOException {
    Path seeds = seedsWith(FERRY, "ferry.HTML");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "markdown",
        seeds.resolve("ferry.HTML").toString());
    assertEquals(Main.OK, code, err.toString());
    assertTrue(out.toString().startsWith("---\ntitle: Night ferry fares to double under council"
        + " plan\n"), out.toString());
    assertTrue(out.toString().contains("\nsource: ferry.HTML\n"), out.toString());
  }

  @Test
  void aWebArchiveIsRefusedWithHowToSaveThePage() {
    GlossException error = assertThrows(GlossException.class,
        () -> Seed.of(Path.of("story.mhtml")));
    assertEquals("story.mhtml: is neither a .txt scrape, an .html or .htm saved page nor a .md"
        + " Gloss Markdown file (a web archive: save the page again as \"Web Page, HTML Only\" or"
        + " \"Complete\"); rename it or move it out of the seeds folder", error.describe());
    assertEquals(Seed.Kind.HTML, Seed.of(Path.of("a.htm")).kind());
  }
}
