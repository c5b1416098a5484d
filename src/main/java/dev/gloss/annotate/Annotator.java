package dev.gloss.annotate;

import dev.gloss.annotate.time.DateAnnotator;
import dev.gloss.annotate.time.DateContext;
import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Annotates an article's body: sentences, quotations with speakers, check-worthy claims and named
 * entities. The front door of the annotate stage; thread-safe.
 *
 * <pre>{@code
 * Annotations found = Annotator.standard().annotate(article.bodyText(), DateContext.NONE);
 * }</pre>
 */
public final class Annotator {

  private static final Annotator STANDARD = new Annotator();

  private final SentenceSplitter sentences = new SentenceSplitter();
  private final QuoteAnnotator quotes = new QuoteAnnotator();
  private final ClaimDetector claims = new ClaimDetector();
  private final EntityFinder entities = new EntityFinder();
  private final DateAnnotator dates = new DateAnnotator();

  private Annotator() {
  }

  public static Annotator standard() {
    return STANDARD;
  }

  /**
   * Finds everything in a body text.
   *
   * @param text the body, paragraphs joined by a blank line
   * @param articleDate the article's date, against which relative dates are read; may be null
   */
  public Annotations annotate(String text, @Nullable LocalDate articleDate) {
    return annotate(text, articleDate == null ? DateContext.NONE : DateContext.of(articleDate));
  }

  /**
   * Finds everything in a body text, reading dates against what is known of the article's date
   * (its day, a day assumed for it, or only its year).
   *
   * @param text the body, paragraphs joined by a blank line
   * @param dateContext what is known of when the article was written
   */
  public Annotations annotate(String text, DateContext dateContext) {
    List<Span> split = sentences.split(text);
    NameBook names = new NameBook(text);
    List<Quote> foundQuotes = quotes.annotate(text, split, names);
    List<Claim> foundClaims = claims.detect(text, split, foundQuotes);
    return new Annotations(split, foundQuotes, foundClaims,
        entities.find(text, split, foundQuotes, names), dates.annotate(text, split, dateContext));
  }

  /**
   * Completes annotations a person has edited: their quotes and claims are kept as they are, and
   * what is derived from the text (sentences, entities) is found anew around them.
   *
   * @param text the body
   * @param editedQuotes the quotes as marked in the Markdown
   * @param editedClaims the claims as marked in the Markdown
   */
  public Annotations complete(String text, List<Quote> editedQuotes, List<Claim> editedClaims,
      @Nullable LocalDate articleDate) {
    List<Span> split = sentences.split(text);
    NameBook names = new NameBook(text);
    return new Annotations(split, editedQuotes, editedClaims,
        entities.find(text, split, editedQuotes, names), dates.annotate(text, split,
            articleDate == null ? DateContext.NONE : DateContext.of(articleDate)));
  }
}
