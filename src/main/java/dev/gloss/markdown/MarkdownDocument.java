package dev.gloss.markdown;

import dev.gloss.model.Article;
import org.jspecify.annotations.Nullable;

/**
 * A Gloss Markdown file as read: the article it describes, the HTML of its body, and the theme it
 * asks for.
 *
 * @param article the article, its paragraphs as plain text
 * @param bodyHtml the body rendered by flexmark; safe to insert unescaped
 * @param markdown the Markdown source, as published beside the page
 * @param theme the theme named in the front matter, if any
 */
public record MarkdownDocument(Article article, String bodyHtml, String markdown,
    @Nullable String theme) {
}
