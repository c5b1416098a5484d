package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.annotate.eval.Counts;
import org.junit.jupiter.api.Test;

class EvalCommandTest {

  @Test
  void aRowWithNothingToScorePrintsNotApplicable() {
    assertEquals("| dates | 0 / 0 / 0 | n/a | n/a | n/a |",
        EvalCommand.row("dates", Counts.ZERO));
  }

  @Test
  void precisionWithoutPredictionsIsNotApplicableButRecallIsZero() {
    assertEquals("| quotes | 0 / 0 / 4 | n/a | 0.000 | 0.000 |",
        EvalCommand.row("quotes", new Counts(0, 0, 4)));
  }

  @Test
  void recallWithoutGoldIsNotApplicable() {
    assertEquals("| claims | 0 / 3 / 0 | 0.000 | n/a | 0.000 |",
        EvalCommand.row("claims", new Counts(0, 3, 0)));
  }

  @Test
  void aScoredRowPrintsItsFigures() {
    assertEquals("| claims | 3 / 4 / 6 | 0.750 | 0.500 | 0.600 |",
        EvalCommand.row("claims", new Counts(3, 4, 6)));
  }

  @Test
  void accuracyOverNothingIsNotApplicable() {
    assertEquals("speaker accuracy: 0 / 0 = n/a", EvalCommand.accuracy("speaker accuracy",
        Counts.ZERO));
    assertEquals("speaker accuracy: 3 / 4 = 0.750", EvalCommand.accuracy("speaker accuracy",
        new Counts(3, 4, 4)));
  }
}
