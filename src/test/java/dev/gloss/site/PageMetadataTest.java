package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.render.BaseUrl;
import dev.gloss.render.ThemeSource;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page's {@code <head>} tells search engines and link previews. */
class PageMetadataTest {

  private static final String SLUG =
      "artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public";
  private static final String BASE = "https://example.org/gloss";

  @TempDir
  Path temp;

  private Path build(BaseUrl baseUrl, String... seedNames) throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    for (String name : seedNames) {
      Files.copy(Reference.SEED, seeds.resolve(name));
    }
    Path site = temp.resolve("site");
    BuildReport report = new SiteBuilder(ThemeSource.of(Path.of("templates")), baseUrl)
        .build(seeds, site, ThemeSource.BASE);
    assertTrue(report.ok(), report.failures().toString());
    return site;
  }

  private static Document page(Path file) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  private static String content(Document page, String selector) {
    Element element = page.expectFirst(selector);
    return element.hasAttr("content") ? element.attr("content") : element.attr("href");
  }

  @Test
  void anArticleDescribesItselfForSearchEnginesAndLinkPreviews() throws IOException {
    Document page = page(build(BaseUrl.parse(BASE), "ref.txt").resolve(SLUG + "/index.html"));
    String description = content(page, "meta[name=description]");
    String first = Reference.PARAGRAPHS.get(0);
    assertTrue(description.endsWith("…") && description.length() <= 160, description);
    String kept = description.substring(0, description.length() - 1);
    assertTrue(first.startsWith(kept) && first.charAt(kept.length()) == ' ',
        "cut on a word: " + description);

    assertEquals("en", page.expectFirst("html").attr("lang"));
    assertEquals(BASE + "/" + SLUG + "/", content(page, "link[rel=canonical]"));
    assertEquals("article", content(page, "meta[property=og:type]"));
    assertEquals(Reference.TITLE, content(page, "meta[property=og:title]"));
    assertEquals(description, content(page, "meta[property=og:description]"));
    assertEquals("Latin Times", content(page, "meta[property=og:site_name]"));
    assertEquals(BASE + "/" + SLUG + "/", content(page, "meta[property=og:url]"));
    assertEquals("summary", content(page, "meta[name=twitter:card]"));
    assertTrue(content(page, "meta[http-equiv=Content-Security-Policy]")
        .startsWith("default-src 'none';"));

    JsonNode ld = new ObjectMapper().readTree(
        page.expectFirst("script[type=application/ld+json]").data());
    assertEquals(description, ld.get("description").asText());
    assertEquals(BASE + "/" + SLUG + "/", ld.get("url").asText());
  }

  @Test
  void aDuplicateSlugsCanonicalLinkNamesTheFolderItWasWrittenTo() throws IOException {
    Path site = build(BaseUrl.parse(BASE), "a.txt", "b.txt");
    assertEquals(BASE + "/" + SLUG + "-2/",
        content(page(site.resolve(SLUG + "-2/index.html")), "link[rel=canonical]"));
    assertEquals(BASE + "/", content(page(site.resolve("index.html")), "link[rel=canonical]"));
  }

  @Test
  void withoutABaseUrlThereIsNoCanonicalLinkNorOgUrl() throws IOException {
    Path site = build(null, "ref.txt");
    for (Path file : new Path[] {site.resolve("index.html"), site.resolve(SLUG + "/index.html")}) {
      Document page = page(file);
      assertNull(page.selectFirst("link[rel=canonical]"), file::toString);
      assertNull(page.selectFirst("meta[property=og:url]"), file::toString);
      assertTrue(content(page, "meta[property=og:title]").length() > 0, file::toString);
    }
    assertEquals("website", content(page(site.resolve("index.html")), "meta[property=og:type]"));
  }

  @Test
  void markupInTheTextIsEscapedNotInterpreted() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    String title = "A \"quoted\" </script><script>alert(1)</script> headline";
    Files.writeString(seeds.resolve("tricky.md"), """
        ---
        title: "A \\"quoted\\" </script><script>alert(1)</script> headline"
        publication: "Tom & Jerry's"
        slug: tricky
        ---

        The first paragraph says "it's <fine>" & more.
        """);
    Path site = temp.resolve("site");
    new SiteBuilder(ThemeSource.of(Path.of("templates")), null).build(seeds, site, "base");
    Document page = page(site.resolve("tricky/index.html"));
    assertEquals(title, content(page, "meta[property=og:title]"));
    assertEquals("Tom & Jerry's", content(page, "meta[property=og:site_name]"));
    assertTrue(content(page, "meta[name=description]").endsWith("\" & more."),
        content(page, "meta[name=description]"));
    assertEquals(1, page.select("script").size(), "only the JSON-LD data block");
    assertEquals(title, new ObjectMapper()
        .readTree(page.expectFirst("script[type=application/ld+json]").data())
        .get("headline").asText());
  }
}
