package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void titlesBeforeTheNameGoWhereverTheyStand() {
    assertEquals("Jane Roe", Names.clean("Senate Majority Leader Jane Roe"));
    assertEquals("Dwight Kessler", Names.clean("House Speaker Dwight Kessler"));
    assertEquals("Henrike Vaal", Names.clean("Fisheries Commissioner Henrike Vaal"));
    assertEquals("Simon Achterberg", Names.clean("Dr Simon Achterberg"));
  }

  @Test
  void anOrganisationAfterATitleWordStaysWhole() {
    assertEquals("General Motors", Names.clean("General Motors"));
    assertEquals("Bank of England", Names.clean("Bank of England"));
  }

  @Test
  void aPlaceAfterThePersonIsDropped() {
    assertEquals("Lorna Vickers", Names.clean("Rep. Lorna Vickers of Arizona"));
  }

  @Test
  void aConnectorKeepsAnInstitutionsNameWhole() {
    assertEquals("Teachers for Tomorrow", Names.clean("Teachers for Tomorrow"));
    assertTrue(Names.hasConnector("Reform and Renewal"));
  }

  @Test
  void streetsAndDaysNameNoOne() {
    assertTrue(Names.isPlace("Pennsylvania Avenue"));
    assertFalse(Names.canName("Clifton Road"));
    assertFalse(Names.canName("Tuesday"));
    assertTrue(Names.canName("Jane Roe"));
  }

  @Test
  void sentenceInitialAdverbsAreNotPartOfAName() {
    assertEquals("Roe", Names.clean("Still Roe"));
  }
}
