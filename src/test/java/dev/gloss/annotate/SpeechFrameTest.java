package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much of a sentence is someone's quoted speech. */
class SpeechFrameTest {

  private static SpeechFrame frame(String text) {
    List<Span> sentences = new SentenceSplitter().split(text);
    List<Quote> quotes = new QuoteAnnotator().annotate(text, sentences, new NameBook(text));
    return SpeechFrame.of(text, sentences.get(0), quotes);
  }

  @Test
  void aQuotationWithItsTagIsMostlyQuoted() {
    SpeechFrame frame = frame("“We stand by every number we have put out,” Mr Tuck said.");
    assertTrue(frame.mostlyQuoted());
    assertEquals("We stand by every number we have put out,", frame.quoted());
    assertFalse(frame.outside().contains("stand by"));
  }

  @Test
  void aQuotedPhraseIsPartialAndLeavesTheWritersSentence() {
    SpeechFrame frame = frame("Sorensen said the governor had \"chosen spreadsheets over "
        + "children.\"");
    assertFalse(frame.mostlyQuoted());
    assertTrue(frame.partial());
    assertTrue(frame.outside().startsWith("Sorensen said the governor had"));
  }

  @Test
  void aSentenceWithoutQuotesIsAllOutside() {
    SpeechFrame frame = frame("The measure passed the Assembly 58-17 in May.");
    assertEquals(0.0, frame.directShare());
    assertFalse(frame.partial());
    assertEquals(SpeechFrame.none("The measure passed the Assembly 58-17 in May."), frame);
  }
}
