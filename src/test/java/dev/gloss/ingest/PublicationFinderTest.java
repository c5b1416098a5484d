package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationFinderTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));

  private static List<SourceLine> lines(String... texts) {
    return List.of(texts).stream().map(text -> new SourceLine(1, text, true)).toList();
  }

  /** The outlet of a page whose header is {@code header} and whose other lines are {@code rest}. */
  private static String outlet(String holder, String header, String rest) {
    List<SourceLine> top = PageLines.of(header);
    List<SourceLine> page = PageLines.of(header + "\n" + rest);
    return PublicationFinder.find(holder, null, top, CLASSIFIER.classify(top), "Ferry fares rise",
        page);
  }

  @Test
  void dropsTheCompanyFormAfterAComma() {
    assertEquals("Harbour Courier", PublicationFinder.find("Harbour Courier, Inc.", null,
        lines("Menu"), List.of(LineKind.OTHER), "Ferry fares rise", List.of()));
  }

  @Test
  void prefersTheMastheadsShorterFormOfTheHoldersName() {
    assertEquals("Tide & Timber", PublicationFinder.find("Tide & Timber Magazine", null,
        lines("Tide & Timber", "Features"), List.of(LineKind.OTHER, LineKind.OTHER),
        "Ferry fares rise", List.of()));
  }

  @Test
  void neverNamesAButtonTheHeaderRepeats() {
    assertEquals("Quayside Notes", PublicationFinder.find(null, null,
        lines("Quayside Notes", "Subscribe", "Subscribe"),
        List.of(LineKind.OTHER, LineKind.WRAPPER, LineKind.WRAPPER), "Ferry fares rise",
        List.of()));
  }

  @Test
  void dropsATaglineAfterTheName() {
    assertEquals("Statehouse Current", outlet("Statehouse Current, a nonprofit newsroom",
        "Statehouse Current\nDonate", ""));
    assertEquals("The Cedar Fork Ledger", outlet("The Cedar Fork Ledger, a Brightwater Local"
        + " Media company", "The Cedar Fork Ledger\nSign in", ""));
  }

  @Test
  void givesANameplateInCapitalsAsTheRunningTextSpellsIt() {
    assertEquals("Continental News Agency", outlet("The Continental News Agency",
        "CONTINENTAL NEWS AGENCY\nTop News", "Follow the Continental News Agency's coverage."));
  }

  @Test
  void anAcronymStaysInCapitalsWhatEverAnAddressSays() {
    assertEquals("ANB", outlet("ANB", "ANB\nJust In", "Visit www.anb.example for more."));
  }

  @Test
  void namesTheOutletAnOwningCompanysCopyrightLeavesOut() {
    assertEquals("KVTR Action 9 News", outlet("Ridgeline Broadcasting, Inc",
        "Skip to Content\nKVTR Action 9 News\nMenu", "Download the KVTR Action 9 News app"));
  }

  @Test
  void namesTheOutletTheBylineGivesWhenTheCopyrightNamesTheCompany() {
    assertEquals("Daily Heraldry", outlet("Associated Heraldry Newspapers Ltd", """
        Feedback

        Pensioners face council tax rise

        By HARRIET OKONKWO-LYLE, CONSUMER AFFAIRS REPORTER FOR THE DAILY HERALDRY
        """, "Part of the Daily Heraldry, Sunday Heraldry & Metro Media Group"));
    assertEquals("CNB News", outlet("Canadian National Broadcasting", """
        CNB

        Rural school divisions cut bus routes

        Marisa Tkachuk-Bell · CNB News · Posted: Sep 04, 2025 6:00 AM CDT
        """, ""));
  }

  @Test
  void aFirstLineThePageNeverRepeatsDoesNotStandInForTheCompany() {
    assertEquals("Ridgeline", outlet("Ridgeline Broadcasting, Inc",
        "Skip to Content\nWatch Live\nMenu", "Download our app"));
  }

  @Test
  void readsTheOutletFromTheSitesAddresses() {
    assertEquals("West Clare Sentinel", PublicationFinder.find(null, null,
        lines("Menu", "West Clare Sentinel", "News", "Sport", "News"),
        List.of(LineKind.OTHER, LineKind.OTHER, LineKind.OTHER, LineKind.OTHER, LineKind.OTHER),
        "Ferry fares rise", lines("siobhan@westclaresentinel.example")));
  }

  @Test
  void aMenuItemThatALabelRepeatsIsNotTheOutlet() {
    assertEquals("Hunter Coast Times", outlet(null, """
        Hunter Coast Times

        Menu
        Search
        Weather
        Local News

        Local News
        """, ""));
  }

  @Test
  void theFirstNameStandsUnderTheButtonsNotAmongThem() {
    assertEquals("Grow Local", outlet(null, """
        Open in app
        Sign up
        Sign in
        Write
        Search

        Grow Local
        """, ""));
  }
}
