package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));

  /** The headline of a header, its lines given with a blank line before each unless joined. */
  private static String headline(String page) {
    List<SourceLine> header = PageLines.of(page);
    List<LineKind> kinds = CLASSIFIER.classify(header);
    return TitleFinder.headline(header, kinds, AuthorFinder.bylineIndex(header, kinds)).text();
  }

  @Test
  void aStandfirstShorterThanTheHeadlineIsStillTheStandfirst() {
    assertEquals("'THEY'RE LIKE PIRANHAS' Seaside chippy owner hires falconer after gulls snatch"
        + " 40 portions a DAY", headline("""
        'THEY'RE LIKE PIRANHAS' Seaside chippy owner hires falconer after gulls snatch 40 portions a DAY

        Fed-up Gaz says the birds have cost him thousands
        """));
  }

  @Test
  void aShortLabelOverTheHeadlineIsNotTheHeadline() {
    assertEquals("Ferry fares to rise across the harbour as fuel costs climb", headline("""
        Cost of living

        Ferry fares to rise across the harbour as fuel costs climb
        """));
  }

  @Test
  void aMenusLastItemIsNotTheHeadlineOverALongOne() {
    assertEquals("Locals near Omeo told it is too late to leave as grassfire jumps containment"
        + " lines", headline("""
        Just In
        Australia
        World
        Search the news

        Locals near Omeo told it is too late to leave as grassfire jumps containment lines

        By Kieran Whitlock
        """));
  }

  @Test
  void aLabelIsNotTheHeadline() {
    assertEquals("Water authority completes smart meter rollout", headline("""
        Water authority completes smart meter rollout

        NEWS PROVIDED BY
        Brindlewood Water Authority
        """));
  }

  @Test
  void aHeadlineInTitleCaseMayEndWithAFullStop() {
    assertEquals("In One County Jail, Medical Calls Went Unanswered for Hours. Four People Died.",
        headline("""
        Local Reporting Network

        In One County Jail, Medical Calls Went Unanswered for Hours. Four People Died.

        by Teodor Vasquez-Lind, Open Ledger
        """));
  }
}
