package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Data files of phrases read as whole-word patterns. */
class VocabularyTest {

  private static final Pattern ACCUSATIONS = Vocabulary.pattern("accusations.txt");

  @Test
  void aStemRunsOnAndASpaceMatchesAHyphen() {
    assertTrue(ACCUSATIONS.matcher("accused of embezzlement").find());
    assertTrue(ACCUSATIONS.matcher("a pork-barrelling scheme").find());
    assertTrue(ACCUSATIONS.matcher("a Slush  Fund").find());
  }

  @Test
  void entriesAreWholeWords() {
    assertFalse(ACCUSATIONS.matcher("the photograph was framed").find());
    assertFalse(ACCUSATIONS.matcher("a graftsman").find());
  }
}
