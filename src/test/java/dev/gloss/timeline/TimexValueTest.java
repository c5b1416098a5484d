package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import dev.gloss.model.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValueTest {

  @ParameterizedTest
  @CsvSource({
      "2024-11-21, 2024-11-21, DAY, 21 November 2024",
      "2024-03-13TEV, 2024-03-13, DAY, 13 March 2024",
      "2024-03-13T10:30, 2024-03-13, DAY, 13 March 2024",
      "2024-W47, 2024-11-18, WEEK, week of 18 November 2024",
      "2021-W01, 2021-01-04, WEEK, week of 4 January 2021",
      "2024-11, 2024-11-01, MONTH, November 2024",
      "2024-SU, 2024-06-01, SEASON, summer 2024",
      "2024-Q3, 2024-07-01, QUARTER, third quarter of 2024",
      "2025-FA, 2025-09-01, SEASON, autumn 2025",
      "2024, 2024-01-01, YEAR, 2024",
      "199X, 1990-01-01, DECADE, 1990s",
  })
  void readsCalendarPoints(String value, String start, DatePrecision precision, String display) {
    TimexValue read = TimexValue.parse(value).orElseThrow();
    assertEquals(LocalDate.parse(start), read.start());
    assertEquals(precision, read.precision());
    assertEquals(display, read.display());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PAST_REF", "PRESENT_REF", "FUTURE_REF", "P2D", "P3Y", "PXY", "",
      "2024-13-01", "2024-02-30", "soon"})
  void durationsAndVagueReferencesAreNoPoints(String value) {
    assertTrue(TimexValue.parse(value).isEmpty(), value);
  }

  @ParameterizedTest
  @CsvSource({"2024-11, 2024-11-01", "2024, 2024-01-01", "2024-W47, 2024-11-18"})
  void ofTwoStartingTogetherTheMorePreciseComesFirst(String coarse, String fine) {
    assertTrue(TimexValue.parse(fine).orElseThrow()
        .compareTo(TimexValue.parse(coarse).orElseThrow()) < 0);
  }
}
