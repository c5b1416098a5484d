package dev.gloss.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gloss.ingest.SeedDecoder;
import dev.gloss.ingest.TextIngester;
import dev.gloss.model.Article;
import dev.gloss.model.GlossException;

/**
 * Any bytes as a scraped seed: decoding and ingest either find an article or say why not with a
 * {@link GlossException}; nothing else may escape, and an article found has a headline and no
 * blank paragraph.
 *
 * <p>{@code mvn test} replays the inputs in {@code IngestFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=IngestFuzzTest}.
 */
class IngestFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void ingestsAnyBytesOrSaysWhyNot(byte[] bytes) {
    Article article;
    try {
      article = TextIngester.standard().ingest("fuzz.txt", SeedDecoder.decode("fuzz.txt", bytes));
    } catch (GlossException expected) {
      return;
    }
    assertFalse(article.meta().title().isBlank(), "a headline");
    for (String paragraph : article.paragraphs()) {
      assertFalse(paragraph.isBlank(), "no blank paragraph");
    }
  }
}
