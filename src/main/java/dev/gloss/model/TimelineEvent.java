package dev.gloss.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event of an article's timeline.
 *
 * @param id the event's own id on the page ({@code ev3})
 * @param label a short label made from the sentence: who did what
 * @param when the normalised date (TIMEX3-style: "2024-11-21", "2024-11", "PAST_REF"), or null when
 *     the sentence gives none and the event is placed by its position in the text
 * @param whenText how the text says it ("Tuesday, November 21"), or null
 * @param whenShown the normalised date in words for a reader ("21 November 2024"), or null
 * @param precision how finely the text gives the date (a day, or only a month or a year), or null
 *     when it gives no calendar date
 * @param approximate whether the event is placed by its position in the text rather than by a
 *     date: the text dates it vaguely ("recently") or not at all. A date of low precision ("in
 *     March") is a date, not a placement, and is not approximate
 * @param sourceId the id of the element in the body the event comes from (a date or claim mark, or
 *     a paragraph)
 * @param sentence the sentence the event was read from
 * @param warnings what does not add up about its date, in words
 */
public record TimelineEvent(String id, String label, @Nullable String when,
    @Nullable String whenText, @Nullable String whenShown, @Nullable DatePrecision precision,
    boolean approximate, String sourceId, Span sentence, List<String> warnings) {

  /** What HTML's {@code datetime} accepts of a TIMEX3 value: a year, month, week, day, time. */
  private static final java.util.regex.Pattern HTML_DATETIME = java.util.regex.Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{4}-W\\d{2}|\\d{4}-\\d{2}(?!\\d)"
          + "|\\d{4}(?![\\dX])");

  public TimelineEvent {
    warnings = List.copyOf(warnings);
  }

  /** The same event under another label, as an editor's override gives it. */
  public TimelineEvent withLabel(String newLabel) {
    return new TimelineEvent(id, newLabel, when, whenText, whenShown, precision, approximate,
        sourceId, sentence, warnings);
  }

  /** The same event linking to another element of the body. */
  public TimelineEvent withSource(String newSourceId) {
    return new TimelineEvent(id, label, when, whenText, whenShown, precision, approximate,
        newSourceId, sentence, warnings);
  }

  /**
   * The date as an HTML {@code datetime} value: {@code when} as far as HTML can write it ("2025"
   * for the season "2025-FA", "2024-03-13" for the evening "2024-03-13TEV"), or null when it
   * cannot (a decade, a vague reference).
   */
  public @Nullable String datetime() {
    if (when == null) {
      return null;
    }
    java.util.regex.Matcher html = HTML_DATETIME.matcher(when);
    return html.lookingAt() ? html.group() : null;
  }

  /**
   * Whether the text gives the event's date only coarsely (a week, month, year...), which the
   * page says beside the date.
   */
  public boolean coarse() {
    return precision != null && !precision.isDay();
  }
}
