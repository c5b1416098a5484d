package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.fuzz.AnnotateFuzzTest;
import dev.gloss.fuzz.PageSafety;
import dev.gloss.render.ThemeSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.gloss.testing.PageText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs too big to keep in the repository, made on the fly: a 20 MB article, a paragraph that is
 * one 200,000-character line, and an article of 1,000 quotations (3,000 take the annotator 12 s,
 * too long for every test run). Each builds a whole page.
 */
class LargeInputTest {

  private static final SiteBuilder BUILDER = new SiteBuilder(ThemeSource.of(Path.of("templates")));
  private static final String HEADLINE = "Council Raises Water Rates Across the Region";
  private static final String SENTENCE =
      "The council said on Monday that water rates would rise by twelve percent next year. ";

  @TempDir
  Path temp;

  @Test
  void aTwentyMegabyteArticleBuildsAsTextWithAWarning() throws IOException {
    StringBuilder text = new StringBuilder(HEADLINE + "\n\nBy Jane Doe\n\n");
    int paragraphs = 0;
    while (text.length() < 20_000_000) {
      text.append("In district ").append(paragraphs++).append(", ").append(SENTENCE.repeat(4))
          .append("\n\n");
    }
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.writeString(seeds.resolve("large.txt"), text, StandardCharsets.UTF_8);
    BuildReport report = BUILDER.build(seeds, temp.resolve("site"), ThemeSource.BASE);

    assertEquals(List.of(), report.failures());
    assertEquals(1, report.warnings().size(), report.warnings().toString());
    assertTrue(report.warnings().get(0).startsWith("large.txt: the body is "),
        report.warnings().get(0));
    assertTrue(report.warnings().get(0).contains("more than the 500,000 Gloss annotates"));
    Document page = read(temp.resolve("site"), report);
    assertEquals(paragraphs, page.select(".article-body p").size());
    assertEquals(0, page.select(".article-body q, .article-body mark").size());
    assertTrue(page.selectFirst(".box-about").text()
        .contains("None: the article is longer than Gloss annotates"));
  }

  @Test
  void anOrdinaryArticleIsStillAnnotated() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      body.append("\u201cWe will fix pipe ").append(i).append(",\u201d said Mayor Ana Ruiz. ")
          .append(SENTENCE).append("\n\n");
    }
    Document page = build("short.txt", HEADLINE + "\n\nBy Jane Doe\n\n" + body);
    assertTrue(page.select(".article-body q").size() >= 20);
    assertTrue(page.selectFirst(".box-about").text().contains("Found automatically by Gloss"));
  }

  @Test
  void aParagraphOfOneLongLineBuilds() throws IOException {
    String line = SENTENCE.repeat(200_000 / SENTENCE.length() + 1).strip();
    assertTrue(line.length() > 200_000);
    Document page = build("long-line.txt", HEADLINE + "\n\nBy Jane Doe\n\n" + line + "\n\n"
        + SENTENCE + "\n");
    assertEquals(line, PageText.withoutLabels(page.selectFirst(".article-body p")).text());
  }

  @Test
  void anArticleOfAThousandQuotesBuildsAndAnnotates() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      body.append("\u201cWe will fix pipe ").append(i).append(" soon,\u201d said Mayor Ana Ruiz.");
      body.append(i % 10 == 9 ? "\n\n" : " ");
    }
    Document page = build("quotes.txt", HEADLINE + "\n\nBy Jane Doe\n\n" + body + "\n");
    assertTrue(page.selectFirst(".article-body").text().contains("\u201cWe will fix pipe 999"));

    Path seed = temp.resolve("seeds/quotes.txt");
    var annotated = new Pipeline().annotate(Seed.of(seed), false, null);
    String text = annotated.article().bodyText();
    AnnotateFuzzTest.assertSpansInside(text, annotated.annotations());
    assertTrue(annotated.annotations().quotes().size() >= 1000,
        "every quotation found: " + annotated.annotations().quotes().size());
  }

  private Document build(String name, String text) throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    Path site = temp.resolve("site");
    BuildReport report = BUILDER.build(seeds, site, ThemeSource.BASE);
    assertEquals(List.of(), report.failures());
    return read(site, report);
  }

  private static Document read(Path site, BuildReport report) throws IOException {
    Path page = site.resolve(report.built().get(0).slug()).resolve("index.html");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    PageSafety.assertSafe(page.toString(), html);
    return Jsoup.parse(html);
  }
}
