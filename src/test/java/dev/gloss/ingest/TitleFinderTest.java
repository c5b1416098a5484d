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
  void summaryPointsSetTogetherStandUnderTheHeadline() {
    assertEquals("Pensioners in three county towns face £312 council tax rise after councillors"
        + " vote down freeze", headline("""
        Pensioners in three county towns face £312 council tax rise after councillors vote down freeze

        Councillors in Wyndmere voted 22-19 against a freeze backed by the leader
        Rise of 7.9 per cent is the largest allowed without a local referendum
        Opposition leader said it would 'hit those on fixed incomes hardest'
        """));
  }

  @Test
  void aBreadcrumbLineThatRepeatsTheHeadlineDoesNotHideIt() {
    assertEquals("Insurers Quit Arizona Foothills as Wildfire Models Redraw the Map", headline("""
        U.S.|Insurers Quit Arizona Foothills as Wildfire Models Redraw the Map https://news.example/1
        Supported by

        Insurers Quit Arizona Foothills as Wildfire Models Redraw the Map

        By Renata Oyelaran-Voss
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

  @Test
  void pointsUnderALabelAreTheLabelsBoxNotSummaryPoints() {
    assertEquals("Harbour board raises ferry fares for the first time in six years", headline("""
        Harbour board raises ferry fares for the first time in six years
        Topic: Transport

        Key facts:
        Single fares rise by 12 per cent from March 1
        Students keep their 30 per cent discount
        """));
  }

  @Test
  void aWritersJobTitleUnderTheirNameIsNotTheHeadline() {
    assertEquals("Harbour board raises ferry fares for the first time in six years", headline("""
        Harbour board raises ferry fares for the first time in six years

        Mairead Tolan
        Senior Transport and Infrastructure Correspondent
        """));
  }
}
