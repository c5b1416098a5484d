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
 * @param dateNote why the date is only assumed, when it is (the page gave only a year)
 * @param scores what the record was annotated for ("quotes", "claims", "dates", "entities");
 *     when absent, every list present in the record counts, an absent list meaning not annotated
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldItem(@Nullable String id, String text, @Nullable String date,
    @Nullable List<GoldSpan> quotes, @Nullable List<GoldSpan> claims,
    @Nullable List<GoldSpan> dates, @Nullable List<GoldEntity> entities,
    @Nullable String dateNote, @Nullable List<String> scores) {

  /** A gold span with whatever label it carries. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldSpan(int start, int end, @Nullable String speaker, @Nullable String kind,
      @Nullable String type, @Nullable String value, boolean conflict) {
  }

  /** A gold entity. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GoldEntity(String name, @Nullable String type, List<GoldSpan> mentions) {
  }

  /** Whether the record was annotated for a kind of thing: "quotes", "claims" or "dates". */
  boolean scores(String what) {
    if (scores != null) {
      return scores.contains(what);
    }
    return switch (what) {
      case "quotes" -> quotes != null;
      case "claims" -> claims != null;
      case "dates" -> dates != null;
      default -> entities != null;
    };
  }

  List<GoldSpan> datesOrEmpty() {
    return dates == null ? List.of() : dates;
  }

  List<GoldSpan> quotesOrEmpty() {
    return quotes == null ? List.of() : quotes;
  }

  List<GoldSpan> claimsOrEmpty() {
    return claims == null ? List.of() : claims;
  }
}
