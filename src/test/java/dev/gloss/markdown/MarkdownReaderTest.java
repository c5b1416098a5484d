package dev.gloss.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.GlossException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static final MarkdownReader READER = MarkdownReader.standard();

  @Test
  void readsFrontMatterAndBody() {
    MarkdownDocument doc = READER.read("a.md", """
        ---
        title: "Ferry fares: up again"
        author: Ana de la Cruz
        publication: Harbour Times
        date: 2024-03-04
        caption: A ferry.
        credit: AFP
        slug: ferry-fares
        theme: newsprint
        ---

        First paragraph, *edited* by hand.

        Second paragraph.
        """);
    var meta = doc.article().meta();
    assertEquals("Ferry fares: up again", meta.title());
    assertEquals(LocalDate.of(2024, 3, 4), meta.date());
    assertEquals(2024, meta.publicationYear());
    assertEquals("AFP", meta.caption().credit());
    assertEquals("ferry-fares", meta.slug().value());
    assertEquals("a.md", meta.source());
    assertEquals("newsprint", doc.theme());
    assertEquals(List.of("First paragraph, edited by hand.", "Second paragraph."),
        doc.article().paragraphs());
    assertEquals("<p id=\"p1\">First paragraph, <em>edited</em> by hand.</p>\n"
        + "<p id=\"p2\">Second paragraph.</p>\n", doc.bodyHtml());
  }

  @Test
  void escapesRawHtmlAnEditorTypes() {
    MarkdownDocument doc = READER.read("a.md",
        "---\ntitle: T\n---\n\n<script>alert(1)</script>\n\nText <b onclick=x>bold</b>.\n");
    assertTrue(doc.bodyHtml().contains("&lt;script&gt;"), doc.bodyHtml());
    assertTrue(doc.bodyHtml().contains("&lt;b onclick=x&gt;"), doc.bodyHtml());
  }

  @Test
  void reportsMissingAndBrokenFrontMatterWithTheLine() {
    assertEquals("a.md:1: has no front matter: a Gloss Markdown file starts with a line '---',"
        + " then YAML with at least 'title:', then a closing '---'",
        assertThrows(GlossException.class, () -> READER.read("a.md", "Just text.\n")).describe());
    assertTrue(assertThrows(GlossException.class,
        () -> READER.read("a.md", "---\ntitle: T\n")).getMessage().contains("not closed"));
    GlossException unknown = assertThrows(GlossException.class,
        () -> READER.read("a.md", "---\ntitle: T\nauthr: X\n---\nBody.\n"));
    assertEquals(3, unknown.line());
    assertTrue(unknown.getMessage().contains("unknown front-matter key 'authr'"));
    GlossException yaml = assertThrows(GlossException.class,
        () -> READER.read("a.md", "---\ntitle: T\nauthor: [unclosed\n---\nBody.\n"));
    assertTrue(yaml.getMessage().contains("not valid YAML"), yaml.getMessage());
    assertTrue(yaml.line() >= 3, "line " + yaml.line());
    assertTrue(assertThrows(GlossException.class,
        () -> READER.read("a.md", "---\nauthor: X\n---\nBody.\n")).getMessage()
        .contains("no 'title:'"));
    assertTrue(assertThrows(GlossException.class,
        () -> READER.read("a.md", "---\ntitle: T\ndate: 21 Nov\n---\n")).getMessage()
        .contains("YYYY-MM-DD"));
    assertTrue(assertThrows(GlossException.class,
        () -> READER.read("a.md", "---\ntitle: T\nslug: ../../etc\n---\n")).getMessage()
        .contains("slug"));
  }
}
