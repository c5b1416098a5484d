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

  /** The body's first and last line, as texts, of a page given with its blank lines. */
  private static List<String> bodyOfPage(String page) {
    List<SourceLine> lines = PageLines.of(page);
    BodyLocator.Block block = BodyLocator.locate(lines, CLASSIFIER.classify(lines));
    return List.of(lines.get(block.first()).text(), lines.get(block.last()).text());
  }

  @Test
  void stepsOverAVideoBoxLongerThanAnyLooseBox() {
    String page = String.join("\n\n", FIRST, FIRST, String.join("\n", "Video Ad Feedback",
        "Watch: the council leader on the new library", "02:31 - Source: Metro TV", "Play Video",
        "Now playing", "TRANSCRIPT (EXCERPT)",
        "KERR: We have waited eleven years for this, and the north end deserves a library.",
        "HOST: And the cost?", "KERR: It is within the budget the council set in the spring.",
        "Related video", "Residents queue for the last day of the mobile library", "01:58"),
        SECOND, SECOND);
    assertEquals(List.of(FIRST, SECOND), bodyOfPage(page));
  }

  @Test
  void stepsOverAClosingPhraseSetAloneAsAButtonAmongParagraphs() {
    String page = String.join("\n\n", FIRST, FIRST, "Leave a comment", SECOND, SECOND, SECOND);
    assertEquals(List.of(FIRST, SECOND), bodyOfPage(page));
  }

  @Test
  void aClosingPhraseOverACommentThreadStillClosesTheArticle() {
    String page = String.join("\n\n", FIRST, FIRST, FIRST, "Leave a comment",
        "Maggie Tran\n2h ago\n" + SECOND, "Dev Patel\n1h ago\n" + SECOND);
    assertEquals(List.of(FIRST, FIRST), bodyOfPage(page));
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

  @Test
  void stepsOverAHeadingOverHeadlinesInAnyLanguage() {
    String page = String.join("\n\n", FIRST, FIRST, "Mehr zum Thema\nNeue Bibliothek: Was"
        + " sich für Leser ändert\nWarum der Bau erst 2027 beginnt", SECOND, SECOND);
    assertEquals(List.of(FIRST, SECOND), bodyOfPage(page));
  }

  @Test
  void doesNotStepOverTheFieldsUnderABylineAsABox() {
    String page = String.join("\n\n", FIRST, "Reporter Desk\nAna Cruz\nMarch 4, 2025",
        SECOND, SECOND);
    assertEquals(List.of(SECOND, SECOND), bodyOfPage(page));
  }
}
