package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.render.ThemeSource;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds the reference article with every theme under {@code templates/} and reads the pages back:
 * each links its own theme's one stylesheet, the stylesheet is in the output, what a theme does
 * not have falls back to {@code base}, and a per-article {@code theme:} beats the build's theme.
 */
class ThemesTest {

  private static final Path TEMPLATES = Path.of("templates");
  private static final SiteBuilder BUILDER = new SiteBuilder(ThemeSource.of(TEMPLATES));
  private static final String SLUG =
      "artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public";
  /** The page-weight budget of the article page plus its stylesheet. */
  private static final int PAGE_BUDGET = 60 * 1024;
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern EXTERNAL_URL = Pattern.compile("url\\(\\s*['\"]?(https?:)?//");

  @TempDir
  Path temp;

  private Path referenceSeeds() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.copy(Reference.SEED, seeds.resolve("ref.txt"), StandardCopyOption.REPLACE_EXISTING);
    return seeds;
  }

  private static Document read(Path page) throws IOException {
    return Jsoup.parse(page.toFile(), "UTF-8");
  }

  /** The page's only stylesheet link; fails when there is none or more than one. */
  private static String stylesheet(Document page) {
    List<String> links = page.select("link[rel=stylesheet]").eachAttr("href");
    assertEquals(1, links.size(), () -> "one stylesheet per page, found " + links);
    return links.get(0);
  }

  @Test
  void thereAreAtLeastThreeThemesBesideEachOther() throws IOException {
    List<String> themes = HtmlValidityTest.themes();
    assertTrue(themes.containsAll(List.of("base", "newsprint", "contrast")), themes::toString);
    List<String> known = ThemeSource.of(TEMPLATES).themeNames();
    assertTrue(known.containsAll(themes), () -> "Gloss knows " + known + ", templates/ has " + themes);
  }

  @ParameterizedTest(name = "theme {0}")
  @MethodSource("dev.gloss.site.HtmlValidityTest#themes")
  void aPageLinksItsOwnThemesStylesheetWhichIsInTheOutput(String theme) throws IOException {
    Path site = temp.resolve("site");
    BuildReport report = BUILDER.build(referenceSeeds(), site, theme);
    assertTrue(report.ok(), report.failures().toString());
    Path pageFile = site.resolve(SLUG).resolve("index.html");
    Document page = read(pageFile);

    String href = stylesheet(page);
    assertEquals("../assets/" + theme + "/gloss.css", href);
    Path css = pageFile.getParent().resolve(href).normalize();
    assertTrue(Files.isRegularFile(css), () -> "stylesheet missing from the output: " + css);
    assertEquals("assets/" + theme + "/gloss.css", stylesheet(read(site.resolve("index.html"))));

    // Every theme's stylesheet stands alone: no @import (one request), no web fonts, nothing
    // from another origin, a dark scheme and a print stylesheet of its own.
    String rules = COMMENT.matcher(Files.readString(css)).replaceAll("");
    assertFalse(rules.contains("@import"), theme + ": @import in gloss.css");
    assertFalse(rules.contains("@font-face"), theme + ": a web font in gloss.css");
    assertFalse(EXTERNAL_URL.matcher(rules).find(), theme + ": a url() to another origin");
    assertTrue(rules.contains("prefers-color-scheme: dark"), theme + ": no dark colour scheme");
    assertTrue(rules.contains("@media print"), theme + ": no print stylesheet");

    long weight = Files.size(pageFile) + Files.size(css);
    assertTrue(weight < PAGE_BUDGET, () -> theme + ": page and CSS weigh " + weight + " bytes");

    // The favicon is linked under the page's theme; a theme without one gets base's.
    Element icon = page.selectFirst("link[rel=icon]");
    assertNotNull(icon);
    assertEquals("../assets/" + theme + "/favicon.svg", icon.attr("href"));
    assertTrue(Files.isRegularFile(pageFile.getParent().resolve(icon.attr("href")).normalize()));
  }

  @Test
  void aThemeOverridesOnlyWhatItHasAndTheRestFallsBackToBase() throws IOException {
    Path site = temp.resolve("site");
    assertTrue(BUILDER.build(referenceSeeds(), site, "newsprint").ok());
    Document page = read(site.resolve(SLUG).resolve("index.html"));

    // newsprint's own masthead fragment replaces base's, inside base's layout...
    assertNotNull(page.selectFirst("header.site-header.masthead .masthead-ear"),
        "newsprint's site-header fragment");
    // ...while the article, legend and fact boxes still come from base's templates.
    assertNotNull(page.selectFirst("section.legend"));
    assertNotNull(page.selectFirst("aside.fact-boxes .box-figures"));
    assertEquals(Reference.TITLE, page.selectFirst(".article-header h1").text());

    // Assets fall back file by file: newsprint has its own gloss.css but no favicon.
    assertFalse(Files.exists(TEMPLATES.resolve("newsprint/assets/favicon.svg")));
    Path assets = site.resolve("assets/newsprint");
    assertArrayEquals(Files.readAllBytes(TEMPLATES.resolve("base/assets/favicon.svg")),
        Files.readAllBytes(assets.resolve("favicon.svg")));
    assertArrayEquals(Files.readAllBytes(TEMPLATES.resolve("newsprint/assets/gloss.css")),
        Files.readAllBytes(assets.resolve("gloss.css")));

    assertTrue(BUILDER.build(referenceSeeds(), temp.resolve("base-site"), "base").ok());
    Document base = read(temp.resolve("base-site").resolve(SLUG).resolve("index.html"));
    assertNull(base.selectFirst(".masthead"), "base keeps its plain site header");
  }

  @Test
  void aThemeInTheFrontMatterWinsOverTheBuildsTheme() throws IOException {
    Path scraped = temp.resolve("scraped");
    assertTrue(BUILDER.build(referenceSeeds(), scraped, "base").ok());
    String markdown = Files.readString(scraped.resolve(SLUG).resolve("index.md"));
    assertTrue(markdown.startsWith("---\n"), "front matter first");
    Path seeds = Files.createDirectories(temp.resolve("md-seeds"));
    Files.writeString(seeds.resolve("ref.md"), "---\ntheme: contrast\n" + markdown.substring(4));
    Files.writeString(seeds.resolve("plain.md"), """
        ---
        title: "A second article with no theme of its own"
        slug: plain
        ---

        It takes the build's theme.
        """);

    Path site = temp.resolve("site");
    BuildReport report = BUILDER.build(seeds, site, "newsprint");
    assertTrue(report.ok(), report.failures().toString());

    assertEquals("../assets/contrast/gloss.css",
        stylesheet(read(site.resolve(SLUG).resolve("index.html"))));
    assertEquals("../assets/newsprint/gloss.css",
        stylesheet(read(site.resolve("plain/index.html"))));
    assertEquals("assets/newsprint/gloss.css", stylesheet(read(site.resolve("index.html"))));
    assertTrue(Files.isRegularFile(site.resolve("assets/contrast/gloss.css")));
    assertTrue(Files.isRegularFile(site.resolve("assets/newsprint/gloss.css")));
    assertFalse(Files.exists(site.resolve("assets/base")), "no page uses base");
  }
}
