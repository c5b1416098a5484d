package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MenuLinesTest {

  private static final List<SourceLine> PAGE = PageLines.of("""
      Lakeshore Metro Times
      Local
      Transportation
      Politics
      Search the news

      Commuter rail engineers vote
      """);

  @Test
  void aShortLineUnderOtherShortLinesIsAMenuItem() {
    assertTrue(MenuLines.isItem(PAGE, 4));
  }

  @Test
  void theFirstLinesOfARunAndALineAfterABlankAreNot() {
    assertFalse(MenuLines.isItem(PAGE, 1));
    assertFalse(MenuLines.isItem(PAGE, 5));
  }
}
