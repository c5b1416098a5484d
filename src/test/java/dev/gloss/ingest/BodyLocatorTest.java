package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLocatorTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));
  private static final String FIRST = "The council voted on Tuesday to build a new library in the"
      + " north end of the city, ending a campaign by residents.";
  private static final String SECOND = "Construction is expected to begin next year and to cost"
      + " about $12 million, the council's finance office said.";

  /** The body's first and last line, as texts. */
  private static List<String> body(String... texts) {
    List<SourceLine> lines = List.of(texts).stream().map(text -> new SourceLine(1, text, true))
        .toList();
    BodyLocator.Block block = BodyLocator.locate(lines, CLASSIFIER.classify(lines));
    return List.of(lines.get(block.first()).text(), lines.get(block.last()).text());
  }

  @Test
  void stepsOverABoxUnderItsOwnHeading() {
    assertEquals(List.of(FIRST, SECOND), body(FIRST, FIRST, "Get the morning briefing",
        "Enter your email", "Sign up", "Unsubscribe at any time", SECOND, SECOND));
  }

  @Test
  void stepsOverAPictureInsideTheArticle() {
    assertEquals(List.of(FIRST, SECOND), body(FIRST, FIRST, "Image source, Ann Roe/Courier",
        "Image caption, The site of the new library", "Image", "An empty lot beside a road",
        SECOND, SECOND));
  }

  @Test
  void doesNotStepOverABylineBetweenStandfirstAndBody() {
    assertEquals(List.of(SECOND, SECOND), body(FIRST, "Listen to this article", "By Ana Cruz",
        "March 4, 2025", SECOND, SECOND));
  }

  @Test
  void proseUnderAClosingLineDoesNotJoinTheBody() {
    assertEquals(List.of(SECOND, SECOND), body("Disclosure statement", FIRST, "Email", "Facebook",
        "Print", SECOND, SECOND));
  }

  @Test
  void doesNotStepOverAHeaderThatABylineOpens() {
    assertEquals(List.of(SECOND, SECOND), body(FIRST, "By Ana Cruz", "March 4, 2025", "Share",
        SECOND, SECOND));
  }
}
