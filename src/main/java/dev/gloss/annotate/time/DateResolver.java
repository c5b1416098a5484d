package dev.gloss.annotate.time;

import dev.gloss.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Places the expressions of one text on the calendar, in text order: absolute dates get their
 * year from the article, relative ones are counted from the article's date (or from the last
 * date the text gave, for "two days later"), and clock times take the day nearest them.
 */
final class DateResolver {

  /**
   * A value with what is wrong or uncertain about it.
   *
   * @param value the TIMEX3-style value
   * @param warnings plain-words warnings
   * @param alternatives other readings, when the text contradicts itself
   */
  record Resolved(String value, List<String> warnings, List<String> alternatives) {
  }

  /**
   * A past verb sends a date of this year back a year only when the date is further ahead
   * than this: news writes a date from last year with its year, and a date a few days ahead
   * in a past sentence ("called a protest for March 23") is this year's.
   */
  private static final int NEAR_DAYS = 45;
  /** How far into the article its opening, which says what day the news is, runs. */
  private static final int NEWS_DAY_PARAGRAPHS = 3;

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final String text;
  private final List<Span> sentences;
  private final @Nullable LocalDate anchor;
  private final @Nullable Integer year;
  private final @Nullable String assumedNote;
  /** The last day or month value resolved, for "two days later". */
  private @Nullable LocalDate lastDate;

  DateResolver(String text, List<Span> sentences, DateContext context,
      List<Candidate> candidates) {
    this.text = text;
    this.sentences = sentences;
    LocalDate day = context.anchor();
    boolean assumed = context.anchorIsAssumed();
    if (day == null && context.knownYear() != null) {
      day = latestDateIn(candidates, context.knownYear());
      assumed = day != null;
    }
    this.anchor = day;
    this.year = context.knownYear();
    this.assumedNote = assumed && day != null ? "read relative to an assumed date, "
        + day.format(LONG_DATE) + (context.anchorIsAssumed() ? ""
            : " (the latest date the article gives; the page gives only its year)")
        : null;
  }

  /** Resolves all candidates, in order; clock times last, as they hang on the days near them. */
  List<Resolved> resolve(List<Candidate> candidates) {
    List<@Nullable Resolved> resolved = new ArrayList<>();
    for (Candidate candidate : candidates) {
      resolved.add(hangsOnClock(candidate) ? null : resolve(candidate));
    }
    List<Resolved> complete = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Resolved done = resolved.get(i);
      complete.add(done != null ? done
          : candidates.get(i).reading() instanceof Reading.Clock ? clock(candidates, resolved, i)
          : afterClock(candidates, resolved, i));
    }
    return complete;
  }

  private Resolved resolve(Candidate candidate) {
    Reading reading = candidate.reading();
    Span span = candidate.span();
    Resolved result;
    if (reading instanceof Reading.Fixed fixed) {
      result = plain(fixed.value());
    } else if (reading instanceof Reading.MonthDay date) {
      result = monthDay(date, span);
    } else if (reading instanceof Reading.Month month) {
      result = month(month, span);
    } else if (reading instanceof Reading.Weekday weekday) {
      result = weekday(weekday, span);
    } else if (reading instanceof Reading.Shift shift) {
      result = shift(shift);
    } else if (reading instanceof Reading.Season season) {
      result = season(season);
    } else if (reading instanceof Reading.Holiday holiday) {
      result = holiday(holiday, span);
    } else if (reading instanceof Reading.FromLast fromLast) {
      result = fromLast(fromLast);
    } else {
      throw new IllegalStateException("clocks resolve last, not " + reading);
    }
    remember(result.value());
    return result;
  }

  private Resolved monthDay(Reading.MonthDay date, Span span) {
    Integer inYear = date.year();
    if (inYear == null && date.yearShift() != 0) {
      inYear = base() == null ? null : base() + date.yearShift();
    }
    if (inYear == null) {
      inYear = inferYear(date.month(), date.day(), span);
    }
    if (inYear == null) {
      return plain(String.format("XXXX-%02d-%02d", date.month(), date.day()));
    }
    LocalDate day = LocalDate.of(inYear, date.month(), Math.min(date.day(),
        YearMonth.of(inYear, date.month()).lengthOfMonth()));
    if (date.weekday() == null) {
      return plain(day.toString());
    }
    return WeekdayCheck.check(day, date.weekday(), anchor)
        .map(c -> new Resolved(day.toString(), List.of(c.warning()), c.alternatives()))
        .orElseGet(() -> plain(day.toString()));
  }

  private @Nullable Integer inferYear(int month, int day, Span span) {
    if (anchor == null) {
      return year;
    }
    LocalDate same = LocalDate.of(anchor.getYear(), month, Math.min(day,
        YearMonth.of(anchor.getYear(), month).lengthOfMonth()));
    Tense tense = tense(span);
    // Ahead means next year only if that is nearer than this year's date just gone.
    if (tense == Tense.FUTURE && same.isBefore(anchor)
        && ChronoUnit.DAYS.between(anchor, same.plusYears(1))
            < ChronoUnit.DAYS.between(same, anchor)) {
      return anchor.getYear() + 1;
    }
    if (tense == Tense.PAST && same.isAfter(anchor) && (looksBack(span)
        || clauseIsPast(span) && ChronoUnit.DAYS.between(anchor, same) > NEAR_DAYS)) {
      return anchor.getYear() - 1;
    }
    return anchor.getYear();
  }

  private Resolved month(Reading.Month month, Span span) {
    if (month.year() != null) {
      return plain(YearMonth.of(month.year(), month.month()).toString());
    }
    Integer base = base();
    if (base != null && month.yearShift() != 0) {
      return withAssumption(YearMonth.of(base + month.yearShift(), month.month()).toString());
    }
    if (anchor == null) {
      return plain(base == null ? String.format("XXXX-%02d", month.month())
          : YearMonth.of(base, month.month()).toString());
    }
    YearMonth now = YearMonth.from(anchor);
    YearMonth same = YearMonth.of(anchor.getYear(), month.month());
    YearMonth value;
    if (month.direction() < 0) {
      value = same.isBefore(now) ? same : same.minusYears(1);
    } else if (month.direction() > 0) {
      value = same.isAfter(now) ? same : same.plusYears(1);
    } else {
      Tense tense = tense(span);
      if (tense == Tense.FUTURE && same.isBefore(now)) {
        value = same.plusYears(1);
      } else if (tense == Tense.PAST && same.isAfter(now) && (looksBack(span)
          || clauseIsPast(span) && ChronoUnit.MONTHS.between(now, same) > 1)) {
        value = same.minusYears(1);
      } else {
        value = same;
      }
    }
    return withAssumption(value.toString());
  }

  private Resolved weekday(Reading.Weekday weekday, Span span) {
    DayOfWeek day = weekday.weekday();
    if (anchor == null) {
      return new Resolved("XXXX-WXX-" + day.getValue(), List.of(unplaced()), List.of());
    }
    LocalDate date;
    if (weekday.direction() < 0) {
      date = anchor.with(TemporalAdjusters.previous(day));
    } else if (weekday.direction() > 0) {
      date = anchor.with(TemporalAdjusters.next(day));
    } else if (tense(span) == Tense.FUTURE) {
      date = anchor.with(TemporalAdjusters.nextOrSame(day));
    } else {
      date = anchor.with(TemporalAdjusters.previousOrSame(day));
    }
    return withAssumption(date + (weekday.part() == null ? "" : "T" + weekday.part()));
  }

  private Resolved shift(Reading.Shift shift) {
    if (anchor == null) {
      if (shift.unit() == ChronoUnit.YEARS && year != null) {
        return plain(String.valueOf(year + shift.amount()));
      }
      String value = shift.amount() < 0 ? "PAST_REF"
          : shift.amount() > 0 ? "FUTURE_REF" : "PRESENT_REF";
      return new Resolved(value, List.of(unplaced()), List.of());
    }
    LocalDate moved = anchor.plus(shift.amount(), shift.unit());
    return withAssumption(grain(moved, shift.unit(), shift.part()));
  }

  private Resolved season(Reading.Season season) {
    if (season.year() != null) {
      return plain(season.year() + "-" + season.code());
    }
    Integer base = base();
    if (base == null) {
      return new Resolved("XXXX-" + season.code(), List.of(unplaced()), List.of());
    }
    int inYear = base + season.yearShift();
    // A winter belongs to the year it starts in, so January's "this winter" began last year.
    if (season.code().equals("WI") && season.yearShift() == 0 && anchor != null
        && anchor.getMonthValue() <= 2) {
      inYear--;
    }
    return withAssumption(inYear + "-" + season.code());
  }

  private Resolved holiday(Reading.Holiday holiday, Span span) {
    Integer inYear = inferYear(holiday.month(), holiday.day(), span);
    return inYear == null ? plain(String.format("XXXX-%02d-%02d", holiday.month(), holiday.day()))
        : plain(LocalDate.of(inYear, holiday.month(), holiday.day()).toString());
  }

  private Resolved fromLast(Reading.FromLast fromLast) {
    LocalDate from = lastDate != null ? lastDate : anchor;
    if (from == null) {
      return new Resolved(fromLast.amount() > 0 ? "FUTURE_REF" : "PAST_REF",
          List.of(unplaced()), List.of());
    }
    // "Forty minutes later" moves the clock, not the calendar: a date has no hours, so only
    // whole days of them count, and the value stays a day.
    String value = fromLast.unit().isTimeBased()
        ? grain(from.plusDays(java.time.Duration.of(fromLast.amount(), fromLast.unit()).toDays()),
            ChronoUnit.DAYS, null)
        : grain(from.plus(fromLast.amount(), fromLast.unit()), fromLast.unit(), null);
    return lastDate != null ? plain(value) : withAssumption(value);
  }

  /**
   * A clock time on the day written next to it ("at 2pm on Friday"), else the last day its
   * paragraph gives before it, else the day the article's opening reports ("fell apart late
   * Monday ... shortly after 10 p.m."), else the article's date. A time earlier than the one
   * before it in the same paragraph and on the same day is the next morning ("called at 11:40
   * p.m. and under control by 5:30 a.m.").
   */
  private Resolved clock(List<Candidate> candidates, List<@Nullable Resolved> resolved, int i) {
    Reading.Clock clock = (Reading.Clock) candidates.get(i).reading();
    String time = clock.time().toString();
    LocalDate day = null;
    boolean fromAnchor = false;
    Span here = candidates.get(i).span();
    if (i + 1 < candidates.size() && dayOf(resolved.get(i + 1)) != null
        && text.substring(here.end(), candidates.get(i + 1).span().start())
            .matches("\\s*(?:on\\s+|,\\s*)?")) {
      day = dayOf(resolved.get(i + 1));
    }
    int paragraph = paragraphStart(here.start());
    for (int j = i - 1; j >= 0 && day == null
        && candidates.get(j).span().start() >= paragraph; j--) {
      day = dayOf(resolved.get(j));
    }
    if (day == null) {
      day = newsDay(candidates, resolved, i);
    }
    if (day == null) {
      day = anchor;
      fromAnchor = true;
    }
    if (day == null) {
      return plain("T" + time);
    }
    LocalDate on = clock.nextDay() ? day.plusDays(1) : day;
    Resolved before = i > 0 && candidates.get(i - 1).span().start() >= paragraph
        && candidates.get(i - 1).reading() instanceof Reading.Clock ? resolved.get(i - 1) : null;
    if (before != null && before.value().startsWith(on + "T")
        && before.value().substring(11).compareTo(time) > 0) {
      on = on.plusDays(1);
    }
    String value = on + "T" + time;
    resolved.set(i, plain(value));
    return fromAnchor ? withAssumption(value) : plain(value);
  }

  /** A clock time, or a span of hours or minutes counted from the last one ("20 minutes later"). */
  private static boolean hangsOnClock(Candidate candidate) {
    return candidate.reading() instanceof Reading.Clock
        || candidate.reading() instanceof Reading.FromLast last && last.unit().isTimeBased();
  }

  /**
   * "Twenty minutes later" moves on from the last clock time the text gave, on that time's day
   * (the value stays a day: a date has no hours); with no clock before it, from the last day.
   */
  private Resolved afterClock(List<Candidate> candidates, List<@Nullable Resolved> resolved,
      int i) {
    Reading.FromLast last = (Reading.FromLast) candidates.get(i).reading();
    for (int j = i - 1; j >= 0; j--) {
      Resolved earlier = resolved.get(j);
      if (earlier != null && earlier.value().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
        java.time.LocalDateTime moved = java.time.LocalDateTime.parse(earlier.value())
            .plus(last.amount(), last.unit());
        Resolved value = plain(moved.toLocalDate().toString());
        resolved.set(i, value);
        return value;
      }
    }
    Resolved value = fromLast(last);
    resolved.set(i, value);
    return value;
  }

  /** Where the paragraph holding {@code at} starts. */
  private int paragraphStart(int at) {
    int start = text.lastIndexOf("\n\n", at);
    return start < 0 ? 0 : start + 2;
  }

  /**
   * The day the article's opening reports: the latest day its first three paragraphs give
   * before candidate {@code before} that is not after the article's date, or null.
   */
  private @Nullable LocalDate newsDay(List<Candidate> candidates,
      List<@Nullable Resolved> resolved, int before) {
    int limit = 0;
    for (int p = 0; p < NEWS_DAY_PARAGRAPHS && limit >= 0; p++) {
      limit = text.indexOf("\n\n", limit == 0 && p == 0 ? 0 : limit + 2);
    }
    int end = limit < 0 ? text.length() : limit;
    // "A deal announced on Friday fell apart late Monday": the latest day the opening gives
    // is the one its news happened on.
    LocalDate latest = null;
    for (int j = 0; j < before && candidates.get(j).span().start() < end; j++) {
      LocalDate day = dayOf(resolved.get(j));
      if (day != null && (anchor == null || !day.isAfter(anchor))
          && (latest == null || day.isAfter(latest))) {
        latest = day;
      }
    }
    return latest;
  }

  private static @Nullable LocalDate dayOf(@Nullable Resolved resolved) {
    if (resolved == null || !resolved.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return null;
    }
    return LocalDate.parse(resolved.value().substring(0, 10));
  }

  private void remember(String value) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      lastDate = LocalDate.parse(value);
    } else if (value.matches("\\d{4}-\\d{2}")) {
      lastDate = YearMonth.parse(value).atDay(1);
    }
  }

  /** A date at the grain of a unit: a day, an ISO week, a month or a year. */
  private static String grain(LocalDate date, ChronoUnit unit, @Nullable String part) {
    return switch (unit) {
      case WEEKS -> String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + (part == null ? "" : "-" + part);
      case MONTHS -> YearMonth.from(date).toString();
      case YEARS, DECADES, CENTURIES -> String.valueOf(date.getYear());
      default -> date + (part == null ? "" : "T" + part);
    };
  }

  private Tense tense(Span span) {
    return Tense.around(text, sentenceOf(span), span);
  }

  private Span sentenceOf(Span span) {
    return sentences.stream().filter(s -> s.contains(span)).findFirst()
        .orElse(new Span(Math.max(0, span.start() - 120), Math.min(text.length(),
            span.end() + 120)));
  }

  /** "since May" or "last May" can only look back. */
  /**
   * Whether the expression's own clause is in the past ("The fee, which took effect in October,"
   * in an April article): then a later month of this year has not happened yet, so it is last
   * year's. A past verb elsewhere in the sentence ("said") does not say as much.
   */
  private boolean clauseIsPast(Span span) {
    // "have called a protest for March 23": a date after "for" is when the thing is, whatever
    // the tense of the verb that set it.
    return !ExpressionFinder.wordBefore(text, span.start()).equals("for")
        && Tense.inClause(text, sentenceOf(span), span) == Tense.PAST;
  }

  private boolean looksBack(Span span) {
    String before = ExpressionFinder.wordBefore(text, span.start());
    return before.equals("since") || text.startsWith("last", span.start());
  }

  private @Nullable Integer base() {
    return anchor != null ? Integer.valueOf(anchor.getYear()) : year;
  }

  private Resolved withAssumption(String value) {
    return assumedNote == null ? plain(value)
        : new Resolved(value, List.of(assumedNote), List.of());
  }

  private static Resolved plain(String value) {
    return new Resolved(value, List.of(), List.of());
  }

  private String unplaced() {
    return "cannot be placed on the calendar: the article's date is not known"
        + (year == null ? "" : ", only its year, " + year);
  }

  private static @Nullable LocalDate latestDateIn(List<Candidate> candidates, int year) {
    LocalDate latest = null;
    for (Candidate candidate : candidates) {
      if (candidate.reading() instanceof Reading.MonthDay date && date.yearShift() == 0
          && (date.year() == null || date.year() == year)) {
        LocalDate day = LocalDate.of(year, date.month(), Math.min(date.day(),
            YearMonth.of(year, date.month()).lengthOfMonth()));
        if (latest == null || day.isAfter(latest)) {
          latest = day;
        }
      }
    }
    return latest;
  }
}
