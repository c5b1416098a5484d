package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceLineTest {

  private static SourceLine line(String text) {
    return new SourceLine(1, text, true);
  }

  @Test
  void aPromptSpeaksToTheReaderAsWe() {
    SourceLine prompt = line("Like what you read? Support us from £3 a month.");
    assertTrue(prompt.addressesReader());
    assertTrue(prompt.speaksAsWe());
  }

  @Test
  void wordsInsideQuotationMarksAreTheSpeakersNotTheLines() {
    SourceLine quoted = line("\"We will see you in court,\" she told the board.");
    assertFalse(quoted.addressesReader());
    assertFalse(quoted.speaksAsWe());
  }

  @Test
  void aQuotationRunningOnIntoTheNextParagraphIsTheSpeakersToo() {
    assertFalse(line("Gaz told the Blare: \"You should see us at lunchtime.").speaksAsWe());
  }

  @Test
  void theUsIsTheCountryNotWe() {
    assertFalse(line("US officials said the talks would resume on Monday.").speaksAsWe());
  }

  @Test
  void aHeadlineInTitleCaseIsTitleCasedEvenWithAFullStop() {
    assertTrue(line("In One County Jail, Medical Calls Went Unanswered. Four People Died.")
        .isTitleCased());
    assertFalse(line("Four people died after medical calls went unanswered.").isTitleCased());
  }

  @Test
  void aLabelEndsWithAColonOrBy() {
    assertTrue(line("NEWS PROVIDED BY").isLabel());
    assertTrue(line("Story Source:").isLabel());
    assertFalse(line("Harbour fares rise").isLabel());
  }
}
