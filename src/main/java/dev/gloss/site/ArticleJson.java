package dev.gloss.site;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gloss.model.Article;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code gloss annotate --json} prints for one article: its metadata, its body text, and the
 * body's paragraphs.
 *
 * @param title the headline
 * @param author the byline, if any
 * @param publication the outlet, if known
 * @param date the ISO date, or the year alone, if known
 * @param text the body, paragraphs joined by a blank line; annotation offsets index it
 * @param paragraphs the body's paragraphs
 */
@JsonPropertyOrder({"title", "author", "publication", "date", "text", "paragraphs"})
public record ArticleJson(String title, @Nullable String author, @Nullable String publication,
    @Nullable String date, String text, List<String> paragraphs) {

  /** The JSON view of an article. */
  public static ArticleJson of(Article article) {
    var meta = article.meta();
    String date = meta.date() != null ? meta.date().toString()
        : meta.year() != null ? meta.year().toString() : null;
    return new ArticleJson(meta.title(), meta.author(), meta.publication(), date,
        article.bodyText(), article.paragraphs());
  }
}
