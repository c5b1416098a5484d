package dev.gloss.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineEventTest {

  /** A page's {@code <time datetime>} takes only what HTML can write; "none" for no attribute. */
  @ParameterizedTest
  @CsvSource({
      "2024-11-21, 2024-11-21",
      "2026-07-01T22:00, 2026-07-01T22:00",
      "2024-03-13TEV, 2024-03-13",
      "2024-W47, 2024-W47",
      "2024-11, 2024-11",
      "2025-FA, 2025",
      "2024-Q3, 2024",
      "2024, 2024",
      "199X, none",
      "PAST_REF, none",
  })
  void datetimeIsTheValueAsFarAsHtmlCanWriteIt(String when, String datetime) {
    TimelineEvent event = new TimelineEvent("ev1", "label", when, null, null, null, false, "p1",
        new Span(0, 0), List.of());
    assertEquals(datetime.equals("none") ? null : datetime, event.datetime());
  }
}
