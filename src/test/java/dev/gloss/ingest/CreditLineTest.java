package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Caption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditLineTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A tool. (Credit: AFP)|A tool.|AFP",
      "Protesters on Tuesday. Photograph: Jane Doe/PA|Protesters on Tuesday.|Jane Doe/PA",
      "Doyle scores. (Photo by Sam Whitaker/Getty Images)|Doyle scores.|Sam Whitaker/Getty Images",
      "A meter on Oct. 8, 2024. Maria Lopez/Springfield Ledger|A meter on Oct. 8, 2024."
          + "|Maria Lopez/Springfield Ledger",
      "Sen. Mabry speaks. (MP Photo/Jordan Ellis)|Sen. Mabry speaks.|MP Photo/Jordan Ellis",
  })
  void splitsCaptionAndCredit(String line, String text, String credit) {
    assertEquals(new Caption(text, credit), CreditLine.parse(line).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The council said the photo (taken in March) was genuine.",
      "Officials credited the volunteers with saving the harbour.",
  })
  void leavesOrdinarySentencesAlone(String line) {
    assertTrue(CreditLine.parse(line).isEmpty(), line);
  }

  @Test
  void readsACreditAfterASeparatorAndATwoWordLabel() {
    assertEquals(new Caption("Boats at the quay on Monday.", "Ann Roe"),
        CreditLine.parse("Boats at the quay on Monday. | Photo Credit: Ann Roe").orElseThrow());
    assertEquals("Ann Roe", CreditLine.standalone("Photo Credit: Ann Roe").orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Crews wait at the terminal. Foto: Rui Falcão/Gazeta|Rui Falcão/Gazeta",
      "Tenants outside the block on Tuesday. Bild: Anders Wiklöf/Nordbild|Anders Wiklöf/Nordbild",
  })
  void knowsTheCreditLabelsOfOtherLanguages(String line, String credit) {
    assertEquals(credit, CreditLine.parse(line).orElseThrow().credit());
  }

  @Test
  void aLabelWithByAndAColonLeavesOnlyTheName() {
    assertEquals("Carla Méndez/KVTR", CreditLine.standalone("Photo by: Carla Méndez/KVTR")
        .orElseThrow());
  }

  @Test
  void aScreenReadersCommaFollowsATwoWordLabelOnly() {
    assertEquals("Owain Rees/BRN", CreditLine.standalone("Image source, Owain Rees/BRN")
        .orElseThrow());
    assertTrue(CreditLine.standalone("Photos, videos and more from the weekend").isEmpty());
  }

  @Test
  void aPhotographerAndOutletAloneIsACreditButABreadcrumbIsNot() {
    assertEquals("Marguerite Olsson / High Desert Chronicle",
        CreditLine.standalone("Marguerite Olsson / High Desert Chronicle").orElseThrow());
    assertTrue(CreditLine.standalone("World / Europe").isEmpty());
  }

  @Test
  void aNameAfterTheCaptionsSentenceIsItsCredit() {
    assertEquals(new Caption("A train leaves Union Terminal on Sunday evening.",
        "Lakeshore Metro Times"), CreditLine.parse(
            "A train leaves Union Terminal on Sunday evening. Lakeshore Metro Times")
        .orElseThrow());
  }

  @Test
  void aHeadlineInTitleCaseIsNotACaptionAndItsCredit() {
    assertTrue(CreditLine.parse("Storm Batters Coast. Thousands Flee Their Homes").isEmpty());
  }

  @Test
  void aLongParagraphEndingInNamesIsNotACaption() {
    String paragraph = "The council met for four hours on Tuesday night and heard from more than"
        + " forty residents who live along the route, most of whom said they had not been told"
        + " about the plan until the week before the vote was held. Mayor Ana Diaz";
    assertTrue(CreditLine.parse(paragraph).isEmpty());
  }

  @Test
  void anAgencyNameEndsACaptionInCapitalsOrAfterItsSentence() {
    assertEquals(new Caption("The hospital, discussed in private for 18 months", "ALAMY"),
        CreditLine.parse("The hospital, discussed in private for 18 months ALAMY").orElseThrow());
    assertEquals("Reuters",
        CreditLine.parse("Boats wait outside the port on Monday. Reuters").orElseThrow().credit());
    assertTrue(CreditLine.parse("Port strike will go ahead next week, union tells Reuters")
        .isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Patrol captain Mia Castellano with her board. (Supplied)|Supplied",
      "Fire crews on a hillside east of Omeo.(ANB Gippsland: Kieran Whitlock)"
          + "|ANB Gippsland: Kieran Whitlock",
      "A school bus outside the depot on Wednesday. (Deven Harcourt/CNB)|Deven Harcourt/CNB",
  })
  void readsABracketedCreditWithNoLabelWordAfterTheSentence(String line, String credit) {
    assertEquals(credit, CreditLine.parse(line).orElseThrow().credit());
  }

  @Test
  void aBracketedNoteAfterAParagraphIsNotACredit() {
    assertTrue(CreditLine.parse("The council met on Monday. (Update: the vote was delayed)")
        .isEmpty());
  }

  @Test
  void anOutletsInitialsMayLeadTheLabel() {
    assertEquals(new Caption("Hawkers at the Kovan food centre.", "ST COURIER PHOTO: DARREN QUEK"),
        CreditLine.parse("Hawkers at the Kovan food centre. ST COURIER PHOTO: DARREN QUEK")
            .orElseThrow());
  }

  @Test
  void aLabelMayBeGluedToTheSentenceWithDots() {
    assertEquals(new Caption("A home in the foothills north of Tucson.",
        "Ximena Larkspur for The Meridian Times"), CreditLine.parse("A home in the foothills"
            + " north of Tucson.Credit...Ximena Larkspur for The Meridian Times").orElseThrow());
  }

  @Test
  void knowsAgenciesOfManyCountries() {
    assertEquals("Yonhap", CreditLine.parse("Commuters board a train at Seoul Station on Monday."
        + " (Yonhap)").orElseThrow().credit());
  }

  @Test
  void readsALabelledCaption() {
    assertEquals("Volunteers recover the lifeboat on Sunday", CreditLine.labelledCaption(
        "Image caption, Volunteers recover the lifeboat on Sunday").orElseThrow());
    assertTrue(CreditLine.labelledCaption("Volunteers recover the lifeboat on Sunday").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Image", "Photo", "Bild"})
  void aPictureLabelIsTheWordAlone(String line) {
    assertTrue(CreditLine.isPictureLabel(line));
    assertFalse(CreditLine.isPictureLabel(line + "s of the week"));
  }

  @Test
  void aWritersNameOverTheirJobOrOutletIsNoCredit() {
    assertTrue(CreditLine.standalone("By Aiko Morimoto / Harbour Times Staff Writer").isEmpty());
    assertTrue(CreditLine.standalone("Aiko Morimoto / Staff Writer").isEmpty());
    assertEquals("Aiko Morimoto / Harbour Times",
        CreditLine.standalone("Aiko Morimoto / Harbour Times").orElseThrow());
  }
}
