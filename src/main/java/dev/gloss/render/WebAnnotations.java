package dev.gloss.render;

import dev.gloss.model.Annotation;
import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import dev.gloss.model.Claim;
import dev.gloss.model.DateMention;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An article's annotations in the W3C Web Annotation Data Model: one collection a page, each
 * annotation targeting the article page's body text with a quote selector (the words, with some
 * context either side) and a position selector (offsets into the body text, paragraphs joined by a
 * blank line).
 */
final class WebAnnotations {

  private static final int CONTEXT = 32;

  private WebAnnotations() {
  }

  static Map<String, Object> of(Article article, Annotations annotations) {
    String text = article.bodyText();
    List<Annotation> all = new ArrayList<>();
    all.addAll(annotations.quotes());
    all.addAll(annotations.claims());
    all.addAll(annotations.dates());
    all.sort((a, b) -> a.span().compareTo(b.span()));
    List<Object> items = new ArrayList<>();
    for (Annotation annotation : all) {
      items.add(JsonText.object(
          "id", "#" + annotation.id(),
          "type", "Annotation",
          "motivation", annotation instanceof DateMention ? "describing" : "classifying",
          "body", bodies(annotation),
          "target", JsonText.object(
              "source", "index.html",
              "selector", List.of(quoteSelector(text, annotation.span()),
                  JsonText.object("type", "TextPositionSelector",
                      "start", annotation.span().start(), "end", annotation.span().end())))));
    }
    return JsonText.object(
        "@context", "http://www.w3.org/ns/anno.jsonld",
        "id", "annotations.jsonld",
        "type", "AnnotationCollection",
        "label", "Gloss annotations of \u201c" + article.meta().title() + "\u201d",
        "total", items.size(),
        "first", JsonText.object("type", "AnnotationPage", "items", items));
  }

  private static Map<String, Object> quoteSelector(String text, Span span) {
    return JsonText.object("type", "TextQuoteSelector",
        "exact", span.of(text),
        "prefix", text.substring(Math.max(0, span.start() - CONTEXT), span.start()),
        "suffix", text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT)));
  }

  private static List<Object> bodies(Annotation annotation) {
    List<Object> bodies = new ArrayList<>();
    if (annotation instanceof Quote q) {
      bodies.add(tag("quote-" + q.kind().name().toLowerCase(java.util.Locale.ROOT)));
      bodies.add(JsonText.object("type", "TextualBody", "purpose", "identifying",
          "value", q.speaker().name()));
      bodies.add(describing("Quote attributed to " + q.speaker().name()
          + (q.speaker().role() != null ? ", " + q.speaker().role() : "")
          + (q.cue() != null ? " (" + q.cue() + ")" : "")));
    } else if (annotation instanceof Claim c) {
      bodies.add(tag("claim-" + c.type().label()));
      bodies.add(describing(String.format(java.util.Locale.ROOT,
          "Check-worthy %s claim, score %.2f%s: %s", c.type().label(), c.score(),
          c.source() != null ? ", attributed to " + c.source() : "",
          String.join("; ", c.features()))));
    } else if (annotation instanceof DateMention d) {
      bodies.add(tag("date"));
      bodies.add(describing("Normalised date: " + d.value()
          + (d.warnings().isEmpty() ? "" : ". Warning: " + String.join(" ", d.warnings()))));
    }
    return bodies;
  }

  private static Map<String, Object> tag(String value) {
    return JsonText.object("type", "TextualBody", "purpose", "tagging", "value", value);
  }

  private static Map<String, Object> describing(String value) {
    return JsonText.object("type", "TextualBody", "purpose", "describing", "value", value);
  }
}
