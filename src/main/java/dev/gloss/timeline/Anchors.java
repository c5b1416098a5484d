package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.DateMention;
import dev.gloss.model.EntityType;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the id of the body element a fact or event can link to: a quote or claim mark where the
 * text has one, else the paragraph. Paragraph ids follow the renderer's scheme, {@code p1} for the
 * first paragraph of the body.
 */
final class Anchors {

  private final String text;
  private final Annotations annotations;
  // Indexed by start, so that a long article's lookups stay logarithmic rather than linear.
  private final NavigableMap<Integer, Claim> claims = new TreeMap<>();
  private final NavigableMap<Integer, Quote> quotes = new TreeMap<>();
  private final NavigableMap<Integer, Span> sentences = new TreeMap<>();
  private final NavigableMap<Integer, DateMention> dates = new TreeMap<>();
  private final int[] paragraphStarts;
  private final Map<Span, List<Word>> tagged = new HashMap<>();
  private final Map<Span, Clauses> read = new HashMap<>();
  private final NavigableMap<Integer, Span> names = new TreeMap<>();

  Anchors(String text, Annotations annotations) {
    this.text = text;
    this.annotations = annotations;
    annotations.claims().forEach(c -> claims.putIfAbsent(c.span().start(), c));
    annotations.quotes().forEach(q -> quotes.putIfAbsent(q.span().start(), q));
    annotations.sentences().forEach(s -> sentences.putIfAbsent(s.start(), s));
    annotations.dates().forEach(d -> dates.putIfAbsent(d.span().start(), d));
    // People's names, so that a label can drop the titles before them ("Gov.", "Judge").
    annotations.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .forEach(e -> e.mentions().forEach(m -> names.putIfAbsent(m.start(), m)));
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 2)) {
      starts.add(at + 2);
    }
    paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The body text. */
  String text() {
    return text;
  }

  /** The date mentions inside {@code span}, in text order. */
  List<DateMention> datesIn(Span span) {
    return dates.subMap(span.start(), true, span.end(), false).values().stream()
        .filter(d -> span.contains(d.span())).toList();
  }

  /** The id of the paragraph holding {@code offset}. */
  String paragraph(int offset) {
    return "p" + paragraphNumber(offset);
  }

  /** The number of the paragraph holding {@code offset}, the first being 1. */
  int paragraphNumber(int offset) {
    int found = Arrays.binarySearch(paragraphStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The claim that covers {@code span}, if any. */
  Optional<Claim> claimAt(Span span) {
    return Optional.ofNullable(claims.floorEntry(span.start())).map(e -> e.getValue())
        .filter(c -> c.span().contains(span));
  }

  /** The quote that overlaps {@code span}, if any. */
  Optional<Quote> quoteAt(Span span) {
    Map.Entry<Integer, Quote> before = quotes.floorEntry(span.start());
    if (before != null && before.getValue().span().overlaps(span)) {
      return Optional.of(before.getValue());
    }
    Map.Entry<Integer, Quote> inside = quotes.ceilingEntry(span.start());
    return inside != null && inside.getValue().span().overlaps(span)
        ? Optional.of(inside.getValue()) : Optional.empty();
  }

  /** The label of a sentence's main clause, its dates left out: who did what. */
  String label(Span sentence) {
    return EventLabeler.label(clauses(sentence), 0);
  }

  /** The clauses of a stretch of the text, read once however often they are asked for. */
  Clauses clauses(Span span) {
    // A duration ("20 years") is a quantity, not a date: it stays in a label.
    return read.computeIfAbsent(span, s -> ClauseFinder.find(Sentence.read(words(s),
        quotesIn(s), datesIn(s).stream().filter(d -> !d.value().matches("PT?[\\dX].*"))
            .map(DateMention::span).toList(),
        names.subMap(s.start(), true, s.end(), false).values().stream()
            .filter(s::contains).toList())));
  }

  /** The quotes that overlap {@code span}, one begun before it included. */
  private List<Quote> quotesIn(Span span) {
    List<Quote> found = new ArrayList<>();
    Map.Entry<Integer, Quote> before = quotes.lowerEntry(span.start());
    if (before != null && before.getValue().span().overlaps(span)) {
      found.add(before.getValue());
    }
    found.addAll(quotes.subMap(span.start(), true, span.end(), false).values());
    return found;
  }

  /** The tagged words of a stretch of the text, tagged once however often they are asked for. */
  List<Word> words(Span span) {
    return tagged.computeIfAbsent(span, s -> Tagger.tag(text, s));
  }

  /** Whether {@code span} lies inside quoted words. */
  boolean quoted(Span span) {
    Map.Entry<Integer, Quote> before = quotes.floorEntry(span.start());
    return before != null && before.getValue().span().contains(span);
  }

  /** The best element for a place in the text: its claim, else its paragraph. */
  String best(Span span) {
    return claimAt(span).map(Claim::id).orElseGet(() -> paragraph(span.start()));
  }

  /** The sentence before {@code sentence}, if any. */
  Optional<Span> sentenceBefore(Span sentence) {
    return Optional.ofNullable(sentences.lowerEntry(sentence.start())).map(Map.Entry::getValue);
  }

  /** The sentence holding {@code offset}, or a span of just that offset's paragraph. */
  Span sentenceAt(int offset) {
    return Optional.ofNullable(sentences.floorEntry(offset)).map(e -> e.getValue())
        .filter(s -> offset < s.end()).orElseGet(() -> new Span(offset, offset));
  }
}
