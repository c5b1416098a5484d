package dev.gloss.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a full calendar date in a page's header line ("Updated 3:14 PM EST, March 4, 2024",
 * "Sun 3 Mar 2024 14.02 GMT", "2024-03-04", "2023-10-12T14:05:00Z", "14.05.2025 kl. 09:31",
 * "2025/09/18 17:30 JST"), and tells a line that is only a date or time stamp from a sentence that
 * names one.
 */
final class DateLine {

  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|"
      + "June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  /** "11/14/2023": month first, as US sites write it, unless the first number cannot be a month. */
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  /** "14.05.2025": day first, as Europe writes it with dots. */
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  /**
   * "2024-03-04", also as the start of a timestamp ("2023-10-12T14:05:00Z"), and the same order
   * with slashes or dots, as East Asian sites print it ("2025/09/18 17:30 JST").
   */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("\\b(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?=T\\d|\\b)");

  /** A time of day with a clock's marks: "5:40 p.m.", "14.02 GMT", "9:12 AM PDT". */
  private static final Pattern CLOCK = Pattern.compile(
      "\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|gmt|bst|utc|[ecmp][sd]t)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
  /** A date stamp has its dates and times and a label or two ("Updated"), no sentence. */
  private static final int MAX_STAMP_WORDS = 3;
  /**
   * A time alone has fewer words beside it ("11:40 p.m.", "Updated 9:05 a.m. MST"): "He left at
   * 5:40 p.m." is a sentence.
   */
  private static final int MAX_TIME_STAMP_WORDS = 2;
  /** Longer than this, a line is no date stamp, and is not searched for dates to tell. */
  private static final int MAX_STAMP_LENGTH = 120;

  private DateLine() {
  }

  /** Whether the line names a time of day with a clock's marks ("5:40 p.m.", "14.02 GMT"). */
  static boolean hasClock(String line) {
    return CLOCK.matcher(line).find();
  }

  /**
   * Whether the line is a date stamp ("Aug. 21, 2026 Updated Aug. 21, 2026 5:40 p.m."): a full
   * date with a time of day, and at most a few words besides; or a time stamp, a time of day with
   * a word or two at most, as a live page sets over each entry ("11:40 p.m."). Such a line ends
   * with a full stop when the time does ("p.m."), but it is not a one-line paragraph.
   */
  static boolean isStamp(String line) {
    if (line.length() > MAX_STAMP_LENGTH || !hasClock(line)) {
      return false;
    }
    String rest = line;
    for (Pattern date : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC, DOTTED, YEAR_FIRST,
        CLOCK)) {
      rest = date.matcher(rest).replaceAll(" ");
    }
    var words = LETTER_WORD.matcher(rest);
    int count = 0;
    while (words.find()) {
      count++;
    }
    return count <= (find(line).isPresent() ? MAX_STAMP_WORDS : MAX_TIME_STAMP_WORDS);
  }

  /** The first valid date the line states in full (day, month and year), if any. */
  static Optional<LocalDate> find(String line) {
    Matcher mdy = MONTH_DAY_YEAR.matcher(line);
    Matcher dmy = DAY_MONTH_YEAR.matcher(line);
    Matcher yearFirst = YEAR_FIRST.matcher(line);
    int best = Integer.MAX_VALUE;
    @Nullable LocalDate found = null;
    if (mdy.find() && mdy.start() < best) {
      LocalDate date = of(mdy.group(3), month(mdy.group(1)), mdy.group(2));
      if (date != null) {
        best = mdy.start();
        found = date;
      }
    }
    if (dmy.find() && dmy.start() < best) {
      LocalDate date = of(dmy.group(3), month(dmy.group(2)), dmy.group(1));
      if (date != null) {
        best = dmy.start();
        found = date;
      }
    }
    Matcher numeric = NUMERIC.matcher(line);
    if (numeric.find() && numeric.start() < best) {
      int first = Integer.parseInt(numeric.group(1));
      int second = Integer.parseInt(numeric.group(2));
      LocalDate date = first > 12 ? of(numeric.group(3), second, numeric.group(1))
          : of(numeric.group(3), first, numeric.group(2));
      if (date != null) {
        best = numeric.start();
        found = date;
      }
    }
    Matcher dotted = DOTTED.matcher(line);
    if (dotted.find() && dotted.start() < best) {
      LocalDate date = of(dotted.group(3), Integer.parseInt(dotted.group(2)), dotted.group(1));
      if (date != null) {
        best = dotted.start();
        found = date;
      }
    }
    if (yearFirst.find() && yearFirst.start() < best) {
      LocalDate date = of(yearFirst.group(1), Integer.parseInt(yearFirst.group(3)),
          yearFirst.group(4));
      if (date != null) {
        found = date;
      }
    }
    return Optional.ofNullable(found);
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static @Nullable LocalDate of(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
