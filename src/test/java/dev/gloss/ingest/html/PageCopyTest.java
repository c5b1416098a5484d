package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageCopyTest {

  private static String copy(String html) {
    return PageCopy.of(Jsoup.parse(html).body());
  }

  @Test
  void setsBlocksOnTheirOwnLinesWithABlankLineBetweenParagraphs() {
    assertEquals("Headline\n\nBy Ana Ruiz\n\nFirst paragraph.\n\nSecond paragraph.",
        copy("<h1>Headline</h1><div class=byline>By <a href=/a>Ana Ruiz</a></div>"
            + "<p>First <em>paragraph</em>.</p>\n  <p>Second\n   paragraph.</p>"));
  }

  @Test
  void listItemsAndTableRowsTakeOneLineEach() {
    assertEquals("Related\n\nOne story\nAnother story\n\nTeam 3 1\nRivals 0 2",
        copy("<h2>Related</h2><ul><li>One story</li><li>Another story</li></ul>"
            + "<table><tr><td>Team</td><td>3</td><td>1</td></tr>"
            + "<tr><td>Rivals</td><td>0</td><td>2</td></tr></table>"));
  }

  @Test
  void aBreakIsALineBreakAndTwoMakeABlankLine() {
    assertEquals("One\nTwo\n\nThree", copy("<div>One<br>Two<br><br>Three</div>"));
  }

  @Test
  void keepsTheQuotationMarksABrowserDrawsAroundQ() {
    assertEquals("She said \u201cit is \u2018fine\u2019 now\u201d.",
        copy("<p>She said <q>it is <q>fine</q> now</q>.</p>"));
  }

  @Test
  void leavesOutImagesAndTheirAltTextButKeepsCaptionsAsLines() {
    assertEquals("Before.\n\nThe pier at dawn. Photo: Jo Kim\n\nAfter.",
        copy("<p>Before.</p><figure><img alt=\"A long alt text\" src=a.jpg>"
            + "<figcaption>The pier at dawn. Photo: Jo Kim</figcaption></figure><p>After.</p>"));
  }

  @Test
  void keepsLineBreaksInPreformattedText() {
    assertEquals("Scores:\n\nA  1\nB  2", copy("<p>Scores:</p><pre>A  1\nB  2</pre>"));
  }

  @Test
  void keepsANoBreakSpaceThatTheWriterTyped() {
    assertEquals("10\u00a0km away", copy("<p>10&nbsp;km away</p>"));
  }

  @Test
  void copiesFromOneElementToTheEndOfAnother() {
    Document page = Jsoup.parse("<p>Menu</p><h1>Title</h1><p>Byline</p>"
        + "<article><p>Body.</p></article><p>Footer</p>");
    assertEquals("Title\n\nByline\n\nBody.", PageCopy.between(page.selectFirst("h1"),
        page.selectFirst("article"), null, ""));
    assertEquals("Footer", PageCopy.after(page.selectFirst("article")));
  }

  @Test
  void replacesOneElementWithAGivenLine() {
    Document page = Jsoup.parse("<article><h1>A <b>bold</b> title.</h1><p>Body.</p></article>");
    assertEquals("A bold title\n\nBody.", PageCopy.between(page.selectFirst("article"),
        page.selectFirst("article"), page.selectFirst("h1"), "A bold title"));
  }
}
