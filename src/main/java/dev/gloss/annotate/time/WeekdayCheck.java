package dev.gloss.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a weekday written with a date ("Tuesday, November 21") and, when they disagree, says so
 * in plain words with the other readings: the nearest year in which the date falls on that
 * weekday, and that weekday on either side of the date.
 */
final class WeekdayCheck {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  /** How far to look for a year in which the date has the weekday (it recurs within 11). */
  private static final int YEARS_TO_SEARCH = 28;

  /**
   * A weekday that does not match its date.
   *
   * @param warning what is wrong, in words
   * @param alternatives the other readings as values, nearest year first
   */
  record Conflict(String warning, List<String> alternatives) {
  }

  private WeekdayCheck() {
  }

  /**
   * The conflict between a date and the weekday written with it, if there is one.
   *
   * @param anchor the article's date, to choose "was" or "is"; may be null
   */
  static Optional<Conflict> check(LocalDate date, DayOfWeek written, @Nullable LocalDate anchor) {
    if (date.getDayOfWeek() == written) {
      return Optional.empty();
    }
    String writtenName = name(written);
    String verb = anchor != null && date.isAfter(anchor) ? "is" : "was";
    StringBuilder warning = new StringBuilder(date.format(DAY_MONTH_YEAR) + " " + verb + " a "
        + name(date.getDayOfWeek()) + ", not a " + writtenName);
    List<String> alternatives = new ArrayList<>();
    MonthDay monthDay = MonthDay.from(date);
    List<Integer> years = nearestYears(monthDay, written, date.getYear());
    if (!years.isEmpty()) {
      warning.append("; the nearest year in which ").append(monthDay.atYear(years.get(0))
          .format(DAY_MONTH)).append(" is a ").append(writtenName).append(" is ")
          .append(String.join(" or ", years.stream().map(String::valueOf).toList()));
      years.forEach(year -> alternatives.add(monthDay.atYear(year).toString()));
    }
    LocalDate before = date.with(TemporalAdjusters.previous(written));
    LocalDate after = date.with(TemporalAdjusters.next(written));
    warning.append("; the ").append(writtenName).append("s either side of it are ")
        .append(before.format(before.getYear() == after.getYear() ? DAY_MONTH : DAY_MONTH_YEAR))
        .append(" and ").append(after.format(DAY_MONTH_YEAR));
    alternatives.add(before.toString());
    alternatives.add(after.toString());
    return Optional.of(new Conflict(warning.toString(), alternatives));
  }

  /** The closest years (one, or two equally close) in which the day falls on the weekday. */
  private static List<Integer> nearestYears(MonthDay monthDay, DayOfWeek weekday, int year) {
    for (int distance = 1; distance <= YEARS_TO_SEARCH; distance++) {
      List<Integer> found = new ArrayList<>();
      for (int candidate : new int[] {year - distance, year + distance}) {
        if (monthDay.isValidYear(candidate)
            && monthDay.atYear(candidate).getDayOfWeek() == weekday) {
          found.add(candidate);
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
