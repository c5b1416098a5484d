package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Superlatives that rank, by the tagger. */
class SuperlativeTest {

  @Test
  void anEstAdjectiveRanks() {
    assertTrue(Superlative.in("It was the busiest weekend the airport has had."));
  }

  @Test
  void nounsEndingInEstDoNot() {
    assertFalse(Superlative.in("The protest drew interest from the forest service."));
  }

  @Test
  void datingLocatingAndSelectingDoNot() {
    assertFalse(Superlative.in("The latest polls put her ahead."));
    assertFalse(Superlative.in("The nearest hospital is an hour away."));
    assertFalse(Superlative.in("Of the ten biggest firms, six cut jobs."));
  }
}
