package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BylineTest {

  @Test
  void readsTheNamesFirstInADatedLineOfFields() {
    assertEquals("Marisa Tkachuk-Bell", Byline.explicit("Marisa Tkachuk-Bell · CNB News · Posted:"
        + " Sep 04, 2025 6:00 AM CDT | Last Updated: September 4").orElseThrow());
  }

  @Test
  void aLineOfFieldsWithNoDateIsNoByline() {
    assertTrue(Byline.explicit("Terms & Conditions | Privacy | Cookie Settings").isEmpty());
  }

  @Test
  void keepsEachWriterOfAStoryTwoOutletsPublish() {
    assertEquals("Teodor Vasquez-Lind and Amara Okoye", Byline.explicit("by Teodor Vasquez-Lind,"
        + " Open Ledger, and Amara Okoye, The Ridge Sentinel").orElseThrow());
  }

  @Test
  void aNameMayGoOnInLowerCaseAfterAHyphen() {
    assertEquals("Park Ji-won", Byline.explicit("By Park Ji-won").orElseThrow());
  }

  @Test
  void readsTheOutletABylineNames() {
    assertEquals("CNB News", Byline.outlet("Marisa Tkachuk-Bell · CNB News · Posted: Sep 04,"
        + " 2025 6:00 AM CDT").orElseThrow());
    assertEquals("THE DAILY HERALDRY", Byline.outlet("By HARRIET OKONKWO-LYLE, CONSUMER AFFAIRS"
        + " REPORTER FOR THE DAILY HERALDRY").orElseThrow());
    assertTrue(Byline.outlet("By Ana Cruz and Jo Roe").isEmpty());
  }

  @Test
  void whatFollowsARoleIsNotAWriter() {
    assertEquals("Anjali Raghavan",
        Byline.explicit("By Anjali Raghavan, Senior Correspondent, Mumbai Desk").orElseThrow());
  }

  @Test
  void aJobInLowerCaseMayStandBetweenByAndTheName() {
    assertEquals("Ann Roe-Whitby",
        Byline.explicit("By chief political correspondent Ann Roe-Whitby").orElseThrow());
    assertEquals("Tom Ellery", Byline.explicit("By our science reporter Tom Ellery").orElseThrow());
  }

  @Test
  void wordsInLowerCaseWithNoJobAfterByAreNoByline() {
    assertTrue(Byline.explicit("Storm battered by high winds hits New Orleans").isEmpty());
  }

  @Test
  void aJobTitleEndsWithTheWordForTheJob() {
    assertTrue(Byline.isJobTitle("Senior Health Correspondent"));
    assertTrue(Byline.isJobTitle("Cheffe de pupitre / Night Desk Chief"));
    assertFalse(Byline.isJobTitle("Police chief resigns after inquiry"));
    assertFalse(Byline.isJobTitle("She is the paper's chief."));
  }

  @Test
  void readsABylineWordOfAnotherLanguageAtTheStartOfTheLine() {
    assertEquals("Lukas Brenner", Byline.explicit("Von Lukas Brenner").orElseThrow());
    assertEquals("Inès Laforge", Byline.explicit("Par Inès Laforge").orElseThrow());
  }

  @Test
  void aParticleOfANameIsNoBylineWord() {
    assertTrue(Byline.explicit("Von der Leyen visits Kyiv as talks resume").isEmpty());
    assertTrue(Byline.explicit("Talks with Ursula von Hagen Schmidt resume").isEmpty());
  }
}
