package dev.gloss.markdown;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gloss.model.EditorOverrides;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The front matter's {@code timeline:} and {@code facts:} sections, where an editor removes,
 * relabels or adds items of the timeline and fact boxes:
 *
 * <pre>
 * timeline:
 *   remove: [ev3]
 *   relabel: {ev1: "Artists leak Sora"}
 *   add:
 *     - {date: 2024-11-26, label: "OpenAI suspends access", source: c6}
 * facts:
 *   remove: [who2]
 *   relabel: {who1: "maker of Sora"}
 *   add:
 *     - {number: "3 hours", counts: "how long the leak lasted", source: c4}
 * </pre>
 */
final class FrontMatterEdits {

  private FrontMatterEdits() {
  }

  /**
   * Edits to the timeline.
   *
   * @param remove event ids to leave out
   * @param relabel new labels by event id
   * @param add events to add
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Timeline(@Nullable List<String> remove, @Nullable Map<String, String> relabel,
      @Nullable List<Event> add) {
  }

  /**
   * An added event.
   *
   * @param date TIMEX3-style date, if known
   * @param label what happened
   * @param source the body element it comes from
   */
  record Event(@Nullable String date, @Nullable String label, @Nullable String source) {
  }

  /**
   * Edits to the fact boxes.
   *
   * @param remove item ids to leave out
   * @param relabel new labels by item id
   * @param add key figures to add
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Facts(@Nullable List<String> remove, @Nullable Map<String, String> relabel,
      @Nullable List<Figure> add) {
  }

  /**
   * An added key figure.
   *
   * @param number the number as written
   * @param counts what it counts
   * @param source the body element it comes from
   */
  record Figure(@Nullable String number, @Nullable String counts, @Nullable String source) {
  }

  /** Both sections as one set of overrides; problems (an added item with no label) are listed. */
  static EditorOverrides overrides(String fileName, @Nullable Timeline timeline,
      @Nullable Facts facts, List<String> problems) {
    Set<String> remove = new HashSet<>();
    Map<String, String> relabel = new java.util.TreeMap<>();
    List<EditorOverrides.AddedEvent> events = new java.util.ArrayList<>();
    List<EditorOverrides.AddedFigure> figures = new java.util.ArrayList<>();
    if (timeline != null) {
      remove.addAll(orEmpty(timeline.remove()));
      relabel.putAll(timeline.relabel() == null ? Map.of() : timeline.relabel());
      for (Event event : orEmpty(timeline.add())) {
        if (event.label() == null || event.label().isBlank()) {
          problems.add(fileName + ": timeline.add has an event with no label; it was left out");
        } else {
          events.add(new EditorOverrides.AddedEvent(event.date(), event.label(), event.source()));
        }
      }
    }
    if (facts != null) {
      remove.addAll(orEmpty(facts.remove()));
      relabel.putAll(facts.relabel() == null ? Map.of() : facts.relabel());
      for (Figure figure : orEmpty(facts.add())) {
        if (figure.number() == null || figure.number().isBlank()) {
          problems.add(fileName + ": facts.add has a figure with no number; it was left out");
        } else {
          figures.add(new EditorOverrides.AddedFigure(figure.number(),
              figure.counts() == null ? "" : figure.counts(), figure.source()));
        }
      }
    }
    return new EditorOverrides(remove, relabel, events, figures);
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
