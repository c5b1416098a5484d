package dev.gloss.timeline;

import dev.gloss.model.Dispute;
import dev.gloss.model.EditorOverrides;
import dev.gloss.model.FactBoxes;
import dev.gloss.model.KeyFigure;
import dev.gloss.model.KeyQuote;
import dev.gloss.model.Span;
import dev.gloss.model.Timeline;
import dev.gloss.model.TimelineEvent;
import dev.gloss.model.WhoEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies an editor's overrides to the timeline and fact boxes. The editor wins: removed items go,
 * relabelled items take the editor's words, added items are placed by their date. Gloss's own ids
 * are kept, so that an override keeps naming the same item; added items get ids of their own
 * ({@code ev-e1}, {@code fig-e1}). An override naming no item is reported, not ignored.
 */
public final class EditorEdits {

  private EditorEdits() {
  }

  /**
   * The timeline and boxes after the overrides.
   *
   * @param source the file the overrides come from, for problem messages
   */
  public static Edited apply(String source, Timeline timeline, FactBoxes facts,
      EditorOverrides overrides) {
    if (overrides.isEmpty()) {
      return new Edited(timeline, facts, List.of());
    }
    Set<String> unused = new TreeSet<>(overrides.remove());
    unused.addAll(overrides.relabel().keySet());
    Set<String> seen = new HashSet<>();
    List<TimelineEvent> events = new ArrayList<>();
    for (TimelineEvent event : timeline.events()) {
      seen.add(event.id());
      if (!overrides.remove().contains(event.id())) {
        events.add(event.withLabel(overrides.relabel().getOrDefault(event.id(), event.label())));
      }
    }
    int added = 0;
    for (EditorOverrides.AddedEvent extra : overrides.events()) {
      Optional<TimexValue> when = extra.date() == null ? Optional.empty()
          : TimexValue.parse(extra.date());
      // An editor's date is a date, however coarse; only an addition without one is placed.
      TimelineEvent event = new TimelineEvent("ev-e" + (++added), extra.label(), extra.date(),
          null, when.map(TimexValue::display).orElse(extra.date()),
          when.map(TimexValue::precision).orElse(null), when.isEmpty(),
          extra.source() == null ? "content" : extra.source(), new Span(0, 0), List.of());
      events.add(insertionPoint(events, when), event);
    }
    List<KeyFigure> figures = new ArrayList<>();
    for (KeyFigure figure : facts.figures()) {
      seen.add(figure.id());
      if (!overrides.remove().contains(figure.id())) {
        figures.add(new KeyFigure(figure.id(), figure.number(),
            overrides.relabel().getOrDefault(figure.id(), figure.counts()), figure.sourceId(),
            figure.sentence()));
      }
    }
    added = 0;
    for (EditorOverrides.AddedFigure extra : overrides.figures()) {
      figures.add(new KeyFigure("fig-e" + (++added), extra.number(), extra.counts(),
          extra.source() == null ? "content" : extra.source(), ""));
    }
    List<WhoEntry> people = new ArrayList<>();
    for (WhoEntry who : facts.people()) {
      seen.add(who.id());
      if (!overrides.remove().contains(who.id())) {
        people.add(new WhoEntry(who.id(), who.name(), who.type(),
            overrides.relabel().getOrDefault(who.id(), who.role()), who.said(), who.did(),
            who.sourceId(), who.quoteIds()));
      }
    }
    List<KeyQuote> quotes = new ArrayList<>();
    for (KeyQuote quote : facts.quotes()) {
      seen.add(quote.id());
      if (!overrides.remove().contains(quote.id())) {
        quotes.add(quote);
      }
    }
    List<Dispute> disputes = new ArrayList<>();
    for (Dispute dispute : facts.disputes()) {
      seen.add(dispute.id());
      if (!overrides.remove().contains(dispute.id())) {
        disputes.add(new Dispute(dispute.id(),
            overrides.relabel().getOrDefault(dispute.id(), dispute.subject()), dispute.claims(),
            dispute.responses()));
      }
    }
    unused.removeAll(seen);
    List<String> problems = unused.stream().map(id -> source + ": the front matter names '" + id
        + "', which is no timeline event or fact-box item of this article; check the id on the"
        + " page (each item's id is its anchor)").toList();
    return new Edited(new Timeline(events), new FactBoxes(figures, people, quotes, disputes),
        problems);
  }

  /** Before the first event dated later; undated additions go last. */
  private static int insertionPoint(List<TimelineEvent> events, Optional<TimexValue> when) {
    if (when.isEmpty()) {
      return events.size();
    }
    for (int i = 0; i < events.size(); i++) {
      Optional<TimexValue> other = events.get(i).when() == null ? Optional.empty()
          : TimexValue.parse(events.get(i).when());
      if (other.isPresent() && other.get().compareTo(when.get()) > 0) {
        return i;
      }
    }
    return events.size();
  }

  /**
   * The timeline and fact boxes as edited.
   *
   * @param timeline the timeline
   * @param facts the fact boxes
   * @param problems overrides that name no item
   */
  public record Edited(Timeline timeline, FactBoxes facts, List<String> problems) {

    public Edited {
      problems = List.copyOf(problems);
    }
  }
}
