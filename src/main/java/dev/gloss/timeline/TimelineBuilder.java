package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.DateMention;
import dev.gloss.model.Span;
import dev.gloss.model.Timeline;
import dev.gloss.model.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the events of an annotated article: each clause whose date dates an action (see {@link
 * EventDates}) becomes one event, and a sentence that reports something done after a sequence
 * marker ("then", "in response") becomes one too, ordered by date. A sentence may hold two
 * events ("An agreement they announced on Friday fell apart on Monday"). An undated event keeps
 * its place in the text after the dated event before it and is marked as placed by the text; an
 * event dated only to a month or a year is dated, coarsely, not placed.
 */
public final class TimelineBuilder {

  private static final Pattern SEQUENCE = Pattern.compile(
      "(?i)(?:^|,\\s*|;\\s*)(then|later|afterwards?|subsequently|in response|in reply|following"
          + "|soon after|shortly after|after that|since then|next|eventually|finally)\\b");

  private TimelineBuilder() {
  }

  /** The timeline of a body text and what was found in it. */
  public static Timeline build(String text, Annotations annotations) {
    Anchors anchors = new Anchors(text, annotations);
    List<Placed> placed = new ArrayList<>();
    int order = 0;
    for (Span sentence : annotations.sentences()) {
      List<DateMention> dates = anchors.datesIn(sentence);
      Optional<Claim> claim = anchors.claimAt(sentence);
      Matcher marker = SEQUENCE.matcher(sentence.of(text));
      boolean sequenced = marker.find() && claim.isPresent()
          && claim.get().type() != ClaimType.PREDICTION
          && !anchors.quoted(new Span(sentence.start() + marker.start(1),
              sentence.start() + marker.end(1)));
      if (dates.isEmpty() && !sequenced) {
        continue;
      }
      Clauses clauses = anchors.clauses(sentence);
      Clauses before = anchors.sentenceBefore(sentence).map(anchors::clauses).orElse(null);
      Map<Integer, List<DateMention>> events = EventDates.of(clauses, dates);
      for (Map.Entry<Integer, List<DateMention>> event : events.entrySet()) {
        DateMention dated = mostPrecise(event.getValue()).orElseThrow();
        List<String> warnings = event.getValue().stream()
            .flatMap(d -> d.warnings().stream()).toList();
        placed.add(new Placed(order++, EventLabeler.label(clauses, event.getKey(), before), dated,
            TimexValue.parse(dated.value()).orElse(null), dated.id(), sentence, warnings));
      }
      // "In response, OpenAI cut off access": placed after what it responds to.
      if (events.isEmpty() && sequenced && EventDates.eventful(clauses, 0, null)) {
        placed.add(new Placed(order++, EventLabeler.label(clauses, 0, before), null, null,
            anchors.best(sentence), sentence, List.of()));
      }
    }
    return new Timeline(order(placed));
  }

  /** The date that places the event best: a calendar point, the most precise first. */
  private static Optional<DateMention> mostPrecise(List<DateMention> dates) {
    return dates.stream().filter(d -> TimexValue.parse(d.value()).isPresent())
        .min(Comparator.comparing((DateMention d) -> TimexValue.parse(d.value()).orElseThrow(),
            Comparator.comparing(TimexValue::precision)))
        .or(() -> dates.stream().filter(d -> d.value().endsWith("_REF")).findFirst());
  }

  /**
   * Orders by date; an undated event takes the latest date of the events before it in the text,
   * so it stays after them, and is approximate.
   */
  private static List<TimelineEvent> order(List<Placed> placed) {
    List<Keyed> keyed = new ArrayList<>();
    @Nullable TimexValue last = null;
    for (Placed event : placed) {
      TimexValue key = event.when() != null ? event.when() : last;
      keyed.add(new Keyed(event, key));
      // An undated event told after others ("in response") happened after all of them.
      if (event.when() != null && (last == null || event.when().compareTo(last) > 0)) {
        last = event.when();
      }
    }
    keyed.sort(Comparator.comparing(Keyed::key, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(k -> k.event().order()));
    List<TimelineEvent> events = new ArrayList<>();
    for (Keyed k : keyed) {
      Placed e = k.event();
      // Only an event without a calendar date is placed by the text; "in March" is a date.
      events.add(new TimelineEvent("ev" + (events.size() + 1), e.label(),
          e.date() == null ? null : e.date().value(), e.date() == null ? null : e.date().text(),
          e.when() == null ? null : e.when().display(),
          e.when() == null ? null : e.when().precision(), e.when() == null, e.sourceId(),
          e.sentence(), e.warnings()));
    }
    return events;
  }

  private record Placed(int order, String label, @Nullable DateMention date,
      @Nullable TimexValue when,
      String sourceId, Span sentence, List<String> warnings) {
  }

  private record Keyed(Placed event, @Nullable TimexValue key) {
  }
}
