package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxLinesTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));

  private static final String BEFORE = "The harbour board voted on Tuesday to raise ferry fares by"
      + " 12 per cent from the spring.";
  private static final String AFTER = "Commuters who use the early sailing said the rise would"
      + " cost them about £300 a year.";

  /** A video player: controls, title, and a transcript whose turns read like paragraphs. */
  private static final String VIDEO_BOX = """
      Now playing
      Watch: the board chair defends the fare rise
      TRANSCRIPT
      HALLORAN: We held fares for six years, and the fuel bill has doubled since then.
      PRESS: Will the commuter pass go up as well?
      HALLORAN: It will, by less than the single fare, and students keep their discount.""";

  /** The kinds of a page's lines, blank lines and all, as ingest reads them. */
  private static List<LineKind> kindsOfPage(String page) {
    return CLASSIFIER.classify(PageLines.of(page));
  }

  /** The kind of the first line of {@code middle}, set apart between two paragraphs. */
  private static LineKind kindBetweenParagraphs(String middle) {
    return kindsOfPage(BEFORE + "\n\n" + middle + "\n\n" + AFTER + "\n").get(1);
  }

  @Test
  void proseSetTightInABoxThatOpensWithFurnitureIsTheBoxs() {
    assertEquals(List.of(LineKind.PROSE, LineKind.WRAPPER, LineKind.OTHER, LineKind.WRAPPER,
        LineKind.WRAPPER, LineKind.WRAPPER, LineKind.WRAPPER, LineKind.PROSE),
        kindsOfPage(BEFORE + "\n\n" + VIDEO_BOX + "\n\n" + AFTER + "\n"));
  }

  @Test
  void aParagraphTightOverALoneAdvertIsStillAParagraph() {
    assertEquals(LineKind.PROSE,
        kindsOfPage(BEFORE + "\nAdvertisement\n\n" + AFTER + "\n").get(0));
  }

  @Test
  void aShortQuestionOverPointsIsTheBoxsHeading() {
    assertEquals(LineKind.OTHER, kindBetweenParagraphs("What happens now?\n"
        + "The new fares take effect on March 1\nStudents keep their 30 per cent discount"));
  }

  @Test
  void aOneLineParagraphSetApartStaysAParagraph() {
    assertEquals(LineKind.SHORT_SENTENCE, kindBetweenParagraphs("Nobody voted against."));
  }

  @Test
  void onAPageWithoutBlankLinesNoBoxCanBeTold() {
    assertEquals(LineKind.PROSE,
        kindsOfPage(String.join("\n", BEFORE, VIDEO_BOX, AFTER)).get(4));
  }

  @Test
  void onAPageWithoutBlankLinesAPitchBetweenFurnitureIsTheBoxs() {
    List<LineKind> kinds = kindsOfPage(String.join("\n", BEFORE,
        "Get the Harbour Times ferry newsletter",
        "Our transport team's guide to what the fare rise means for you, every Friday.",
        "Enter your email", AFTER));
    assertEquals(LineKind.WRAPPER, kinds.get(2));
  }
}
