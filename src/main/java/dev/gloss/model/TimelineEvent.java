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
 * @param approximate whether the position in the timeline is inferred rather than dated
 * @param sourceId the id of the element in the body the event comes from (a date or claim mark, or
 *     a paragraph)
 * @param sentence the sentence the event was read from
 * @param warnings what does not add up about its date, in words
 */
public record TimelineEvent(String id, String label, @Nullable String when,
    @Nullable String whenText, @Nullable String whenShown, boolean approximate, String sourceId, Span sentence,
    List<String> warnings) {

  public TimelineEvent {
    warnings = List.copyOf(warnings);
  }
}
