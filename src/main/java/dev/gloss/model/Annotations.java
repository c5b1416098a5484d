package dev.gloss.model;

import java.util.List;

/**
 * Everything Gloss found in one article's body.
 *
 * @param sentences the body's sentences, in order
 * @param quotes quotations with their speakers
 * @param claims check-worthy statements
 * @param entities people, organisations and other named things
 * @param dates date and time expressions
 */
public record Annotations(List<Span> sentences, List<Quote> quotes, List<Claim> claims,
    List<Entity> entities, List<DateMention> dates) {

  public static final Annotations NONE =
      new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());

  public Annotations {
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
  }
}
