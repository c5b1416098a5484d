package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(marked -> marked.content().of(text)).toList();
  }

  @Test
  void aMarkBeforeAFunctionWordClosesTheQuote() {
    assertEquals(List.of("red lines", "never"), quoted("It set out its \u2018red lines\u2019 for "
        + "the talks and said \u2018never\u2019."));
  }

  @Test
  void aPluralPossessiveBeforeANounIsNoClosingMark() {
    assertEquals(List.of("the artists\u2019 work is theirs"), quoted("She said \u2018the "
        + "artists\u2019 work is theirs\u2019."));
  }

  @Test
  void withoutMarksKeepsTheWordsAndTheApostrophes() {
    assertEquals("The office had never received it, and they don\u2019t accept that.",
        QuoteMarks.withoutMarks("The office had \u201cnever received\u201d it, and they "
            + "don\u2019t accept \u2018that\u2019."));
    assertEquals("She said it was simply false.", QuoteMarks.withoutMarks(
        "She said it was \"simply false.\""));
  }
}
