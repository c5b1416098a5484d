package dev.gloss.model;

import java.util.List;

/**
 * A date or time expression and its normalised value.
 *
 * @param id stable id, such as {@code d1}
 * @param span where the expression is
 * @param text the expression as written
 * @param value its TIMEX3-style value ("2024-11-21", "2024-W47", "PAST_REF", "P2D")
 * @param warnings what does not add up about it, in words (a weekday that does not match the date)
 * @param alternatives other readings of an expression the text contradicts, as values (for
 *     "Tuesday, November 21" in 2024: "2023-11-21", "2024-11-19", "2024-11-26"); empty when the
 *     text is consistent
 */
public record DateMention(String id, Span span, String text, String value, List<String> warnings,
    List<String> alternatives) implements Annotation {

  public DateMention {
    warnings = List.copyOf(warnings);
    alternatives = List.copyOf(alternatives);
  }

  /** A mention the text does not contradict. */
  public DateMention(String id, Span span, String text, String value, List<String> warnings) {
    this(id, span, text, value, warnings, List.of());
  }

  /** Whether the text contradicts itself here, so that the value is one of several readings. */
  public boolean conflict() {
    return !alternatives.isEmpty();
  }
}
