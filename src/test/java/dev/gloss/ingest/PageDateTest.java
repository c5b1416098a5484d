package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageDateTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));
  private static final String PARAGRAPH = "The harbour board voted on Tuesday to raise ferry fares"
      + " by 12 per cent from the spring, the first rise in six years.";
  private static final String HEADLINE = "Harbour board raises ferry fares";

  /** The date of a page: its header, then one paragraph, the body. */
  private static LocalDate date(String header) {
    List<SourceLine> lines = PageLines.of(header + "\n\n" + PARAGRAPH + "\n");
    List<LineKind> kinds = CLASSIFIER.classify(lines);
    int body = lines.size() - 1;
    int headline = 0;
    while (!lines.get(headline).text().equals(HEADLINE)) {
      headline++;
    }
    return PageDate.find(lines, kinds, new BodyLocator.Block(body, body, 0, 0, 0), headline);
  }

  @Test
  void aMastheadsDateOverTheHeadlineGivesWayToTheDateUnderIt() {
    assertEquals(LocalDate.of(2026, 2, 9), date("""
        Thursday, February 12, 2026 | Harbourtown 14°C
        Harbour board raises ferry fares
        By Ann Roe | Harbourtown | Updated: February 9, 2026 18:05 GMT"""));
  }

  @Test
  void aDateOverTheHeadlineDatesTheArticleWhenNoneStandsUnderIt() {
    assertEquals(LocalDate.of(2026, 2, 12), date("""
        February 12, 2026
        Harbour board raises ferry fares
        By Ann Roe"""));
  }

  @Test
  void aPublishedLabelWinsWhereverItStands() {
    assertEquals(LocalDate.of(2026, 2, 8), date("""
        Published February 8, 2026
        Harbour board raises ferry fares
        February 12, 2026"""));
  }
}
