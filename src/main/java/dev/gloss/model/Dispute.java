package dev.gloss.model;

import java.util.List;

/**
 * Something the article reports as contested: an allegation and what was said against it.
 *
 * @param id the item's id on the page ({@code dispute1})
 * @param subject what is disputed, in a few words
 * @param claims the allegations or assertions, in text order
 * @param responses the denials or counter-statements, in text order; empty when the article
 *     reports none (which the page says)
 */
public record Dispute(String id, String subject, List<DisputeSide> claims,
    List<DisputeSide> responses) {

  public Dispute {
    claims = List.copyOf(claims);
    responses = List.copyOf(responses);
  }
}
