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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the events of an annotated article: each sentence that carries a date, or that reports
 * something happening after a sequence marker ("then", "in response"), becomes one event, ordered
 * by its date. An undated event keeps its place in the text after the dated event before it and is
 * marked approximate.
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
      // What is said inside a quote is not something the article reports as done.
      List<DateMention> dates = anchors.datesIn(sentence).stream()
          .filter(d -> !anchors.quoted(d.span())).toList();
      Optional<Claim> claim = anchors.claimAt(sentence);
      Optional<DateMention> dated = mostPrecise(dates);
      Matcher marker = SEQUENCE.matcher(sentence.of(text));
      boolean sequenced = marker.find() && claim.isPresent()
          && claim.get().type() != ClaimType.PREDICTION
          && !anchors.quoted(new Span(sentence.start() + marker.start(1),
              sentence.start() + marker.end(1)));
      if (dated.isEmpty() && !sequenced) {
        continue;
      }
      String label = anchors.label(sentence);
      Optional<TimexValue> when = dated.flatMap(d -> TimexValue.parse(d.value()));
      String sourceId = dated.map(DateMention::id).orElseGet(() -> anchors.best(sentence));
      List<String> warnings = dates.stream().flatMap(d -> d.warnings().stream()).toList();
      placed.add(new Placed(order++, label, dated.orElse(null), when.orElse(null), sourceId,
          sentence, warnings));
    }
    return new Timeline(order(placed));
  }

  /** The date that places the sentence best: a calendar point, the most precise first. */
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
      boolean approximate = e.when() == null || !e.when().isPrecise();
      events.add(new TimelineEvent("ev" + (events.size() + 1), e.label(),
          e.date() == null ? null : e.date().value(), e.date() == null ? null : e.date().text(),
          e.when() == null ? null : e.when().display(), approximate, e.sourceId(), e.sentence(), e.warnings()));
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
