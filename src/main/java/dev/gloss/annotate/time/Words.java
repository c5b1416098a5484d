package dev.gloss.annotate.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The words date expressions are made of: months, weekdays, counts and units. */
final class Words {

  static final String MONTHS = "January|February|March|April|May|June|July|August|September"
      + "|October|November|December";
  /** Full names first, so that "September" is not read as "Sep". */
  static final String MONTH = "(?:" + MONTHS
      + "|Jan\\.|Jan|Feb\\.|Feb|Mar\\.|Apr\\.|Apr|Jun\\.|Jul\\.|Aug\\.|Aug|Sept\\.|Sept|Sep\\."
      + "|Oct\\.|Oct|Nov\\.|Nov|Dec\\.|Dec)(?![A-Za-z])";
  static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  static final String COUNT = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
      + "|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a couple of|a few|few"
      + "|several|many|an|a)";
  static final String UNIT = "(?:second|minute|hour|day|week|fortnight|month|year|decade"
      + "|century|centurie)";

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100),
      Map.entry("a couple of", 2));

  private Words() {
  }

  /** The month number of a name or abbreviation, "Sept." gives 9. */
  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (key) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: \"" + name + "\"");
    };
  }

  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The number a count word stands for, or null for a vague one ("few", "several"). */
  static @Nullable Integer count(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    if (key.chars().allMatch(Character::isDigit)) {
      return Integer.valueOf(key);
    }
    return NUMBERS.get(key);
  }

  /** The calendar unit of a unit word, singular or plural ("fortnight" counts as weeks). */
  static ChronoUnit unit(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    if (key.startsWith("centur")) {
      return ChronoUnit.CENTURIES;
    }
    return switch (key.replaceFirst("s$", "")) {
      case "second" -> ChronoUnit.SECONDS;
      case "minute" -> ChronoUnit.MINUTES;
      case "hour" -> ChronoUnit.HOURS;
      case "day" -> ChronoUnit.DAYS;
      case "week", "fortnight" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "year" -> ChronoUnit.YEARS;
      case "decade" -> ChronoUnit.DECADES;
      default -> throw new IllegalArgumentException("not a unit: \"" + word + "\"");
    };
  }
}
