package dev.gloss.model;

import java.util.List;

/**
 * The boxes beside an annotated article: what a reader wants without re-reading the text.
 *
 * @param figures every number-bearing claim
 * @param people each person and organisation, with role and what they said or did
 * @param quotes the most substantive direct quotes
 * @param disputes allegations with their denials or counter-claims
 */
public record FactBoxes(List<KeyFigure> figures, List<WhoEntry> people, List<KeyQuote> quotes,
    List<Dispute> disputes) {

  public static final FactBoxes EMPTY = new FactBoxes(List.of(), List.of(), List.of(), List.of());

  public FactBoxes {
    figures = List.copyOf(figures);
    people = List.copyOf(people);
    quotes = List.copyOf(quotes);
    disputes = List.copyOf(disputes);
  }
}
