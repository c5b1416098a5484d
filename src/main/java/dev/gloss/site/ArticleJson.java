package dev.gloss.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code gloss annotate --json} prints for one article. Offsets are Java string indices into
 * {@code text}, the body with paragraphs joined by a blank line.
 *
 * @param title the headline
 * @param author the byline, if any
 * @param publication the outlet, if known
 * @param date the ISO date, or the year alone, if known
 * @param text the body
 * @param paragraphs the body's paragraphs
 * @param sentences the sentences
 * @param quotes quotations and their speakers
 * @param claims check-worthy claims
 * @param entities named people, organisations, outlets and products
 * @param dates date expressions
 */
@JsonPropertyOrder({"title", "author", "publication", "date", "text", "paragraphs", "sentences",
    "quotes", "claims", "entities", "dates"})
public record ArticleJson(String title, @Nullable String author, @Nullable String publication,
    @Nullable String date, String text, List<String> paragraphs, List<SpanJson> sentences,
    List<QuoteJson> quotes, List<ClaimJson> claims, List<EntityJson> entities,
    List<DateJson> dates) {

  /** A stretch of the text. */
  public record SpanJson(int start, int end) {
  }

  /** A quotation. */
  @JsonPropertyOrder({"id", "start", "end", "text", "speaker", "speakerType", "role", "cue",
      "addressee", "kind"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record QuoteJson(String id, int start, int end, String text, String speaker,
      String speakerType, @Nullable String role, @Nullable String cue, @Nullable String addressee,
      String kind) {
  }

  /** A claim. */
  @JsonPropertyOrder({"id", "start", "end", "text", "type", "score", "source", "features"})
  public record ClaimJson(String id, int start, int end, String text, String type, double score,
      @Nullable String source, List<String> features) {
  }

  /** A named entity. */
  @JsonPropertyOrder({"name", "type", "role", "mentions"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EntityJson(String name, String type, @Nullable String role,
      List<SpanJson> mentions) {
  }

  /** A date expression. */
  @JsonPropertyOrder({"id", "start", "end", "text", "value", "warnings", "alternatives"})
  public record DateJson(String id, int start, int end, String text, String value,
      List<String> warnings, List<String> alternatives) {
  }

  /** The JSON view of an annotated article. */
  public static ArticleJson of(Article article, Annotations found) {
    var meta = article.meta();
    String date = meta.date() != null ? meta.date().toString()
        : meta.year() != null ? meta.year().toString() : null;
    return new ArticleJson(meta.title(), meta.author(), meta.publication(), date,
        article.bodyText(), article.paragraphs(),
        found.sentences().stream().map(s -> new SpanJson(s.start(), s.end())).toList(),
        found.quotes().stream().map(q -> new QuoteJson(q.id(), q.span().start(), q.span().end(),
            q.text(), q.speaker().name(), q.speaker().type().label(), q.speaker().role(),
            q.cue(), q.addressee(), q.kind().label())).toList(),
        found.claims().stream().map(c -> new ClaimJson(c.id(), c.span().start(), c.span().end(),
            c.text(), c.type().label(), c.score(), c.source(), c.features())).toList(),
        found.entities().stream().map(e -> new EntityJson(e.name(), e.type().label(), e.role(),
            e.mentions().stream().map(s -> new SpanJson(s.start(), s.end())).toList())).toList(),
        found.dates().stream().map(d -> new DateJson(d.id(), d.span().start(), d.span().end(),
            d.text(), d.value(), d.warnings(), d.alternatives())).toList());
  }
}
