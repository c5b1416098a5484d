package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gloss.model.Article;
import dev.gloss.model.GlossException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlIngesterTest {

  private static final String BODY = "<p>The harbour board voted on Tuesday to close the old ferry"
      + " pier for repairs that engineers say will take most of the winter months.</p>"
      + "<p>Residents who use the pier every day said they were worried about the detour, which"
      + " adds twenty minutes to the trip into town.</p>";

  private static HtmlArticle read(String html) {
    return HtmlIngester.standard().ingest("page.html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepsTheTextOfLinksAndNothingOfTheirTargetsOrHandlers() {
    Article article = read("<h1>Old pier closes for winter repairs</h1><article>"
        + "<p onclick=\"alert(1)\">The board voted on Tuesday to <a href=\"javascript:alert(1)\">"
        + "close the old pier</a> for repairs that engineers say will take <a href=\"JAVASCRIPT:"
        + "x\">most</a> of the <a href=\"data:text/html,x\">winter</a> months.</p>" + BODY
        + "</article>").article();
    assertEquals("The board voted on Tuesday to close the old pier for repairs that engineers say"
        + " will take most of the winter months.", article.paragraphs().get(0));
    for (String paragraph : article.paragraphs()) {
      assertFalse(paragraph.toLowerCase(java.util.Locale.ROOT).contains("javascript"), paragraph);
      assertFalse(paragraph.contains("alert"), paragraph);
    }
  }

  @Test
  void thePublishersMetadataBeatsTheLinesTheIngesterWouldPick() {
    HtmlArticle read = read("<head><title>Pier story | Old Name</title>"
        + "<meta property=\"og:site_name\" content=\"Harbour Watch\">"
        + "<meta name=\"author\" content=\"Harbour Watch\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Old"
        + " pier closes for the winter while engineers\u2026\",\"datePublished\":\"2024-05-02\","
        + "\"author\":\"Ana Ruiz\"}</script></head><body>"
        + "<h1>Old pier closes for the winter while engineers rebuild its deck</h1>"
        + "<p>By Someone Else</p><p>January 3, 2020</p>" + BODY + "</body>");
    assertEquals("Old pier closes for the winter while engineers rebuild its deck",
        read.article().meta().title(), "a headline cut short gives way to the page's");
    assertEquals("Ana Ruiz", read.article().meta().author());
    assertEquals("Harbour Watch", read.article().meta().publication());
    assertEquals("2024-05-02", read.article().meta().date().toString());
    assertEquals(List.of(), read.notes());
  }

  @Test
  void anAuthorWhoIsTheOutletNamesNoWriter() {
    HtmlArticle read = read("<head><meta property=\"og:site_name\" content=\"Harbour Watch\">"
        + "<meta name=\"author\" content=\"Harbour Watch\"></head><body>"
        + "<h1>Old pier closes for winter repairs</h1><p>By Ana Ruiz</p>" + BODY + "</body>");
    assertEquals("Ana Ruiz", read.article().meta().author());
  }

  @Test
  void aHeadlineEndingInAQuoteIsStillTheHeadline() {
    assertEquals("Pier closes: \u201cWe had no choice\u201d", read("<h1>Pier closes: \u201cWe had"
        + " no choice\u201d</h1>" + BODY).article().meta().title());
  }

  @Test
  void aTwoWordHeadlineIsStillTheHeadline() {
    HtmlArticle read = read("<h1>Pier closes</h1><p>By Ana Ruiz</p>" + BODY);
    assertEquals("Pier closes", read.article().meta().title());
    assertEquals("Ana Ruiz", read.article().meta().author());
    assertEquals(2, read.article().paragraphs().size());
  }

  @Test
  void subheadsCaptionsAndDatelinesAreNeverParagraphs() {
    Article article = read("<h1>Old pier closes for winter repairs</h1><article>"
        + "<p><time datetime=\"2024-05-02T09:00\">May 2, 2024 9:00 a.m.</time> Updated"
        + " <time datetime=\"2024-05-03\">May 3, 2024 10:00 a.m.</time></p>"
        + "<figure><figcaption>Engineers inspect the old pier deck from a boat on a grey morning"
        + " last week.</figcaption></figure>" + BODY
        + "<h2>What happens to the ferry while the repairs go on?</h2>" + BODY.replace("Tuesday",
            "Monday") + "</article>").article();
    assertEquals(4, article.paragraphs().size(), article.paragraphs().toString());
    assertEquals("Engineers inspect the old pier deck from a boat on a grey morning last week.",
        article.meta().caption().text());
    assertEquals("2024-05-02", article.meta().date().toString());
  }

  @Test
  void aPageThatShowsNoTextSaysHowToSaveIt() {
    GlossException error = assertThrows(GlossException.class, () -> read(
        "<html><head><title>App</title><script src=app.js></script></head>"
            + "<body><noscript>Enable JavaScript.</noscript><div id=root></div></body></html>"));
    assertEquals("page.html: shows no text: its body holds only markup or script; if the site"
        + " builds its pages with JavaScript, save the page from the browser once it has loaded"
        + " (\"Web Page, Complete\"), or copy its text into a .txt seed", error.describe());
  }

  @Test
  void aPageOfFurnitureOnlyIsReportedAsTheTextIngesterReportsIt() {
    GlossException error = assertThrows(GlossException.class,
        () -> read("<h1>Menu of the site</h1><ul><li>Home</li><li>News</li></ul>"));
    assertEquals(0, error.line(), "no line number of a copy the user never sees");
    assertEquals("page.html", error.file());
  }

  @Test
  void reportsABrokenJsonLdBlockAsANote() {
    HtmlArticle read = read("<head><script type=\"application/ld+json\">{\"headline\": </script>"
        + "</head><body><h1>Old pier closes for winter repairs</h1>" + BODY + "</body>");
    assertEquals(1, read.notes().size(), read.notes().toString());
    assertEquals("Old pier closes for winter repairs", read.article().meta().title());
  }
}
