package dev.gloss.markdown;

import dev.gloss.model.Article;
import dev.gloss.model.Claim;
import dev.gloss.model.DateMention;
import dev.gloss.model.EditorOverrides;
import dev.gloss.model.Quote;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Gloss Markdown file as read: the article it describes, the HTML of its body, the theme it
 * asks for, and the annotations marked up in it.
 *
 * <p>Spans index {@link Article#bodyText()}; an annotation written in parts comes back whole.
 * When {@link #hasMarkup()} is true the markup is authoritative (a person may have edited it);
 * when false, the body had no directive at all and is to be annotated automatically.
 *
 * @param article the article, its paragraphs as plain text
 * @param bodyHtml the body rendered by flexmark; safe to insert unescaped
 * @param markdown the Markdown source, as published beside the page
 * @param theme the theme named in the front matter, if any
 * @param quotes the {@code :quote} directives, in document order
 * @param claims the {@code :claim} directives, in document order
 * @param dates the {@code :date} directives, in document order
 * @param hasMarkup whether the body had any Gloss directive
 * @param overrides an editor's changes to the timeline and fact boxes, from the front matter
 * @param problems what did not make sense in the markup, as {@code file:line: message}; each was
 *     read with a default instead
 */
public record MarkdownDocument(Article article, String bodyHtml, String markdown,
    @Nullable String theme, List<Quote> quotes, List<Claim> claims, List<DateMention> dates,
    boolean hasMarkup, EditorOverrides overrides, List<String> problems) {

  public MarkdownDocument {
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    dates = List.copyOf(dates);
    problems = List.copyOf(problems);
  }
}
