package dev.gloss.ingest.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the machine-readable dates pages carry ({@code datePublished},
 * {@code article:published_time}, {@code <time datetime>}): ISO 8601 with or without a time, an
 * offset or a zone, and the RFC 1123 form some meta tags use.
 *
 * <p>The date is the calendar date in the publisher's own offset, as written: a story stamped
 * {@code 2024-03-04T23:30:00-05:00} came out on 4 March where it was published, although it was
 * already 5 March in UTC. Converting to UTC or to the machine's zone would move it.
 */
final class PublishedDate {

  /** ISO forms, with or without a time, offset or zone ("2024-03-04", "...T14:02:00+01:00"). */
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE,
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT));
  /** "2024-03-04 14:02:00": a space where ISO puts a T. */
  private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");
  /** "+0100" or " +01:00": an offset as java.time's ISO formats do not take it. */
  private static final Pattern LOOSE_OFFSET =
      Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s?([+-]\\d{2}):?(\\d{2})$");

  private PublishedDate() {
  }

  /**
   * The calendar date a machine-readable timestamp gives, in its own offset.
   *
   * @param value the attribute's or property's value
   * @return the date, or empty when the value is not a date this reads
   */
  static Optional<LocalDate> parse(String value) {
    String stamp = SPACE_FOR_T.matcher(value.strip()).replaceFirst("$1T");
    stamp = LOOSE_OFFSET.matcher(stamp).replaceFirst("$1$2:$3");
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.from(format.parse(stamp)));
      } catch (DateTimeParseException e) {
        // not this form; try the next
      }
    }
    return Optional.empty();
  }
}
