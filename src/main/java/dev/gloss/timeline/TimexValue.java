package dev.gloss.timeline;

import dev.gloss.model.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3-style value read as a point in the calendar: where it starts and how precise it is.
 * Durations and vague references ("PAST_REF") are not points.
 *
 * @param start the first day the value covers
 * @param precision the unit it is precise to: a day, week, month, season, quarter, year or decade
 */
public record TimexValue(LocalDate start, DatePrecision precision)
    implements Comparable<TimexValue> {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

  /** Reads a value; empty for durations, vague references and anything else that is no point. */
  public static Optional<TimexValue> parse(String value) {
    try {
      return Optional.ofNullable(read(value.strip()));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static TimexValue read(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      return new TimexValue(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), DatePrecision.DAY);
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return new TimexValue(monday, DatePrecision.WEEK);
    }
    if ((m = MONTH.matcher(value)).matches()) {
      return new TimexValue(LocalDate.of(num(m, 1), num(m, 2), 1), DatePrecision.MONTH);
    }
    if ((m = SEASON.matcher(value)).matches()) {
      int month = switch (m.group(2)) {
        case "SP" -> 3;
        case "SU" -> 6;
        case "FA", "AU" -> 9;
        default -> 12;
      };
      return new TimexValue(LocalDate.of(num(m, 1), month, 1), DatePrecision.SEASON);
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      return new TimexValue(LocalDate.of(num(m, 1), num(m, 2) * 3 - 2, 1), DatePrecision.QUARTER);
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return new TimexValue(LocalDate.of(num(m, 1), 1, 1), DatePrecision.YEAR);
    }
    if ((m = DECADE.matcher(value)).matches()) {
      return new TimexValue(LocalDate.of(num(m, 1) * 10, 1, 1), DatePrecision.DECADE);
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /**
   * The value in words for a reader, such as "21 November 2024", "week of 18 November 2024" or
   * "summer 2024": no finer than the text gives it, so a season is not shown as its first month.
   */
  public String display() {
    String month = start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return switch (precision) {
      case DAY -> start.getDayOfMonth() + " " + month + " " + start.getYear();
      case WEEK -> "week of " + start.getDayOfMonth() + " " + month + " " + start.getYear();
      case MONTH -> month + " " + start.getYear();
      case SEASON -> season() + " " + start.getYear();
      case QUARTER -> QUARTERS[(start.getMonthValue() - 1) / 3] + " quarter of " + start.getYear();
      case DECADE -> start.getYear() + "s";
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  private static final String[] QUARTERS = {"first", "second", "third", "fourth"};

  private String season() {
    return switch (start.getMonthValue()) {
      case 3 -> "spring";
      case 6 -> "summer";
      case 9 -> "autumn";
      default -> "winter";
    };
  }

  /** Earlier first; of two starting the same day, the more precise first. */
  @Override
  public int compareTo(TimexValue other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : precision.compareTo(other.precision);
  }
}
