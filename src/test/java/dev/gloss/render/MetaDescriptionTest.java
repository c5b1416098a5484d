package dev.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetaDescriptionTest {

  @Test
  void shortTextIsKeptWholeWithItsWhitespaceCollapsed() {
    assertEquals("Artists leaked a tool.", MetaDescription.of("  Artists  leaked\na tool. "));
  }

  @Test
  void longTextIsCutAfterTheLastWholeWordThatFits() {
    String text = "word ".repeat(40) + "end";
    String description = MetaDescription.of(text);
    assertTrue(description.length() <= MetaDescription.MAX_LENGTH, description);
    assertTrue(description.endsWith("word…"), description);
    assertEquals(text.substring(0, description.length() - 1), description.replace("…", ""));
  }

  @Test
  void aCutDropsTheCommaBeforeTheEllipsis() {
    String text = "x".repeat(150) + ", " + "y".repeat(20);
    assertEquals("x".repeat(150) + "…", MetaDescription.of(text));
  }

  @Test
  void oneWordLongerThanTheLimitIsCutInside() {
    assertEquals("y".repeat(159) + "…", MetaDescription.of("y".repeat(300)));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "y".repeat(158) + "😀" + "z".repeat(10);
    assertEquals("y".repeat(158) + "…", MetaDescription.of(text));
  }
}
