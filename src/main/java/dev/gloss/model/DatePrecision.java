package dev.gloss.model;

/**
 * How finely a date is known: to the day, or only to the week, month, season, quarter, year or
 * decade. A date of low precision is still a date the text gives ("in March", "in 2010"); it is not
 * a position inferred from the order of the text.
 */
public enum DatePrecision {
  DAY("day"),
  WEEK("week"),
  MONTH("month"),
  SEASON("season"),
  QUARTER("quarter"),
  YEAR("year"),
  DECADE("decade");

  private final String unit;

  DatePrecision(String unit) {
    this.unit = unit;
  }

  /** The unit in words, for a reader: "month". */
  public String unit() {
    return unit;
  }

  /** Whether the date names a day (or a time in it), so that it places an event on the calendar. */
  public boolean isDay() {
    return this == DAY;
  }
}
