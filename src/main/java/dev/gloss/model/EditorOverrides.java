package dev.gloss.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An editor's corrections to the timeline and fact boxes, written in the article's front matter.
 * They win over what Gloss found: an item removed stays removed, a label given replaces Gloss's.
 *
 * @param remove ids of timeline events and fact-box items to leave out ({@code ev2}, {@code fig1},
 *     {@code who3}, {@code kq1}, {@code dispute1})
 * @param relabel new labels by item id: an event's label, a figure's "what it counts", a person's
 *     role, a dispute's subject
 * @param events timeline events to add
 * @param figures key figures to add
 */
public record EditorOverrides(Set<String> remove, Map<String, String> relabel,
    List<AddedEvent> events, List<AddedFigure> figures) {

  public static final EditorOverrides NONE =
      new EditorOverrides(Set.of(), Map.of(), List.of(), List.of());

  public EditorOverrides {
    remove = Set.copyOf(remove);
    relabel = Map.copyOf(relabel);
    events = List.copyOf(events);
    figures = List.copyOf(figures);
  }

  public boolean isEmpty() {
    return remove.isEmpty() && relabel.isEmpty() && events.isEmpty() && figures.isEmpty();
  }

  /**
   * An event an editor adds to the timeline.
   *
   * @param date its date, TIMEX3-style ("2024-11-26", "2024-11"), or null to place it by source
   * @param label what happened
   * @param source the id of the body element it comes from ({@code c6}, {@code p3}), if any
   */
  public record AddedEvent(@Nullable String date, String label, @Nullable String source) {
  }

  /**
   * A figure an editor adds to the key-figures box.
   *
   * @param number the number as written
   * @param counts what it counts
   * @param source the id of the body element it comes from, if any
   */
  public record AddedFigure(String number, String counts, @Nullable String source) {
  }
}
