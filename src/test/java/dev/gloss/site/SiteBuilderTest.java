package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.render.ThemeSource;
import dev.gloss.testing.PageText;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds real sites into temporary folders and reads them as a browser would. */
class SiteBuilderTest {

  private static final SiteBuilder BUILDER = new SiteBuilder(ThemeSource.of(Path.of("templates")));
  private static final String SLUG =
      "artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public";

  @TempDir
  Path temp;

  private Path seedsWith(String... names) throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    for (String name : names) {
      Files.copy(Reference.SEED, seeds.resolve(name));
    }
    return seeds;
  }

  @Test
  void buildsTheReferenceArticlePage() throws IOException {
    Path site = temp.resolve("site");
    BuildReport report = BUILDER.build(seedsWith("ref.txt"), site, "base");
    assertTrue(report.ok(), report.failures().toString());
    Document page = Jsoup.parse(site.resolve(SLUG).resolve("index.html").toFile(), "UTF-8");

    assertEquals(Reference.TITLE, page.selectFirst("h1").text());
    assertTrue(page.title().startsWith(Reference.TITLE));
    assertEquals("M.B. Mack", page.selectFirst(".byline .author").text());
    assertEquals("Latin Times", page.selectFirst(".kicker").text());
    assertTrue(page.selectFirst(".lead-caption").text().contains("Credit: AFP"));
    assertTrue(page.selectFirst(".copyright").text().startsWith("© 2024 Latin Times"));

    // The marks add labels (speaker, claim type, date warning); the article's words are the rest.
    List<String> rendered = PageText.withoutLabels(page.body()).select(".article-body p")
        .eachText();
    assertEquals(Reference.PARAGRAPHS, rendered, "every body paragraph, once, in order");
    String text = page.body().text();
    for (String wrapper : Reference.WRAPPER) {
      assertFalse(text.contains(wrapper), () -> "wrapper text on the page: " + wrapper);
    }
    assertTrue(Files.readString(site.resolve(SLUG).resolve("index.md"))
        .contains("title: \"" + Reference.TITLE + "\""));
  }

  @Test
  void everyLinkIsRelativeAndResolvesToAFile() throws IOException {
    Path site = temp.resolve("site");
    BUILDER.build(seedsWith("ref.txt"), site, "base");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(path -> path.toString().endsWith(".html")).toList();
    }
    assertEquals(2, pages.size(), "the index and one article");
    for (Path pagePath : pages) {
      Document page = Jsoup.parse(pagePath.toFile(), "UTF-8");
      for (Element link : page.select("[href], [src]")) {
        String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        assertFalse(url.startsWith("/") || url.contains("://") || url.startsWith("//"),
            () -> pagePath + " has a non-relative link " + url);
        if (url.startsWith("#")) {
          assertFalse(page.getElementById(url.substring(1)) == null,
              () -> pagePath + " links to missing id " + url);
          continue;
        }
        Path target = pagePath.getParent().resolve(url.replaceAll("#.*$", "")).normalize();
        assertTrue(target.startsWith(site) && Files.isRegularFile(target),
            () -> pagePath + " links to " + url + ", which is not a file of the site");
      }
    }
  }

  @Test
  void theMarkdownOfAScrapeBuildsTheSamePageAndEditsShowUp() throws IOException {
    Path site = temp.resolve("site");
    BUILDER.build(seedsWith("ref.txt"), site, "base");
    String fromScrape = Files.readString(site.resolve(SLUG).resolve("index.html"));
    String markdown = Files.readString(site.resolve(SLUG).resolve("index.md"));

    Path mdSeeds = Files.createDirectories(temp.resolve("md-seeds"));
    Files.writeString(mdSeeds.resolve("ref.md"), markdown);
    Path mdSite = temp.resolve("md-site");
    BUILDER.build(mdSeeds, mdSite, "base");
    assertEquals(fromScrape, Files.readString(mdSite.resolve(SLUG).resolve("index.html")));

    Files.writeString(mdSeeds.resolve("ref.md"), markdown
        .replace("author: M.B. Mack", "author: M. B. Mack")
        .replace("Artists then decided", "Artists **then** decided"));
    BUILDER.build(mdSeeds, mdSite, "base");
    Document edited = Jsoup.parse(mdSite.resolve(SLUG).resolve("index.html").toFile(), "UTF-8");
    assertEquals("M. B. Mack", edited.selectFirst(".author").text());
    assertEquals("then", edited.selectFirst("#p4 strong").text());
  }

  @Test
  void twoBuildsGiveTheSameBytes() throws IOException {
    Path seeds = seedsWith("ref.txt", "ref-copy.txt");
    BUILDER.build(seeds, temp.resolve("one"), "base");
    BUILDER.build(seeds, temp.resolve("two"), "base");
    assertEquals(contents(temp.resolve("one")), contents(temp.resolve("two")));
  }

  @Test
  void aBadSeedIsReportedAndTheOthersStillBuild() throws IOException {
    Path seeds = seedsWith("good.txt");
    Files.writeString(seeds.resolve("empty.txt"), "  \n");
    Files.write(seeds.resolve("latin1.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xE9});
    Files.writeString(seeds.resolve("notes.docx"), "x");
    BuildReport report = BUILDER.build(seeds, temp.resolve("site"), "base");
    assertEquals(1, report.built().size());
    assertEquals(3, report.failures().size(), report.failures().toString());
    assertTrue(report.failures().stream().anyMatch(f -> f.startsWith("empty.txt: is empty")));
    assertTrue(report.failures().stream().anyMatch(f -> f.startsWith("latin1.txt:2: is not valid")));
    assertTrue(report.failures().stream().anyMatch(f -> f.startsWith("notes.docx: is neither")));
  }

  @Test
  void duplicateSlugsGetTheirOwnFolders() throws IOException {
    BuildReport report = BUILDER.build(seedsWith("a.txt", "b.txt"), temp.resolve("site"), "base");
    assertEquals(List.of(SLUG, SLUG + "-2"),
        report.built().stream().map(BuildReport.BuiltArticle::slug).toList());
    assertEquals(1, report.warnings().size());
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
    Path site = temp.resolve("site");
    BUILDER.build(seedsWith("ref.txt"), site, "base");
    Map<String, String> before = contents(site);
    assertThrows(IllegalArgumentException.class,
        () -> BUILDER.build(temp.resolve("seeds"), site, "no-such-theme"));
    assertThrows(IOException.class,
        () -> BUILDER.build(temp.resolve("missing-seeds"), site, "base"));
    assertEquals(before, contents(site));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".site.")),
          "no staging folder left behind");
    }
  }

  @Test
  void refusesToReplaceAFolderGlossDidNotMake() throws IOException {
    Path precious = Files.createDirectories(temp.resolve("documents"));
    Files.writeString(precious.resolve("thesis.txt"), "years of work");
    IOException error = assertThrows(IOException.class,
        () -> BUILDER.build(seedsWith("ref.txt"), precious, "base"));
    assertTrue(error.getMessage().contains("refusing to replace"));
    assertEquals("years of work", Files.readString(precious.resolve("thesis.txt")));
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
