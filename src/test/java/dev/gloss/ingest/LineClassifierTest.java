package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineClassifierTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));

  private static List<LineKind> kinds(String... texts) {
    return CLASSIFIER.classify(
        List.of(texts).stream().map(text -> new SourceLine(1, text, true)).toList());
  }

  /** The kinds of a page's lines, blank lines and all, as ingest reads them. */
  private static List<LineKind> kindsOfPage(String page) {
    return CLASSIFIER.classify(PageLines.of(page));
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Aug. 21, 2026 Updated Aug. 21, 2026 5:40 p.m.",
      "Loading...",
      "In One County Jail, Medical Calls Went Unanswered for Hours. Four People Died.",
  })
  void linesThatEndLikeSentencesButAreNoParagraphs(String line) {
    assertEquals(List.of(LineKind.OTHER), kinds(line));
  }

  @Test
  void aLongPromptWithAKnownPhraseThatSpeaksToTheReaderIsFurniture() {
    assertEquals(List.of(LineKind.WRAPPER), kinds("Sign up for the KVTR Morning Rundown"
        + " newsletter and get the day's top stories in your inbox."));
    assertEquals(List.of(LineKind.WRAPPER), kinds("Open Ledger is a nonprofit newsroom that"
        + " investigates abuses of power. Sign up to receive our biggest stories as soon as"
        + " they're published."));
  }

  @Test
  void aLongParagraphThatStartsLikeAPhraseIsStillProse() {
    assertEquals(List.of(LineKind.PROSE), kinds("Sign-up sheets for the allotments went up at"
        + " the library on Monday, and the council said all 40 plots were taken by noon."));
  }

  @Test
  void aLineOfKnownPhrasesIsFurnitureHoweverLongItsSentences() {
    assertEquals(List.of(LineKind.WRAPPER), kinds("This article was produced for Open Ledger's"
        + " Local Reporting Network in partnership with The Ridge Sentinel. Sign up for"
        + " Dispatches to get stories like this one."));
  }

  @Test
  void aSignUpBoxsPitchAndSmallPrintBelongToTheBox() {
    List<LineKind> kinds = kindsOfPage("""
        The falconer flies Hector for two hours over the busiest part of the day, she said.

        Our reporters' best work on state politics, every weekday morning. Free.
        Sign up
        We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.

        Customers have welcomed the new arrival, with some queuing just to get a selfie.
        """);
    assertEquals(List.of(LineKind.PROSE, LineKind.WRAPPER, LineKind.WRAPPER, LineKind.WRAPPER,
        LineKind.PROSE), kinds);
  }

  @Test
  void aParagraphSetApartFromTheBoxStaysAParagraph() {
    List<LineKind> kinds = kindsOfPage("""
        The falconer flies Hector for two hours over the busiest part of the day, she said.

        We asked readers whether you should be able to feed the gulls on the prom in summer.

        Sign up
        """);
    assertEquals(LineKind.PROSE, kinds.get(1));
  }

  @Test
  void aLineSaidInBothTheSitesLanguagesIsItsFurniture() {
    assertEquals(List.of(LineKind.WRAPPER, LineKind.WRAPPER, LineKind.END, LineKind.WRAPPER),
        kinds("Rechercher / Search", "Publicité / Advertisement",
            "Les plus commentés / Most commented",
            "Lire la version anglaise de ce reportage. / Read this report in English."));
  }

  @Test
  void aPromotionInTheImperativeThatSpeaksToTheReaderIsFurniture() {
    assertEquals(List.of(LineKind.WRAPPER),
        kinds("Turn on notifications to get your local forecast first thing every morning."));
    assertEquals(List.of(LineKind.WRAPPER),
        kinds("Follow us on the Harbour Times channel for the day's biggest stories."));
  }

  @Test
  void aParagraphThatOpensWithTheSameVerbButReportsStaysProse() {
    assertEquals(List.of(LineKind.PROSE), kinds("Share prices at the ferry operator fell 4 per"
        + " cent after the harbour board announced the fare rise on Tuesday."));
    assertEquals(List.of(LineKind.PROSE), kinds("\"Get out of your cars and walk,\" the"
        + " harbour master told drivers queuing for the early sailing."));
  }

  @Test
  void aLongLineWithAKnownPhraseInTheImperativePromptsTheReader() {
    assertEquals(List.of(LineKind.WRAPPER), kinds("Download the Harbour Times app and switch on"
        + " alerts to hear about the biggest stories as soon as they break."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Keep reading with a 14-day free trial|END",
      "Subscribe to Harbour Notes to keep reading this post and get the full archive.|END",
      "Video Ad Feedback|WRAPPER",
      "Related videos|WRAPPER",
      "Get the Harbour Times app|WRAPPER",
  })
  void videoPlayersAppsAndPaywallsByTheirWording(String line, LineKind kind) {
    assertEquals(List.of(kind), kinds(line));
  }

  @Test
  void aBylineWithASlashIsNoLineSaidInTwoLanguages() {
    assertEquals(List.of(LineKind.OTHER),
        kinds("By Aiko Morimoto / Harbour Times Staff Writer"));
  }
}
