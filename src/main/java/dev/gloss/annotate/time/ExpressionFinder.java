package dev.gloss.annotate.time;

import static dev.gloss.annotate.time.Words.COUNT;
import static dev.gloss.annotate.time.Words.MONTH;
import static dev.gloss.annotate.time.Words.MONTHS;
import static dev.gloss.annotate.time.Words.UNIT;
import static dev.gloss.annotate.time.Words.WEEKDAY;

import dev.gloss.model.Span;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds date and time expressions with rules over the raw text. Each rule yields candidates; where
 * candidates overlap the longest wins, so "Tuesday, November 21" beats "Tuesday" and "November
 * 21". Leading prepositions and "the" stay outside the spans, meaningful modifiers ("last",
 * "early", "next") inside.
 */
final class ExpressionFinder {

  private static final String TAIL_YEAR = "(?:,?\\s+(?<year>\\d{4})(?!\\d))?"
      + "(?:\\s+(?<rel>last|next|this) year)?";
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<mon>" + MONTH + ")\\s+(?<day>\\d{1,2})"
          + "(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\d)" + TAIL_YEAR);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<![\\d.,£$€])(?<day>\\d{1,2})(?:st|nd|rd|th)?"
          + "\\s+(?:of\\s+)?(?<mon>" + MONTH + ")" + TAIL_YEAR);
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?:(?:early|late|mid-)\\s*)?(?<mon>" + MONTH + ")\\s+(?:of\\s+)?(?:(?<year>\\d{4})(?!\\d)"
          + "|(?<rel>last|next|this) year)");
  private static final Pattern BARE_MONTH = Pattern.compile(
      "(?:(?<mod>[Ee]arly|[Ll]ate|[Mm]id-|[Ee]arlier|[Ll]ater)\\s*)?"
          + "(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<mon>" + MONTHS + ")(?![\\w'’-])");
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\d$£€.,'’/-])(?:(?:early|late|mid-)\\s*)?(?<year>1[5-9]\\d\\d|20\\d\\d)"
          + "(?![\\d%/-]|[.,]\\d|s\\b)");
  private static final Pattern DECADE = Pattern.compile(
      "(?<![\\d'’])(?<c>1[5-9]|20)(?<d>\\d)0s\\b|['’](?<short>\\d)0s\\b");
  private static final Pattern WEEKDAY_ALONE = Pattern.compile(
      "(?:(?<mod>[Ee]arly|[Ll]ate|[Oo]vernight|[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<wd>" + WEEKDAY + ")"
          + "(?:\\s+(?<part>morning|afternoon|evening|night))?(?![\\w])");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?:(?:early|late|earlier|later)\\s+)?(?<rel>last|next|this)\\s+"
          + "(?<unit>week|month|year|weekend)(?![\\w])"
          + "|(?:end|start|beginning|middle) of (?<of>the|this|last|next) (?<ofunit>year|month"
          + "|week)(?![\\w])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_WORD = Pattern.compile(
      "(?<word>yesterday|today|tomorrow|tonight|last night)"
          + "(?:\\s+(?<part>morning|afternoon|evening|night))?(?![\\w])"
          + "|this (?<thispart>morning|afternoon|evening)(?![\\w])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO_LATER = Pattern.compile(
      "(?<n>" + COUNT + ")[\\s-]+(?<unit>" + UNIT + ")s?\\s+(?<dir>ago|later|earlier)(?![\\w])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REF = Pattern.compile(
      "(?<![\\w'’-])(?:recently|lately|currently|nowadays|now|soon"
          + "|recent (?:days|weeks|months|years)|coming (?:days|weeks|months|years)"
          + "|(?:foreseeable|near) future)(?![\\w'’-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEASON = Pattern.compile(
      "(?:(?:[Ee]arly|[Ll]ate|[Mm]id-)\\s*)?(?:(?<rel>[Tt]his|[Ll]ast|[Nn]ext)\\s+)?"
          + "(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
          + "(?:\\s+(?:of\\s+)?(?<year>\\d{4})(?!\\d))?(?![\\w])");
  private static final Pattern HOLIDAY = Pattern.compile(
      "Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Boxing Day|Halloween"
          + "|Valentine['’]s Day|Bonfire Night|Independence Day|Fourth of July");
  private static final Pattern CLOCK = Pattern.compile(
      "(?<![\\d.:,£$€])(?<h>\\d{1,2})(?:[:.](?<m>[0-5]\\d))?\\s*"
          + "(?<ap>[ap]\\.m\\.|[ap]\\.m(?![\\w.])|[ap]m(?![\\w]))"
          + "|(?<![\\w])(?<named>noon|midday|midnight)(?![\\w])"
          + "|(?<=\\b(?:at|from|until|by|before|after) )(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)"
          + "(?![\\d.:])(?!\\s*[ap]\\.?m)");
  private static final Pattern DURATION = Pattern.compile(
      "(?<![\\w-])(?:(?<next>next)\\s+)?(?<n1>" + COUNT + ")[\\s-]+(?<u1>" + UNIT + ")s?"
          + "(?:(?:,\\s*|\\s+and\\s+)(?<n2>" + COUNT + ")[\\s-]+(?<u2>" + UNIT + ")s?)?"
          + "(?:(?:,\\s*|\\s+and\\s+)(?<n3>" + COUNT + ")[\\s-]+(?<u3>" + UNIT + ")s?)?"
          + "(?![\\w-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VAGUE_SPAN = Pattern.compile(
      "(?<![\\w-])(?<unit>days|weeks|months|years|decades)(?![\\w-])");

  /** Words before a bare month that make it a date ("in March", "since May"). */
  private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "until", "till",
      "by", "from", "through", "before", "after", "during", "of", "to", "between", "and", "or",
      "throughout", "last", "next", "this", "early", "late", "mid");
  /** Words before "a week", "an hour" that make it a stretch of time, not a rate. */
  private static final Set<String> SINGLE_UNIT_PREPOSITIONS = Set.of("for", "in", "under",
      "within", "about", "over", "than", "after", "nearly", "almost", "around", "only", "just",
      "lasted", "took", "past", "spent", "barely", "least", "to");
  /** Words before a count that make it a set or a rate ("every four years"). */
  private static final Set<String> SET_WORDS = Set.of("every", "each", "per", "once", "twice");
  private static final Pattern AMOUNT = Pattern.compile(
      "(?:[$£€]?\\d[\\d.,]*(?:bn|m|k|%)?|million|billion|trillion|times)$");
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s+\\p{Lu}\\p{Ll}");
  private static final Set<String> WEEKDAY_NAME_PREFIXES = Set.of("good", "black", "super",
      "cyber", "ash", "holy", "easter", "maundy", "shrove", "bloody");

  /** All expressions in the text, in text order, none overlapping. */
  List<Candidate> find(String text) {
    List<Candidate> all = new ArrayList<>();
    calendarDates(text, all);
    months(text, all);
    years(text, all);
    weekdays(text, all);
    relatives(text, all);
    seasonsAndHolidays(text, all);
    clocks(text, all);
    durations(text, all);
    return choose(all);
  }

  private static void calendarDates(String text, List<Candidate> out) {
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      int month = Integer.parseInt(iso.group(2));
      int day = Integer.parseInt(iso.group(3));
      if (valid(month, day)) {
        out.add(new Candidate(new Span(iso.start(), iso.end()), new Reading.MonthDay(
            Integer.valueOf(iso.group(1)), month, day, 0, null)));
      }
    }
    for (Pattern pattern : List.of(MONTH_DAY, DAY_MONTH)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        int month = Words.month(m.group("mon"));
        int day = Integer.parseInt(m.group("day"));
        if (!valid(month, day) || "May".equals(m.group("mon")) && m.group("wd") == null
            && pattern == MONTH_DAY && precededByName(text, m.start())) {
          continue;
        }
        DayOfWeek weekday = m.group("wd") == null ? null : Words.weekday(m.group("wd"));
        out.add(new Candidate(new Span(m.start(), m.end()), new Reading.MonthDay(
            year(m.group("year")), month, day, shift(m.group("rel")), weekday)));
      }
    }
  }

  private static void months(String text, List<Candidate> out) {
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      out.add(new Candidate(new Span(m.start(), m.end()), new Reading.Month(year(m.group("year")),
          Words.month(m.group("mon")), shift(m.group("rel")), 0)));
    }
    Matcher bare = BARE_MONTH.matcher(text);
    while (bare.find()) {
      String month = bare.group("mon");
      boolean modified = bare.group("mod") != null || bare.group("rel") != null;
      boolean governed = modified || MONTH_PREPOSITIONS.contains(wordBefore(text, bare.start()));
      boolean nameLike = month.equals("May") || month.equals("March") || month.equals("June");
      if (!governed && (nameLike || precededByName(text, bare.start()))
          || NAME_AFTER.matcher(text.substring(bare.end())).find()) {
        continue;
      }
      out.add(new Candidate(new Span(bare.start(), bare.end()), new Reading.Month(null,
          Words.month(month), 0, shift(bare.group("rel")))));
    }
  }

  private static void years(String text, List<Candidate> out) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      out.add(new Candidate(new Span(m.start(), m.end()), new Reading.Fixed(m.group("year"))));
    }
    Matcher decade = DECADE.matcher(text);
    while (decade.find()) {
      String value;
      if (decade.group("short") != null) {
        String digit = decade.group("short");
        value = (digit.compareTo("1") <= 0 ? "20" : "19") + digit;
      } else {
        value = decade.group("c") + decade.group("d");
      }
      out.add(new Candidate(new Span(decade.start(), decade.end()), new Reading.Fixed(value)));
    }
  }

  private static void weekdays(String text, List<Candidate> out) {
    Matcher m = WEEKDAY_ALONE.matcher(text);
    while (m.find()) {
      String mod = m.group("mod") == null ? null : m.group("mod").toLowerCase(Locale.ROOT);
      String part = m.group("part");
      if (part == null && NAME_AFTER.matcher(text.substring(m.end())).find()
          && !startsWithMonth(text.substring(m.end()))
          || mod == null && WEEKDAY_NAME_PREFIXES.contains(wordBefore(text, m.start()))) {
        continue; // "Sunday Times", "Black Friday"
      }
      int direction = "last".equals(mod) ? -1 : "next".equals(mod) ? 1 : 0;
      String code = part != null ? partCode(part) : "overnight".equals(mod) ? "NI" : null;
      out.add(new Candidate(new Span(m.start(), m.end()),
          new Reading.Weekday(Words.weekday(m.group("wd")), direction, code)));
    }
  }

  private static void relatives(String text, List<Candidate> out) {
    Matcher m = RELATIVE.matcher(text);
    while (m.find()) {
      if (m.group("rel") != null) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        ChronoUnit chrono = unit.equals("weekend") ? ChronoUnit.WEEKS : Words.unit(unit);
        out.add(new Candidate(new Span(m.start(), m.end()), new Reading.Shift(chrono,
            shift(m.group("rel").toLowerCase(Locale.ROOT)), unit.equals("weekend") ? "WE" : null)));
      } else {
        String of = m.group("of").toLowerCase(Locale.ROOT);
        out.add(new Candidate(new Span(m.start(), m.end()), new Reading.Shift(
            Words.unit(m.group("ofunit")), of.equals("the") ? 0 : shift(of), null)));
      }
    }
    Matcher day = DAY_WORD.matcher(text);
    while (day.find()) {
      String part;
      int amount;
      if (day.group("thispart") != null) {
        amount = 0;
        part = partCode(day.group("thispart"));
      } else {
        String word = day.group("word").toLowerCase(Locale.ROOT);
        amount = switch (word) {
          case "yesterday", "last night" -> -1;
          case "tomorrow" -> 1;
          default -> 0;
        };
        part = day.group("part") != null ? partCode(day.group("part"))
            : word.endsWith("night") ? "NI" : null;
      }
      out.add(new Candidate(new Span(day.start(), day.end()),
          new Reading.Shift(ChronoUnit.DAYS, amount, part)));
    }
    Matcher ago = AGO_LATER.matcher(text);
    while (ago.find()) {
      Integer count = Words.count(ago.group("n"));
      ChronoUnit unit = Words.unit(ago.group("unit"));
      String dir = ago.group("dir").toLowerCase(Locale.ROOT);
      Span span = new Span(ago.start(), ago.end());
      if (count == null) {
        out.add(new Candidate(span, new Reading.Fixed(dir.equals("later") ? "FUTURE_REF"
            : "PAST_REF")));
      } else if (dir.equals("ago")) {
        out.add(new Candidate(span, new Reading.Shift(unit, -count, null)));
      } else if (!text.startsWith(" than", ago.end())) { // "three months later than planned"
        out.add(new Candidate(span, new Reading.FromLast(unit,
            dir.equals("later") ? count : -count)));
      }
    }
    Matcher ref = REF.matcher(text);
    while (ref.find()) {
      String word = ref.group().toLowerCase(Locale.ROOT);
      if (word.equals("now") && Character.isUpperCase(ref.group().charAt(0))
          || (word.equals("soon") || word.equals("recently"))
              && wordBefore(text, ref.start()).equals("as")) {
        continue; // "Now the world can see", "as soon as", "as recently as 2021"
      }
      String value = word.startsWith("recent") || word.equals("lately") ? "PAST_REF"
          : word.startsWith("coming") || word.endsWith("future") || word.equals("soon")
          ? "FUTURE_REF" : "PRESENT_REF";
      out.add(new Candidate(new Span(ref.start(), ref.end()), new Reading.Fixed(value)));
    }
  }

  private static void seasonsAndHolidays(String text, List<Candidate> out) {
    Matcher m = SEASON.matcher(text);
    while (m.find()) {
      if (m.group("rel") == null && m.group("year") == null) {
        continue; // "in the summer" could be any summer
      }
      String code = switch (m.group("season").toLowerCase(Locale.ROOT)) {
        case "spring" -> "SP";
        case "summer" -> "SU";
        case "winter" -> "WI";
        default -> "FA";
      };
      out.add(new Candidate(new Span(m.start(), m.end()),
          new Reading.Season(code, year(m.group("year")), shift(m.group("rel")))));
    }
    Matcher holiday = HOLIDAY.matcher(text);
    while (holiday.find()) {
      String name = holiday.group().replace('’', '\'');
      int[] monthDay = switch (name) {
        case "Christmas Eve" -> new int[] {12, 24};
        case "Christmas", "Christmas Day" -> new int[] {12, 25};
        case "Boxing Day" -> new int[] {12, 26};
        case "New Year's Eve" -> new int[] {12, 31};
        case "New Year's Day" -> new int[] {1, 1};
        case "Halloween" -> new int[] {10, 31};
        case "Valentine's Day" -> new int[] {2, 14};
        case "Bonfire Night" -> new int[] {11, 5};
        default -> new int[] {7, 4};
      };
      out.add(new Candidate(new Span(holiday.start(), holiday.end()),
          new Reading.Holiday(monthDay[0], monthDay[1])));
    }
  }

  private static void clocks(String text, List<Candidate> out) {
    Matcher m = CLOCK.matcher(text);
    while (m.find()) {
      LocalTime time;
      if (m.group("named") != null) {
        time = m.group("named").equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
      } else if (m.group("h24") != null) {
        time = LocalTime.of(Integer.parseInt(m.group("h24")), Integer.parseInt(m.group("m24")));
      } else {
        int hour = Integer.parseInt(m.group("h"));
        if (hour < 1 || hour > 12) {
          continue;
        }
        boolean pm = m.group("ap").startsWith("p");
        int minutes = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
        time = LocalTime.of(hour % 12 + (pm ? 12 : 0), minutes);
      }
      String before = text.substring(Math.max(0, m.start() - 24), m.start());
      boolean untilSmallHours = time.getHour() < 5
          && before.matches("(?s).*\\b(?:until|till|to|through)\\s+(?:almost|about|around"
              + "|nearly|after|past)?\\s*$");
      boolean midnight = m.group("named") != null && m.group("named").equals("midnight");
      out.add(new Candidate(new Span(m.start(), m.end()),
          new Reading.Clock(time, untilSmallHours || midnight)));
    }
  }

  private static void durations(String text, List<Candidate> out) {
    Matcher m = DURATION.matcher(text);
    while (m.find()) {
      String first = m.group("n1").toLowerCase(Locale.ROOT);
      String before = wordBefore(text, m.start());
      String rest = text.substring(m.end());
      if (SET_WORDS.contains(before) || rest.matches("(?s)^\\s+old\\b.*")
          || (first.equals("a") || first.equals("an"))
          && !SINGLE_UNIT_PREPOSITIONS.contains(before)
          || AMOUNT.matcher(text.substring(Math.max(0, m.start() - 20), m.start()).strip())
              .find() && (first.equals("a") || first.equals("an"))) {
        continue;
      }
      String value = DurationValue.of(m);
      if (value != null) {
        int start = m.group("next") != null ? m.start() : m.start("n1");
        out.add(new Candidate(new Span(start, m.end()), new Reading.Fixed(value)));
      }
    }
    Matcher vague = VAGUE_SPAN.matcher(text);
    while (vague.find()) {
      String rest = text.substring(vague.end());
      if (wordBefore(text, vague.start()).equals("for")
          || rest.matches("(?s)^\\s+(?:after|before|later|earlier)\\b.*")) {
        String unit = DurationValue.letter(Words.unit(vague.group("unit")));
        out.add(new Candidate(new Span(vague.start(), vague.end()),
            new Reading.Fixed("PX" + unit)));
      }
    }
  }

  /** Longest first; a candidate overlapping one already chosen is dropped. */
  private static List<Candidate> choose(List<Candidate> all) {
    List<Candidate> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
        .thenComparingInt(c -> c.span().start()));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate candidate : sorted) {
      if (chosen.stream().noneMatch(c -> c.span().overlaps(candidate.span()))) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparing(Candidate::span));
    return chosen;
  }

  private static boolean valid(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1
        && day <= java.time.Month.of(month).maxLength();
  }

  private static @Nullable Integer year(@Nullable String year) {
    return year == null ? null : Integer.valueOf(year);
  }

  private static int shift(@Nullable String relative) {
    if (relative == null) {
      return 0;
    }
    return switch (relative.toLowerCase(Locale.ROOT)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private static String partCode(String part) {
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }

  private static boolean startsWithMonth(String rest) {
    return Pattern.compile("^,?\\s+" + MONTH).matcher(rest).find();
  }

  /** The word just before a position, lower-cased; "" at the start of the text. */
  static String wordBefore(String text, int position) {
    int end = position;
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      if (text.charAt(end - 1) == '\n' || ".!?".indexOf(text.charAt(end - 1)) >= 0) {
        return "";
      }
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Whether a capitalised word that does not start a sentence comes just before ("Theresa"). */
  private static boolean precededByName(String text, int position) {
    int end = position;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == end || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    boolean sentenceStart = start == 0 || text.substring(0, start).strip().isEmpty()
        || ".!?\"“‘\n".indexOf(text.substring(0, start).stripTrailing()
            .charAt(text.substring(0, start).stripTrailing().length() - 1)) >= 0;
    return !sentenceStart && !MONTH_PREPOSITIONS.contains(word);
  }
}
