package dev.gloss.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.GlossException;
import dev.gloss.model.Slug;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkLabelGuardTest {

  private static final String FRONT = "---\ntitle: Backslashes\n---\n\n";

  @Test
  void refusesAnOpenLabelFullOfBackslashesNamingItsLine() {
    String markdown = FRONT + "Fine.\n\n[a" + "\\".repeat(50) + "x\n";
    GlossException e = assertThrows(GlossException.class,
        () -> MarkdownReader.standard().read("slow.md", markdown));
    assertEquals("slow.md:7: has an unclosed '[' followed by more than 16 backslashes in its"
        + " paragraph, which the Markdown parser cannot read in reasonable time; close the '['"
        + " with ']' or escape it as '\\['", e.describe());
  }

  @Test
  void aLabelOpenedOnAnEarlierLineOfTheParagraphCounts() {
    String markdown = FRONT + "[a\\\\\n55555 " + "\\".repeat(24) + "x\n";
    GlossException e = assertThrows(GlossException.class,
        () -> MarkdownReader.standard().read("slow.md", markdown));
    assertEquals(6, e.line());
  }

  @Test
  void shortRunsAddUp() {
    String markdown = FRONT + "[a" + "\\\\\\\\\\\\5".repeat(8) + "x\n";
    assertThrows(GlossException.class, () -> MarkdownReader.standard().read("slow.md", markdown));
  }

  @Test
  void aBlankLineClosesTheParagraphAndItsLabel() {
    String markdown = FRONT + "[a\n\n" + "\\".repeat(40) + "x\n";
    assertTrue(MarkdownReader.standard().read("ok.md", markdown).bodyHtml().contains("x"));
  }

  @Test
  void backslashesWithoutAnOpenLabelAreText() {
    String markdown = FRONT + "\\[a" + "\\".repeat(50) + "x and [closed] " + "\\".repeat(40)
        + "\n";
    assertTrue(MarkdownReader.standard().read("ok.md", markdown).bodyHtml().contains("closed"));
  }

  @Test
  void gloss_sOwnMarkdownOfAnyTextIsReadable() {
    String text = "[a" + "\\".repeat(60) + "x]] [[ \\\\\\";
    Article article = new Article(new ArticleMeta("T", null, null, null, null, null, null,
        "t.txt", Slug.from("t", "t")), List.of(text));
    assertEquals(List.of(text), MarkdownReader.standard()
        .read("t.md", MarkdownWriter.write(article)).article().paragraphs());
  }
}
