package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gloss.model.Caption;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionLinesTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));

  private static List<SourceLine> lines(String... texts) {
    return List.of(texts).stream().map(text -> new SourceLine(1, text, true)).toList();
  }

  @Test
  void aLoneCreditOverALabelledCaptionIsThatCaptionsCredit() {
    List<SourceLine> lines = lines("BRN Wales and the West of England",
        "Image source, Owain Rees/BRN", "Image caption, Volunteers recover the lifeboat on Sunday");
    List<LineKind> kinds = CLASSIFIER.classify(lines);
    assertEquals(LineKind.OTHER, kinds.get(0), "the line above the credit is not its caption");
    assertEquals(new Caption("Volunteers recover the lifeboat on Sunday", "Owain Rees/BRN"),
        CaptionLines.first(lines, kinds));
  }

  @Test
  void aPictureLabelAndTheDescriptionUnderItArePictureLines() {
    List<SourceLine> lines = lines("Image", "A lifeboat on a trailer at the foot of a slipway");
    assertEquals(List.of(LineKind.CAPTION, LineKind.CAPTION), CLASSIFIER.classify(lines));
    assertNull(CaptionLines.first(lines, CLASSIFIER.classify(lines)),
        "a description is not a caption");
  }

  @Test
  void aCaptionMayNameADateButADateLineIsNoCaption() {
    List<SourceLine> captioned = lines("The Ocampos' former home, photographed on Aug. 30, 2025.",
        "Marguerite Olsson / High Desert Chronicle");
    assertEquals(new Caption("The Ocampos' former home, photographed on Aug. 30, 2025.",
        "Marguerite Olsson / High Desert Chronicle"),
        CaptionLines.first(captioned, CLASSIFIER.classify(captioned)));
    List<SourceLine> dated =
        lines("Published on March 14, 2024 at noon", "Photographs by Alex Kim");
    assertNull(CaptionLines.first(dated, CLASSIFIER.classify(dated)));
  }

  @Test
  void theOutletsOwnNameTightUnderACaptionIsItsCredit() {
    List<SourceLine> lines = PageLines.of("""
        The Harbour Times
        Ferry fares to rise by 12 per cent

        Commuters wait for the early sailing at the ferry terminal on Tuesday.
        The Harbour Times

        The harbour board voted on Tuesday to raise ferry fares by 12 per cent from the spring.
        """);
    List<LineKind> kinds = CLASSIFIER.classify(lines);
    assertEquals(List.of(LineKind.CAPTION, LineKind.CAPTION), kinds.subList(2, 4));
    assertEquals(new Caption("Commuters wait for the early sailing at the ferry terminal on"
        + " Tuesday.", "The Harbour Times"), CaptionLines.first(lines, kinds));
  }

  @Test
  void aWritersNameTightUnderTheStandfirstIsNoCredit() {
    List<SourceLine> lines = PageLines.of("""
        The Harbour Times
        Ferry fares to rise by 12 per cent

        The board says fuel costs have doubled since the last rise.
        Aiko Morimoto
        """);
    assertNull(CaptionLines.first(lines, CLASSIFIER.classify(lines)));
  }
}
