package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which sentences allege a wrong and which rebut one. */
class WrongdoingTest {

  @Test
  void aWrongReportedIsAllegedAndOneEstablishedIsNot() {
    assertTrue(Wrongdoing.alleged("Auditors said the agency breached its own rules."));
    assertFalse(Wrongdoing.alleged("The agency admitted it breached its own rules."));
  }

  @Test
  void aNegationBeforeAWrongRebutsItUnlessTheSentenceAccuses() {
    assertTrue(Wrongdoing.rebutted("The auditors found no breach of the rules."));
    assertFalse(Wrongdoing.rebutted("She accused him of not disclosing the kickbacks."));
    assertFalse(Wrongdoing.rebutted("They did not file returns, and they didn't pay."));
  }
}
