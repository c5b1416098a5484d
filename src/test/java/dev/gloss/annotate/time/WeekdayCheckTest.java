package dev.gloss.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekdayCheckTest {

  @Test
  void namesTheNearestYearAndTheWeekdaysEitherSide() {
    WeekdayCheck.Conflict conflict = WeekdayCheck.check(LocalDate.of(2024, 11, 21),
        DayOfWeek.TUESDAY, LocalDate.of(2024, 11, 26)).orElseThrow();
    assertEquals("21 November 2024 was a Thursday, not a Tuesday; the nearest year in which"
        + " 21 November is a Tuesday is 2023; the Tuesdays either side of it are 19 November and"
        + " 26 November 2024", conflict.warning());
    assertEquals(List.of("2023-11-21", "2024-11-19", "2024-11-26"), conflict.alternatives());
  }

  @Test
  void aDateAfterTheArticleIsInThePresentTense() {
    WeekdayCheck.Conflict conflict = WeekdayCheck.check(LocalDate.of(2023, 11, 28),
        DayOfWeek.WEDNESDAY, LocalDate.of(2023, 11, 24)).orElseThrow();
    assertTrue(conflict.warning().startsWith("28 November 2023 is a Tuesday, not a Wednesday"),
        conflict.warning());
  }

  @Test
  void aLeapDayLooksOnlyAtLeapYears() {
    // 29 February 2024 was a Thursday; it next fell on a Monday in 2016 and then 2044.
    WeekdayCheck.Conflict conflict = WeekdayCheck.check(LocalDate.of(2024, 2, 29),
        DayOfWeek.MONDAY, null).orElseThrow();
    assertEquals("2016-02-29", conflict.alternatives().get(0));
  }

  @Test
  void aMatchingWeekdayIsNoConflict() {
    assertTrue(WeekdayCheck.check(LocalDate.of(2024, 6, 10), DayOfWeek.MONDAY, null).isEmpty());
  }
}
