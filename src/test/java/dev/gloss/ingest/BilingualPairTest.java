package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BilingualPairTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Rechercher / Search",
      "Rédactrice en chef adjointe / Deputy Managing Editor",
      "Lire la version anglaise de ce reportage. / Read this report in English.",
      "Commentaires (12) / Comments (12)",
  })
  void aLineSaidInTwoLanguagesIsAPair(String line) {
    assertTrue(BilingualPair.of(line).isPresent(), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a breadcrumb has more parts than two
      "Accueil / Nouvelles / Politique",
      // halves too unequal to translate each other
      "Ferries / Harbour board votes to raise fares again in spring",
      // one half a sentence, the other not
      "Read this report in English. / Version anglaise",
      // a half in lower case goes on a sentence
      "the ratio rose to three / four by the end of the year",
      // no spaced slash
      "Gaza/Israel talks resume in Cairo",
  })
  void otherLinesWithASlashAreNoPair(String line) {
    assertTrue(BilingualPair.of(line).isEmpty(), line);
  }

  @Test
  void givesBothHalves() {
    assertEquals(new BilingualPair("Les plus commentés", "Most commented"),
        BilingualPair.of("Les plus commentés / Most commented").orElseThrow());
  }
}
