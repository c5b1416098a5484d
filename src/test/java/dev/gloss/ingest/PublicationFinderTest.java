package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationFinderTest {

  private static List<SourceLine> lines(String... texts) {
    return List.of(texts).stream().map(text -> new SourceLine(1, text, true)).toList();
  }

  @Test
  void dropsTheCompanyFormAfterAComma() {
    assertEquals("Harbour Courier", PublicationFinder.find("Harbour Courier, Inc.", null,
        lines("Menu"), List.of(LineKind.OTHER), "Ferry fares rise"));
  }

  @Test
  void prefersTheMastheadsShorterFormOfTheHoldersName() {
    assertEquals("Tide & Timber", PublicationFinder.find("Tide & Timber Magazine", null,
        lines("Tide & Timber", "Features"), List.of(LineKind.OTHER, LineKind.OTHER),
        "Ferry fares rise"));
  }

  @Test
  void neverNamesAButtonTheHeaderRepeats() {
    assertEquals("Quayside Notes", PublicationFinder.find(null, null,
        lines("Quayside Notes", "Subscribe", "Subscribe"),
        List.of(LineKind.OTHER, LineKind.WRAPPER, LineKind.WRAPPER), "Ferry fares rise"));
  }
}
