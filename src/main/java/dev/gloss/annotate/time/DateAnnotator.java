package dev.gloss.annotate.time;

import dev.gloss.model.DateMention;
import dev.gloss.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the date and time expressions of a text and normalises them to TIMEX3-style values
 * against what is known of the article's date. Thread-safe; pure.
 *
 * <pre>{@code
 * List<DateMention> dates = new DateAnnotator().annotate(body, sentences,
 *     DateContext.of(LocalDate.of(2024, 11, 26)));
 * }</pre>
 */
public final class DateAnnotator {

  private final ExpressionFinder finder = new ExpressionFinder();

  /**
   * The expressions of a text, ids {@code d1}..{@code dn} in text order.
   *
   * @param text the body, paragraphs joined by a blank line
   * @param sentences its sentences, used to judge tense; may be empty
   * @param context what is known of the article's date
   */
  public List<DateMention> annotate(String text, List<Span> sentences, DateContext context) {
    List<Candidate> candidates = finder.find(text);
    List<DateResolver.Resolved> values =
        new DateResolver(text, sentences, context, candidates).resolve(candidates);
    List<DateMention> mentions = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Span span = candidates.get(i).span();
      DateResolver.Resolved value = values.get(i);
      mentions.add(new DateMention("d" + (i + 1), span, span.of(text), value.value(),
          value.warnings(), value.alternatives()));
    }
    return mentions;
  }

  /** The expressions of a text read against the article's date, which may be unknown. */
  public List<DateMention> annotate(String text, @Nullable LocalDate articleDate) {
    return annotate(text, List.of(),
        articleDate == null ? DateContext.NONE : DateContext.of(articleDate));
  }
}
