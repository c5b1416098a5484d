package dev.gloss.annotate.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a gold file: a passage and what a person found in it.
 *
 * @param id a name for the passage, for reports
 * @param text the passage, paragraphs joined by a blank line
 * @param date the article's date ({@code YYYY-MM-DD}), if given
 * @param quotes the quotations
 * @param claims the check-worthy claims
 * @param dates the date expressions
 * @param entities named entities with their mentions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldItem(@Nullable String id, String text, @Nullable String date,
    @Nullable List<GoldSpan> quotes, @Nullable List<GoldSpan> claims,
    @Nullable List<GoldSpan> dates, @Nullable List<GoldEntity> entities) {

  /** A gold span with whatever label it carries. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldSpan(int start, int end, @Nullable String speaker, @Nullable String kind,
      @Nullable String type, @Nullable String value) {
  }

  /** A gold entity. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldEntity(String name, @Nullable String type, List<GoldSpan> mentions) {
  }

  List<GoldSpan> quotesOrEmpty() {
    return quotes == null ? List.of() : quotes;
  }

  List<GoldSpan> claimsOrEmpty() {
    return claims == null ? List.of() : claims;
  }
}
