package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import java.util.Optional;

/**
 * Finds the id of the body element a fact or event can link to: a quote or claim mark where the
 * text has one, else the paragraph. Paragraph ids follow the renderer's scheme, {@code p1} for the
 * first paragraph of the body.
 */
final class Anchors {

  private final String text;
  private final Annotations annotations;

  Anchors(String text, Annotations annotations) {
    this.text = text;
    this.annotations = annotations;
  }

  /** The id of the paragraph holding {@code offset}. */
  String paragraph(int offset) {
    int paragraph = 1;
    for (int at = text.indexOf("\n\n"); at >= 0 && at < offset; at = text.indexOf("\n\n", at + 2)) {
      paragraph++;
    }
    return "p" + paragraph;
  }

  /** The claim that covers {@code span}, if any. */
  Optional<Claim> claimAt(Span span) {
    return annotations.claims().stream().filter(c -> c.span().contains(span)).findFirst();
  }

  /** The quote that overlaps {@code span}, if any. */
  Optional<Quote> quoteAt(Span span) {
    return annotations.quotes().stream().filter(q -> q.span().overlaps(span)).findFirst();
  }

  /** The label of a sentence, its dates left out: who did what. */
  String label(Span sentence) {
    return EventLabeler.label(text, sentence, annotations.dates().stream()
        .map(d -> d.span()).filter(sentence::contains).toList());
  }

  /** Whether {@code span} lies inside quoted words. */
  boolean quoted(Span span) {
    return annotations.quotes().stream().anyMatch(q -> q.span().contains(span));
  }

  /** The best element for a place in the text: its claim, else its paragraph. */
  String best(Span span) {
    return claimAt(span).map(Claim::id).orElseGet(() -> paragraph(span.start()));
  }

  /** The sentence holding {@code offset}, or a span of just that offset's paragraph. */
  Span sentenceAt(int offset) {
    return annotations.sentences().stream()
        .filter(s -> s.start() <= offset && offset < s.end()).findFirst()
        .orElseGet(() -> new Span(offset, offset));
  }
}
