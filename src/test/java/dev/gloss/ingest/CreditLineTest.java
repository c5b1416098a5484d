package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Caption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
