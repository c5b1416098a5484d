package dev.gloss.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Slug;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever an article says, writing it as Markdown and reading it back gives the same text. */
class MarkdownTextTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Plain words, 'single' and \"double\" quotes, R&D ... and an em dash \u2014 here.",
      "# Not a heading",
      "> not a quote",
      "- not a list item",
      "1. not a numbered item; 2024. was a year",
      "*not emphasis* and _not emphasis_ and **not strong**",
      "[not a link](javascript:alert(1)) and ![not an image](x.png)",
      "<script>alert(1)</script> and <img src=x onerror=alert(1)>",
      "`not code` and ``more``",
      "&amp; &lt; &#60; stay as written",
      "a back\\slash and a trailing one\\",
      ":quote[not a directive]{by=\"x\"} and {curly} braces",
      "http://example.com/a_b_c and <http://example.com>",
      "---",
      "=== and +++ and ~~~ fences",
      "| a | table | row |",
  })
  void roundTripsTrickyText(String paragraph) {
    ArticleMeta meta = new ArticleMeta("Title", null, null, null, null, null, null, "t.txt",
        new Slug("title"));
    String markdown = MarkdownWriter.write(new Article(meta, List.of(paragraph, "Second.")));
    MarkdownDocument read = MarkdownReader.standard().read("t.md", markdown);
    assertEquals(List.of(paragraph, "Second."), read.article().paragraphs());
    assertFalse(read.bodyHtml().contains("<script"), read.bodyHtml());
    assertFalse(read.bodyHtml().contains("<img"), read.bodyHtml());
    assertFalse(read.bodyHtml().contains("<a "), read.bodyHtml());
    assertFalse(read.bodyHtml().contains("<em>"), read.bodyHtml());
    assertFalse(read.bodyHtml().contains("<h1"), read.bodyHtml());
  }
}
