package dev.gloss.annotate.time;

import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** TIMEX3 duration values: "three hours and 12 minutes" gives "PT3H12M", "a fortnight" "P2W". */
final class DurationValue {

  private DurationValue() {
  }

  /**
   * The value of a matched duration with up to three parts ({@code n1}/{@code u1} to
   * {@code n3}/{@code u3}); vague counts ("few weeks") give "PXW".
   */
  static @Nullable String of(Matcher m) {
    StringBuilder date = new StringBuilder();
    StringBuilder time = new StringBuilder();
    for (int part = 1; part <= 3; part++) {
      String count = m.group("n" + part);
      if (count == null) {
        break;
      }
      ChronoUnit unit = Words.unit(m.group("u" + part));
      Integer n = Words.count(count);
      String amount;
      if (n == null) {
        amount = "X";
      } else {
        long scaled = switch (unit) {
          case DECADES -> n * 10L;
          case CENTURIES -> n * 100L;
          case WEEKS -> m.group("u" + part).toLowerCase().startsWith("fortnight") ? n * 2L : n;
          default -> n;
        };
        amount = Long.toString(scaled);
      }
      boolean clock = unit == ChronoUnit.HOURS || unit == ChronoUnit.MINUTES
          || unit == ChronoUnit.SECONDS;
      (clock ? time : date).append(amount).append(letter(unit));
    }
    if (date.isEmpty() && time.isEmpty()) {
      return null;
    }
    return "P" + date + (time.isEmpty() ? "" : "T" + time);
  }

  /** The TIMEX3 letter of a unit; decades and centuries count in years. */
  static String letter(ChronoUnit unit) {
    return switch (unit) {
      case SECONDS -> "S";
      case MINUTES, MONTHS -> "M";
      case HOURS -> "H";
      case DAYS -> "D";
      case WEEKS -> "W";
      default -> "Y";
    };
  }
}
