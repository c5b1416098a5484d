package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseListTest {

  private static final PhraseList WRAPPER = PhraseList.load("wrapper-phrases.txt", true);

  @Test
  void joinsASectionIntoOneGroup() {
    String labels = PhraseList.load("credit-words.txt", true).alternation("picture-labels");
    assertTrue(Pattern.compile("^" + labels + "$", Pattern.CASE_INSENSITIVE).matcher("Image")
        .matches());
    assertThrows(IllegalArgumentException.class,
        () -> PhraseList.load("credit-words.txt", true).alternation("no-such-section"));
  }

  /** Site wording the wrapper list knows, and the section that knows it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Enter your email|interrupts",
      "Get the biggest Blare news straight to your inbox|interrupts",
      "Thanks for reading Dockside Dispatch!|interrupts",
      "This article appears in the April 2024 print edition with the headline “Slow Time.”"
          + "|ends",
      "Materials provided by Northgate University.|interrupts",
      "Please log in to leave a comment.|ends",
      "About Brindlewood Water Authority|ends",
      "Cite This Page:|ends",
      "Topics:|ends",
      "This article is republished from The Exchange under a Creative Commons license.|ends",
      "Disclosure statement|ends",
      "SKIP ADVERTISEMENT|interrupts",
      "Share full article|interrupts",
  })
  void knowsTheWordingOfSitesFurniture(String line, String section) {
    assertEquals(Optional.of(section), WRAPPER.section(line, "ends", "interrupts"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Thanks for reading, and drink some water.",
      "About the study",
      "About 300 people attended the meeting.",
  })
  void leavesArticleTextThatLooksLikeIt(String line) {
    assertEquals(Optional.empty(), WRAPPER.section(line, "ends", "interrupts"));
  }
}
