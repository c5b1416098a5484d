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
 */
public record DateMention(String id, Span span, String text, String value, List<String> warnings)
    implements Annotation {

  public DateMention {
    warnings = List.copyOf(warnings);
  }
}
