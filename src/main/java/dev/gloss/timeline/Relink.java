package dev.gloss.timeline;

import dev.gloss.model.Annotation;
import dev.gloss.model.Annotations;
import dev.gloss.model.Dispute;
import dev.gloss.model.DisputeSide;
import dev.gloss.model.FactBoxes;
import dev.gloss.model.KeyFigure;
import dev.gloss.model.KeyQuote;
import dev.gloss.model.Timeline;
import dev.gloss.model.TimelineEvent;
import dev.gloss.model.WhoEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Points the timeline and fact boxes at paragraphs instead of marks, for a page whose body shows
 * no marks (hand-written Markdown whose formatting the marks would have cost): every link still
 * lands on the paragraph the item came from.
 */
public final class Relink {

  private Relink() {
  }

  /** The timeline and boxes with every mark id replaced by its paragraph's id. */
  public static EditorEdits.Edited toParagraphs(String text, Annotations annotations,
      Timeline timeline, FactBoxes facts) {
    Anchors anchors = new Anchors(text, annotations);
    Map<String, String> paragraphOf = new HashMap<>();
    Stream.of(annotations.quotes(), annotations.claims(), annotations.dates())
        .flatMap(List::stream)
        .forEach((Annotation a) -> paragraphOf.put(a.id(), anchors.paragraph(a.span().start())));
    java.util.function.UnaryOperator<String> to = id -> paragraphOf.getOrDefault(id, id);
    List<TimelineEvent> events = timeline.events().stream()
        .map(e -> e.withSource(to.apply(e.sourceId()))).toList();
    List<KeyFigure> figures = facts.figures().stream().map(f -> new KeyFigure(f.id(),
        f.number(), f.counts(), to.apply(f.sourceId()), f.sentence())).toList();
    List<WhoEntry> people = facts.people().stream().map(w -> new WhoEntry(w.id(), w.name(),
        w.type(), w.role(), w.said(), w.did(), to.apply(w.sourceId()), w.quoteIds())).toList();
    List<KeyQuote> quotes = facts.quotes().stream().map(q -> new KeyQuote(q.id(), q.text(),
        q.speaker(), to.apply(q.sourceId()))).toList();
    List<Dispute> disputes = facts.disputes().stream().map(d -> new Dispute(d.id(), d.subject(),
        sides(d.claims(), to), sides(d.responses(), to))).toList();
    return new EditorEdits.Edited(new Timeline(events),
        new FactBoxes(figures, people, quotes, disputes), List.of());
  }

  private static List<DisputeSide> sides(List<DisputeSide> sides,
      java.util.function.UnaryOperator<String> to) {
    return sides.stream().map(s -> new DisputeSide(s.text(), s.by(), to.apply(s.sourceId())))
        .toList();
  }
}
