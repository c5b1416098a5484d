package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  @Test
  void andSplitsTwoPeopleButNotAnInstitution() {
    assertEquals(List.of("Gov. Marta Quill", "Assembly Speaker Dev Anand"),
        Names.conjuncts("Gov. Marta Quill and Assembly Speaker Dev Anand", word -> false));
    assertEquals(List.of("Ilse Brandt", "Osei"),
        Names.conjuncts("Ilse Brandt and Osei", word -> false));
    assertEquals(List.of("Pemberton", "Osei"),
        Names.conjuncts("Pemberton and Osei", "Osei"::equals));
    assertEquals(List.of("Bread and Roses"), Names.conjuncts("Bread and Roses", word -> false));
  }

  @Test
  void aPossessiveInsideAnInstitutionsNameKeepsItWhole() {
    List<String> found = Names.names("A report by the Legislative Analyst's Office and the "
        + "Farmers' Union said so.").stream().map(Names.Run::text).toList();
    assertTrue(found.contains("Legislative Analyst's Office"), found::toString);
  }

  @Test
  void theBodyBeforeATitleIsAnInstitution() {
    assertEquals("Senate", Names.institutionBeforeTitle("Senate Majority Leader Ana Ruiz"));
    assertEquals("Assembly", Names.institutionBeforeTitle("Assembly Republican Leader Tom Ode"));
    assertEquals("Senate", Names.clean("Senate President"));
    assertNull(Names.institutionBeforeTitle("Energy Minister Joanne Whitley"));
    assertNull(Names.institutionBeforeTitle("Police Chief Ada Moss"));
  }

  @Test
  void anAffiliationAfterTheNameIsDropped() {
    assertEquals("Rosa Imbert", Names.clean("Dr Rosa Imbert of Calder University"));
    assertEquals("Riders Union of Leeds", Names.clean("Riders Union of Leeds"));
  }

  @Test
  void aNameMadeIntoAModifierStillNamesItsOwner() {
    assertEquals("Quill", Names.trimPossessive("Quill-backed"));
  }
}
