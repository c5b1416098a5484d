package dev.gloss.annotate.time;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What is known about when an article was written, against which relative dates are read.
 *
 * <pre>{@code
 * DateContext.of(LocalDate.of(2024, 11, 26));   // the page gives its date
 * DateContext.yearOnly(2024);                   // only a copyright line's year
 * }</pre>
 *
 * @param anchor the article's date, or a date assumed for it; null when nothing is known
 * @param anchorIsAssumed the anchor is a guess, so values read from it carry a warning
 * @param knownYear the year the article appeared, when known (from the anchor or elsewhere)
 */
public record DateContext(@Nullable LocalDate anchor, boolean anchorIsAssumed,
    @Nullable Integer knownYear) {

  /** Nothing known. */
  public static final DateContext NONE = new DateContext(null, false, null);

  public DateContext {
    if (anchor == null && anchorIsAssumed) {
      throw new IllegalArgumentException("an assumed anchor needs a date");
    }
    if (anchor != null && knownYear != null && anchor.getYear() != knownYear) {
      throw new IllegalArgumentException("anchor " + anchor + " is not in year " + knownYear);
    }
    if (anchor != null && knownYear == null) {
      knownYear = anchor.getYear();
    }
  }

  /** The article's own date. */
  public static DateContext of(LocalDate date) {
    return new DateContext(date, false, date.getYear());
  }

  /** A date taken for the article's without the page saying so. */
  public static DateContext assumed(LocalDate date) {
    return new DateContext(date, true, date.getYear());
  }

  /** Only the year is known; the annotator assumes a day from the dates the text gives. */
  public static DateContext yearOnly(int year) {
    return new DateContext(null, false, year);
  }

  /** The best context from what an article's metadata holds: its date, else its year. */
  public static DateContext from(@Nullable LocalDate date, @Nullable Integer year) {
    if (date != null) {
      return of(date);
    }
    return year == null ? NONE : yearOnly(year);
  }
}
