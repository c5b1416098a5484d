package dev.gloss.render;

import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import java.util.Objects;

/**
 * What the article template is given.
 *
 * @param article the article
 * @param bodyHtml the body as HTML made by flexmark, the only markup inserted unescaped
 * @param theme the theme the page is rendered with
 */
public record ArticlePage(Article article, String bodyHtml, String theme) {

  public ArticlePage {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    Objects.requireNonNull(theme, "theme");
  }

  /** Shortcut for templates: {@code ${page.meta.title}}. */
  public ArticleMeta meta() {
    return article.meta();
  }

  /** The meta description: the first paragraph (the headline if none), cut on a word. */
  public String description() {
    return MetaDescription.of(article.paragraphs().isEmpty()
        ? article.meta().title() : article.paragraphs().get(0));
  }
}
