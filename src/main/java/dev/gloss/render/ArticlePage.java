package dev.gloss.render;

import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.AnnotationOrigin;
import dev.gloss.model.Annotations;
import dev.gloss.model.FactBoxes;
import dev.gloss.model.Timeline;
import java.util.Objects;

/**
 * What the article template is given.
 *
 * @param article the article
 * @param bodyHtml the body as HTML made by flexmark, the only markup inserted unescaped
 * @param theme the theme the page is rendered with
 * @param annotations what was found in the body, marked in {@code bodyHtml}
 * @param timeline the article's events in order
 * @param facts the fact boxes
 * @param origin who made the quotes and claims marked in the body
 */
public record ArticlePage(Article article, String bodyHtml, String theme, Annotations annotations,
    Timeline timeline, FactBoxes facts, AnnotationOrigin origin) {

  public ArticlePage {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(origin, "origin");
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
