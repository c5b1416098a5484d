package dev.gloss.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** What a date expression says, before it is placed on the calendar. */
sealed interface Reading {

  /**
   * A day of a month: "Nov. 21", "21 November 2024", "Tuesday, November 21", "3 March last year".
   *
   * @param year the year as written, if any
   * @param yearShift for "last year" (-1) or "next year" (+1) after the date, else 0
   * @param weekday the weekday written with it, to be checked
   */
  record MonthDay(@Nullable Integer year, int month, int day, int yearShift,
      @Nullable DayOfWeek weekday) implements Reading {
  }

  /**
   * A month: "March", "last January", "February 2011", "August last year".
   *
   * @param yearShift for "last year" (-1) or "next year" (+1) after the month, else 0
   * @param direction -1 for "last March", +1 for "next March", 0 to decide by tense
   */
  record Month(@Nullable Integer year, int month, int yearShift, int direction)
      implements Reading {
  }

  /** A value complete as written: a year, a decade, a duration, "PAST_REF", an ISO date. */
  record Fixed(String value) implements Reading {
  }

  /**
   * A weekday, read against the article's date: "Tuesday", "last Friday", "Wednesday evening".
   *
   * @param direction -1 for "last", +1 for "next", 0 to decide by tense
   * @param part part of day ("EV", "NI", "MO", "AF"), if any
   */
  record Weekday(DayOfWeek weekday, int direction, @Nullable String part) implements Reading {
  }

  /**
   * The article's date moved by some units and given at that unit's grain: "yesterday", "last
   * week", "next year", "earlier this month", "a decade ago".
   */
  record Shift(ChronoUnit unit, int amount, @Nullable String part) implements Reading {
  }

  /** A season: "this spring", "next summer", "spring 2021". */
  record Season(String code, @Nullable Integer year, int yearShift) implements Reading {
  }

  /** A day of the year with a name: "Christmas". */
  record Holiday(int month, int day) implements Reading {
  }

  /** Counted from the last date the text gave: "two days later", "nine months later". */
  record FromLast(ChronoUnit unit, int amount) implements Reading {
  }

  /**
   * A clock time, whose day comes from a nearby day expression: "6 p.m.", "noon".
   *
   * @param nextDay the time is in the small hours after the day it hangs on ("until 1 a.m.")
   */
  record Clock(LocalTime time, boolean nextDay) implements Reading {
  }
}
