package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SubjectFinderTest {

  private final SubjectFinder finder = new SubjectFinder();

  @Test
  void subjectWithAppositionAndTimePhrase() {
    assertEquals("The chief executive, Dana Morrow", finder.subject(
            "The chief executive, Dana Morrow, on Friday called the offer "));
  }

  @Test
  void leadingModifierIsSkipped() {
    assertEquals("he", finder.subject("Asked about the vote on Tuesday, he said it was "));
  }

  @Test
  void noVerbNoSubject() {
    assertNull(finder.subject("A so-called "));
  }
}
