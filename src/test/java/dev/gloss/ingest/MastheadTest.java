package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class MastheadTest {

  private static List<SourceLine> lines(String... texts) {
    return List.of(texts).stream().map(text -> new SourceLine(1, text, true)).toList();
  }

  @Test
  void theNameplateThatEndsWithTheNameIsTheWholeName() {
    List<SourceLine> header = lines("DAILY BLARE", "News", "Get the biggest Blare news");
    assertEquals("DAILY BLARE", Masthead.spelling("Blare", header, header.get(0), null));
  }

  @Test
  void elsewhereOnlyTheNameWhereItEndsALineIsTaken() {
    List<SourceLine> header = lines("Menu", "Subscribe to The Northern Ledger");
    assertEquals("The Northern Ledger",
        Masthead.spelling("Northern Ledger", header, header.get(0), null));
  }

  @Test
  void aShortLineThatHoldsTheNameIsTheOutletsBrand() {
    List<SourceLine> header = lines("Menu", "Coastline Quarterly", "Opinion");
    assertEquals("Coastline Quarterly",
        Masthead.spelling("Coastline", header, header.get(0), null));
  }

  @Test
  void aHeaderWithoutTheNameHasNoSpellingOfIt() {
    List<SourceLine> header = lines("KVTR Action 9 News", "Local News");
    assertNull(Masthead.spelling("Ridgeline Broadcasting", header, header.get(0), null));
  }

  @Test
  void aMastheadMayGiveTheNameByItsInitials() {
    List<SourceLine> header = lines("HTN", "Watch Live", "Ferry fares to rise");
    assertEquals("HTN", Masthead.spelling("Harbour Television Network", header, header.get(0),
        null));
  }
}
