package dev.gloss.markdown.directive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a TIMEX-style value is also a valid HTML {@code datetime}, so that it can go on a
 * {@code <time>} element: a year, month, date, week, local date-time, time, or a duration in the
 * HTML subset ({@code P2D}, {@code PT3H}). Values such as {@code PAST_REF} or {@code P2Y} are not.
 */
final class HtmlDatetime {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W(\\d{2})");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?");
  private static final Pattern DURATION =
      Pattern.compile("P(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d{1,3})?S)?)?");

  private HtmlDatetime() {
  }

  static boolean isValid(String value) {
    int t = value.indexOf('T');
    if (t > 0 && !value.startsWith("P")) {
      Matcher date = DATE.matcher(value.substring(0, t));
      return date.matches() && date.group(3) != null && validDate(date)
          && TIME.matcher(value.substring(t + 1)).matches();
    }
    Matcher date = DATE.matcher(value);
    if (date.matches()) {
      return validDate(date);
    }
    Matcher week = WEEK.matcher(value);
    if (week.matches()) {
      int number = Integer.parseInt(week.group(1));
      return number >= 1 && number <= 53;
    }
    if (TIME.matcher(value).matches()) {
      return true;
    }
    // "P" alone and "PT" name no duration at all.
    return DURATION.matcher(value).matches() && !value.equals("P") && !value.endsWith("T");
  }

  private static boolean validDate(Matcher date) {
    try {
      int year = Integer.parseInt(date.group(1));
      int month = date.group(2) == null ? 1 : Integer.parseInt(date.group(2));
      int day = date.group(3) == null ? 1 : Integer.parseInt(date.group(3));
      LocalDate.of(year, month, day);
      return year > 0;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
