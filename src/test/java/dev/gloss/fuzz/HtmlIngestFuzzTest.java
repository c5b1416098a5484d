package dev.gloss.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gloss.ingest.html.HtmlArticle;
import dev.gloss.ingest.html.HtmlIngester;
import dev.gloss.model.GlossException;

/**
 * Any bytes as a saved web page: decoding, the page's metadata and its copy either give an article
 * or say why not with a {@link GlossException}; nothing else may escape (no parser's or JSON
 * reader's exception), and an article found has a headline and no blank paragraph.
 *
 * <p>{@code mvn test} replays the inputs in {@code HtmlIngestFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dgloss.skipSite=true -Dtest=HtmlIngestFuzzTest}.
 */
class HtmlIngestFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void ingestsAnyPageOrSaysWhyNot(byte[] bytes) {
    HtmlArticle read;
    try {
      read = HtmlIngester.standard().ingest("fuzz.html", bytes);
    } catch (GlossException expected) {
      return;
    }
    assertFalse(read.article().meta().title().isBlank(), "a headline");
    for (String paragraph : read.article().paragraphs()) {
      assertFalse(paragraph.isBlank(), "no blank paragraph");
    }
  }
}
