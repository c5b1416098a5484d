package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which numbers state a quantity. */
class FiguresTest {

  @Test
  void numbersThatLocateOrIdentifyAreNotFigures() {
    assertFalse(Figures.in("Marsh, 41, of Leeds, was arrested."));
    assertFalse(Figures.in("The shop at 18 Carver Street opened in 1999."));
    assertFalse(Figures.in("The last message arrived at 09:40 on Friday."));
    assertFalse(Figures.in("She was released two days later."));
    assertFalse(Figures.in("On page 12, the judge noted the delay."));
    assertTrue(Figures.in("The council cut 12 posts."));
    assertTrue(Figures.in("Tickets now cost $45, up from $30."));
  }

  @Test
  void anOrdinalThirdIsNotAFraction() {
    assertFalse(Figures.in("Achebe, who is seeking a third term, dismissed the attack."));
    assertTrue(Figures.in("The fees had cut foot traffic by a third."));
  }

  @Test
  void aClockTimeIsNoFigure() {
    assertFalse(Figures.in("The minister was interviewed on the radio at 10.30pm."));
    assertFalse(Figures.in("Polls opened at 7.15 am."));
  }

  @Test
  void aRankByCountIsAFigureAndAnOrdinalPlaceIsNot() {
    assertTrue(Figures.in("The strike is the union's fourth this year."));
    assertFalse(Figures.in("She took the third exit off the roundabout."));
  }
}
