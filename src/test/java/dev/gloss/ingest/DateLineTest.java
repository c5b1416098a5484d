package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateLineTest {

  @Test
  void readsAUsDateline() {
    assertEquals(LocalDate.of(2024, 3, 4),
        DateLine.find("Updated 3:14 PM EST, March 4, 2024").orElseThrow());
  }

  @Test
  void readsDotsAsDayMonthYear() {
    assertEquals(LocalDate.of(2025, 5, 14),
        DateLine.find("Published: 14.05.2025 kl. 09:31").orElseThrow());
  }

  @Test
  void aDateAndTimeWithALabelIsAStamp() {
    assertTrue(DateLine.isStamp("Aug. 21, 2026 Updated Aug. 21, 2026 5:40 p.m."));
  }

  @Test
  void aSentenceThatNamesADateAndTimeIsNotAStamp() {
    assertFalse(DateLine.isStamp("The meeting ended at 5:40 p.m. on March 4, 2025."));
    assertFalse(DateLine.isStamp("Aug. 21, 2026"), "no time of day");
  }

  @Test
  void aClockNeedsItsMarks() {
    assertTrue(DateLine.hasClock("Posted Wed 5 Mar 2025 at 4:12pm"));
    assertTrue(DateLine.hasClock("Sun 3 Mar 2024 14.02 GMT"));
    assertFalse(DateLine.hasClock("Man, 54, injured in 10.30 crash"));
  }

  @Test
  void readsYearFirstWithSlashesOrDots() {
    assertEquals(LocalDate.of(2025, 9, 18), DateLine.find("2025/09/18 17:30 JST").orElseThrow());
    assertEquals(LocalDate.of(2025, 9, 8), DateLine.find("Updated 2025.9.8 08:05").orElseThrow());
  }

  @Test
  void aTimeOfDayAloneIsAStampButASentenceWithOneIsNot() {
    assertTrue(DateLine.isStamp("9:05 p.m."));
    assertTrue(DateLine.isStamp("Updated 9:05 p.m. MST"));
    assertFalse(DateLine.isStamp("He left at 9:05 p.m."));
  }
}
