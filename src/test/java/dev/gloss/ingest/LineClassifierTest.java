package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineClassifierTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));

  private static List<LineKind> kinds(String... texts) {
    return CLASSIFIER.classify(
        List.of(texts).stream().map(text -> new SourceLine(1, text, true)).toList());
  }

  @Test
  void aClosingPhraseAloneClosesTheArticle() {
    assertEquals(List.of(LineKind.END), kinds("Most read"));
  }

  @Test
  void aClosingPhraseThatLinksToOneHeadlineOnlyInterruptsIt() {
    assertEquals(List.of(LineKind.WRAPPER),
        kinds("Most read | Ferry fares to rise across the harbour in spring"));
  }

  @Test
  void aLoneCreditMakesTheLineAboveItsCaption() {
    assertEquals(List.of(LineKind.CAPTION, LineKind.CAPTION),
        kinds("Boats moored at the quay on a calm morning", "Image: Harbour Board"));
  }
}
