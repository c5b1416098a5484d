package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

  private static Optional<LocalDate> date(String value) {
    return PublishedDate.parse(value);
  }

  @Test
  void isTheDateInThePublishersOwnOffsetNotInUtc() {
    // 23:30 in New York on 4 March is already 5 March in UTC; the story came out on the 4th.
    assertEquals(Optional.of(LocalDate.of(2024, 3, 4)), date("2024-03-04T23:30:00-05:00"));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), date("2024-03-05T00:30:00+09:00"));
  }

  @Test
  void readsTheIsoFormsPagesUse() {
    LocalDate day = LocalDate.of(2023, 10, 12);
    for (String value : new String[] {"2023-10-12", "2023-10-12T06:05:00Z",
        "2023-10-12T06:05:00.000+01:00", "2023-10-12T06:05+0100", "2023-10-12 06:05:00",
        "2023-10-12T06:05:00 +01:00", " 2023-10-12T06:05:00+01:00[Europe/London] ", "2023/10/12",
        "Thu, 12 Oct 2023 06:05:00 GMT"}) {
      assertEquals(Optional.of(day), date(value), value);
    }
  }

  @Test
  void readsNothingFromWhatIsNotAValidDate() {
    for (String value : new String[] {"", "yesterday", "October 12, 2023", "2023-02-30",
        "2023-13-01T00:00:00Z", "12/10/2023"}) {
      assertEquals(Optional.empty(), date(value), value);
    }
  }
}
