package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentRegionTest {

  private static final String PROSE = "<p>" + "A sentence of the story that runs on. ".repeat(8)
      + "</p>";

  private static Document cleaned(String body) {
    Document page = Jsoup.parse("<html><body>" + body + "</body></html>");
    Furniture.removeInvisible(page);
    Furniture.removeFurniture(page);
    return page;
  }

  @Test
  void startsAtTheHeadlineAboveTheArticle() {
    Document page = cleaned("<h1>Site</h1><nav>Menu</nav><h1>Headline</h1><p>By Jo Kim</p>"
        + "<article>" + PROSE + "</article><p>Comments</p>");
    ContentRegion region = ContentRegion.of(page);
    assertSame(page.select("h1").get(1), region.first());
    assertSame(page.selectFirst("article"), region.content());
    assertEquals("Headline\n\nBy Jo Kim\n\n" + page.selectFirst("article p").text(),
        PageCopy.between(region.first(), region.content(), null, ""));
  }

  @Test
  void aTeaserArticleIsNotTheContent() {
    Document page = cleaned("<h1>Headline</h1>" + PROSE + PROSE
        + "<article><h3>Another story</h3><p>Short.</p></article>");
    assertSame(page.body(), ContentRegion.of(page).content());
  }

  @Test
  void theLargestArticleWinsAndItsOwnHeadlineIsTheHeadline() {
    Document page = cleaned("<article><p>Teaser.</p></article><article><h1>Story</h1>" + PROSE
        + "<article><p>A comment.</p></article></article>");
    ContentRegion region = ContentRegion.of(page);
    assertSame(page.select("article").get(1), region.content());
    assertEquals("Story", region.headline().text());
  }

  @Test
  void withoutAHeadlineTheRegionIsTheContentAlone() {
    Document page = cleaned("<main>" + PROSE + "</main>");
    assertSame(page.selectFirst("main"), ContentRegion.of(page).first());
    assertNull(ContentRegion.of(page).headline());
  }

  @Test
  void furnitureGoesButALandmarkHoldingThePageStays() {
    Document page = cleaned("<div id=cookie-banner>We use cookies.</div><form id=aspnetForm>"
        + "<nav>Menu</nav><aside>Trending</aside><h1>Headline</h1>" + PROSE
        + "<div style=\"display:none\">Hidden</div>"
        + "<footer>Footer</footer></form><script>var x;</script>");
    assertEquals("Headline\n\n" + page.selectFirst("p").text(), PageCopy.of(page.body()));
  }
}
