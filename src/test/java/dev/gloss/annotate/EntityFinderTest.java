package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which capitalised names are entities, of which type, and where they are mentioned. */
class EntityFinderTest {

  private static Map<String, Entity> entities(String text) {
    List<Entity> found = Annotator.standard().annotate(text, (java.time.LocalDate) null)
        .entities();
    return found.stream().collect(Collectors.toMap(Entity::name, e -> e));
  }

  private static EntityType typeOf(String text, String name) {
    Entity entity = entities(text).get(name);
    assertTrue(entity != null, () -> name + " not found in " + entities(text).keySet());
    return entity.type();
  }

  @Test
  void placesAfterAPrepositionAreNotEntities() {
    Map<String, Entity> found = entities("Dwight Kessler, a party member from Montana, spoke "
        + "in Harrisburg on Monday. Kessler later flew to Leeds.");
    assertFalse(found.containsKey("Montana"));
    assertFalse(found.containsKey("Harrisburg"));
    assertTrue(found.containsKey("Dwight Kessler"));
  }

  @Test
  void aCountryStaysAPlaceWhereverItActs() {
    Map<String, Entity> found = entities("Drevland closed its border with Ostmark. "
        + "Ostmark called it theatre, and Kestonia agreed. Kestonian scientists disagreed. "
        + "\"It is for the people of Ostmark,\" Bruno Haslinger said.");
    assertFalse(found.containsKey("Ostmark"), found::toString);
    assertFalse(found.containsKey("Kestonia"), found::toString);
    assertFalse(found.containsKey("Kestonian"), found::toString);
  }

  @Test
  void theStateOfADatelineIsAPlace() {
    assertFalse(entities("HARTWELL, Ohio — Mayor Teresa Calloway defended her budget.")
        .containsKey("Ohio"));
  }

  @Test
  void officesMonthsAndPronounsAreNotEntities() {
    Map<String, Entity> found = entities("The Energy Minister, Joanne Whitley, met the "
        + "Treasurer on Oct. 14. 'No. I will win it,' Whitley said on Tuesday. Asked again, "
        + "she told MPs nothing.");
    assertEquals(List.of("Joanne Whitley"), found.keySet().stream().sorted().toList());
  }

  @Test
  void anAppositionsHeadNounTypesTheName() {
    assertEquals(EntityType.ORGANIZATION, typeOf("The leak, shared on the AI development "
        + "platform Hugging Face, spread fast.", "Hugging Face"));
    assertEquals(EntityType.ORGANIZATION, typeOf("The contract went to Kelso Lattimer, a "
        + "company whose chairman is a donor.", "Kelso Lattimer"));
  }

  @Test
  void outletsAreKnownByTheirNamesWords() {
    assertEquals(EntityType.OUTLET, typeOf("According to minutes seen by the Guardian Post, "
        + "Holcroft attended.", "Guardian Post"));
    assertEquals(EntityType.OUTLET, typeOf("Tuck defended the figures on Sky Today on "
        + "Wednesday.", "Sky Today"));
  }

  @Test
  void aProgrammeIsOtherAndSharesAreInACompany() {
    assertEquals(EntityType.OTHER, typeOf("Crane spoke on Radio Meridian’s Sunrise programme "
        + "on Wednesday.", "Sunrise"));
    assertEquals(EntityType.ORGANIZATION, typeOf("Records show Gordon Feld sold $2.4 million in "
        + "Tallis Grain stock.", "Tallis Grain"));
  }

  @Test
  void anOrganisationIsMentionedByTheShortFormTheTextUses() {
    String text = "The Frontier Party is split. At least nine Frontier senators back the bill. "
        + "The European Commission proposed a cut. The Commission rejected that account.";
    Map<String, Entity> found = entities(text);
    assertEquals(List.of(new Span(4, 18), new Span(43, 51)), found.get("Frontier Party")
        .mentions());
    assertEquals(2, found.get("European Commission").mentions().size());
    assertNull(found.get("Commission"));
  }

  @Test
  void aGroupOfInitialsIsCutFromTheName() {
    String text = "At least 40 Unity Party MPs had concerns.";
    assertEquals(List.of(new Span(12, 23)), entities(text).get("Unity Party").mentions());
  }

  @Test
  void thePlatformXIsAProduct() {
    assertEquals(EntityType.PRODUCT, typeOf("In a post on X, he accused the Commission.", "X"));
  }

  @Test
  void knownPlacesAreNotPeopleOrOrganisations() {
    Map<String, Entity> found = entities("Ada Moss, a Long Beach councillor and former mayor of "
        + "Fresno, said the Bay Area plan would fail. Moss spoke in Sacramento.");
    assertFalse(found.containsKey("Long Beach"), found::toString);
    assertFalse(found.containsKey("Fresno"), found::toString);
    assertFalse(found.containsKey("Bay Area"), found::toString);
    assertTrue(found.containsKey("Ada Moss"));
  }

  @Test
  void aSentenceOpeningOnACommonWordNamesNoOne() {
    Map<String, Entity> found = entities("Transit agencies warned of cuts. The transit tax "
        + "failed. Several Democratic senators said so.");
    assertFalse(found.containsKey("Transit"), found::toString);
    assertFalse(found.containsKey("Several Democratic"), found::toString);
  }

  @Test
  void twoPeopleJoinedByAndAreTwoPeople() {
    Map<String, Entity> found = entities("Gov. Marta Quill and Assembly Speaker Dev Anand "
        + "announced a deal. Quill later said it was over. Anand disagreed.");
    assertEquals(EntityType.PERSON, found.get("Marta Quill").type(), found::toString);
    assertEquals(EntityType.PERSON, found.get("Dev Anand").type(), found::toString);
    assertTrue(found.containsKey("Assembly"), found::toString);
  }

  @Test
  void aMonthThatIsAGivenNameNamesAPerson() {
    Map<String, Entity> found = entities("Ledger Weekly reporter Jun Park and May Okafor "
        + "contributed. The vote is in June.");
    assertTrue(found.containsKey("Jun Park"), found::toString);
    assertTrue(found.containsKey("May Okafor"), found::toString);
  }

  @Test
  void anOutletIsKnownByItsReporters() {
    assertEquals(EntityType.OUTLET, typeOf("The memo, which Harbour Lantern obtained, was short. "
        + "Harbour Lantern reporter Ines Calvo contributed.", "Harbour Lantern"));
  }

  @Test
  void aLongNameAfterTheIsAnInstitutionsWhole() {
    Map<String, Entity> found = entities("Ravi Dhillon, president of the Kisan Jal Sangharsh "
        + "Samiti, said farmers would protest.");
    assertTrue(found.containsKey("Kisan Jal Sangharsh Samiti"), found::toString);
    assertFalse(found.containsKey("Sangharsh Samiti"), found::toString);
  }

  @Test
  void aNamedLawIsADocument() {
    assertEquals(EntityType.DOCUMENT, typeOf("The Groundwater Accountability Act, which the "
        + "Senate passed, was vetoed.", "Groundwater Accountability Act"));
  }

  @Test
  void countiesAndTitlesWithStopsStayWhole() {
    Map<String, Entity> found = entities("Nevada Gov. Rosa Calder met Eureka County "
        + "Commissioner Hal Brandt. Calder said nothing.");
    assertTrue(found.containsKey("Rosa Calder"), found::toString);
    assertFalse(found.containsKey("Nevada Gov"), found::toString);
    assertFalse(found.containsKey("Eureka County"), found::toString);
  }

  @Test
  void aPlaceLedNameIsAnInstitution() {
    assertEquals(EntityType.ORGANIZATION, typeOf("Ines Okafor said Queensland First would "
        + "table a motion. Queensland First has three seats.", "Queensland First"));
  }

  @Test
  void aTitleBeforeTheNameIsTheRole() {
    Map<String, Entity> found = entities("Senate President pro Tem Alma Reyes and Gov. Tomas "
        + "Quill met. Reyes left early.");
    assertEquals("Senate President pro Tem", found.get("Alma Reyes").role(), found::toString);
    assertEquals("Gov.", found.get("Tomas Quill").role(), found::toString);
  }

  @Test
  void whereSomeoneWorksIsNoPerson() {
    Map<String, Entity> found = entities("Ines Calvo, a nurse at Port Ardent General, said the "
        + "fare rise would cost her $60 a month.");
    assertEquals(EntityType.ORGANIZATION, found.get("Port Ardent General").type(),
        found::toString);
    assertFalse(found.containsKey("Ardent General"), found::toString);
  }

  @Test
  void aDatelineOpensTheSentence() {
    Map<String, Entity> found = entities("PORT ARDENT — Passengers on the late ferries would "
        + "pay twice as much. Most passengers travel at night.");
    assertFalse(found.containsKey("Passengers"), found::toString);
  }
}
