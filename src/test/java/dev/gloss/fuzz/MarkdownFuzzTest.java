package dev.gloss.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gloss.markdown.MarkdownDocument;
import dev.gloss.markdown.MarkdownReader;
import dev.gloss.model.GlossException;
import org.jsoup.Jsoup;

/**
 * Any text as Gloss Markdown, front matter and all: it is read or refused with a
 * {@link GlossException}, and raw HTML in the body (a tracer element is planted in it) is never
 * passed through as markup.
 *
 * <p>Fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=MarkdownFuzzTest}.
 */
class MarkdownFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readsAnyMarkdownOrSaysWhyNot(FuzzedDataProvider data) {
    boolean wellFormedFront = data.consumeBoolean();
    String front = data.consumeString(300);
    String body = data.consumeRemainingAsString();
    String markdown = wellFormedFront
        ? "---\ntitle: " + Yaml.quote(front) + "\n---\n\n" + body + "\n\n<" + PageSafety.MARKER
            + ">x</" + PageSafety.MARKER + ">\n"
        : front + body;
    MarkdownDocument document;
    try {
      document = MarkdownReader.standard().read("fuzz.md", markdown);
    } catch (GlossException expected) {
      return;
    }
    assertTrue(Jsoup.parseBodyFragment(document.bodyHtml()).select(PageSafety.MARKER).isEmpty(),
        () -> "raw HTML passed through: " + document.bodyHtml());
  }
}
