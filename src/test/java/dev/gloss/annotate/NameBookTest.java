package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.SpeakerType;
import org.junit.jupiter.api.Test;

class NameBookTest {

  @Test
  void surnameResolvesToTheNameAfterATitleRun() {
    NameBook names = new NameBook("Senate Majority Leader Jane Roe said the vote was near. "
        + "Roe said so again.");
    assertEquals("Jane Roe", names.canonical("Roe"));
  }

  @Test
  void aLoneFirstWordThatIsNoGivenNameIsTheShortForm() {
    NameBook names = new NameBook("The contract went to Sentinel Aerospace in May. Sentinel "
        + "said it won fairly.");
    assertEquals("Sentinel Aerospace", names.canonical("Sentinel"));
  }

  @Test
  void aNameAfterLowerCaseTheIsNoPerson() {
    NameBook names = new NameBook("He told the Morning Dispatch that he had asked.");
    assertFalse(names.isKnownPerson("Morning Dispatch"));
    assertEquals(SpeakerType.ORGANIZATION, names.typeOf("Morning Dispatch"));
  }

  @Test
  void theOwnerOfAnOrganisationIsPartOfItsName() {
    NameBook names = new NameBook("Ostmark\u2019s Interior Ministry denied the accusation.");
    assertEquals("Ostmark\u2019s Interior Ministry", names.organisationBefore(
        "Ostmark\u2019s Interior Ministry denied the accusation. A spokeswoman said", 60,
        "ministry"));
  }

  @Test
  void aPersonIsStillAPerson() {
    NameBook names = new NameBook("Joanne Whitley, the minister, spoke. Whitley said more.");
    assertTrue(names.isKnownPerson("Whitley"));
    assertEquals(SpeakerType.PERSON, names.typeOf("Joanne Whitley"));
  }
}
