package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which sentences tell of a deed in the past, by the tagger. */
class PastTenseTest {

  @Test
  void aRegularOrIrregularPastAfterItsSubjectCounts() {
    assertTrue(PastTense.in("The council approved the budget."));
    assertTrue(PastTense.in("She left the party in 2019."));
    assertTrue(PastTense.in("Opposition members later walked out."));
  }

  @Test
  void thePresentPerfectCounts() {
    assertTrue(PastTense.in("He has been an MP since the by-election."));
  }

  @Test
  void participlesOfSchedulesAndModifiersDoNot() {
    assertFalse(PastTense.in("The hearing is scheduled for June."));
    assertFalse(PastTense.in("The road will stay closed until Friday."));
    assertFalse(PastTense.in("Introduced in March, the bill faces a vote."));
  }

  @Test
  void reportingVerbsDoNot() {
    assertFalse(PastTense.in("A spokesperson said the count would begin on Monday."));
  }
}
