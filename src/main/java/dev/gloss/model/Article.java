package dev.gloss.model;

import java.util.List;

/**
 * An article as Gloss understands it: metadata and the body's paragraphs as plain text.
 *
 * @param meta title, byline and the rest
 * @param paragraphs the body, one plain-text paragraph an entry, in reading order
 */
public record Article(ArticleMeta meta, List<String> paragraphs) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body as one string, paragraphs joined by a blank line: the text annotation offsets index. */
  public String bodyText() {
    return String.join("\n\n", paragraphs);
  }
}
