package dev.gloss.model;

import java.util.List;

/**
 * An article's events in the order they happened, as far as the text tells.
 *
 * @param events ordered by date; undated events sit where the text places them
 */
public record Timeline(List<TimelineEvent> events) {

  public static final Timeline EMPTY = new Timeline(List.of());

  public Timeline {
    events = List.copyOf(events);
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
