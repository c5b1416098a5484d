package dev.gloss.timeline;

import dev.gloss.model.BackLink;
import dev.gloss.model.DisputeSide;
import dev.gloss.model.FactBoxes;
import dev.gloss.model.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The links from the body's marks back to every box item and event made from them. */
public final class BackLinks {

  private BackLinks() {
  }

  /** Back-links by the id of the mark they start from, in box order. */
  public static Map<String, List<BackLink>> of(Timeline timeline, FactBoxes facts) {
    List<BackLink> links = new ArrayList<>();
    facts.figures().forEach(f -> links.add(new BackLink(f.sourceId(), f.id(), "key figure")));
    facts.people().forEach(w -> links.add(new BackLink(w.sourceId(), w.id(), "who's who")));
    facts.disputes().forEach(d -> {
      for (DisputeSide side : d.claims()) {
        links.add(new BackLink(side.sourceId(), d.id(), "disputed"));
      }
      for (DisputeSide side : d.responses()) {
        links.add(new BackLink(side.sourceId(), d.id(), "disputed"));
      }
    });
    facts.quotes().forEach(q -> links.add(new BackLink(q.sourceId(), q.id(), "key quote")));
    timeline.events().forEach(e -> links.add(new BackLink(e.sourceId(), e.id(), "timeline")));
    Map<String, List<BackLink>> byMark = new LinkedHashMap<>();
    for (BackLink link : links) {
      List<BackLink> from = byMark.computeIfAbsent(link.from(), id -> new ArrayList<>());
      // One link a box is enough: a claim in two disputes still says "disputed" once.
      if (from.stream().noneMatch(l -> l.label().equals(link.label()))) {
        from.add(link);
      }
    }
    byMark.replaceAll((id, list) -> List.copyOf(list));
    return Map.copyOf(byMark);
  }
}
