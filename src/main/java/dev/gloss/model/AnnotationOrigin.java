package dev.gloss.model;

/** Who made an article's quotes and claims, which the page tells its readers. */
public enum AnnotationOrigin {
  /** Gloss found them, and no person checked them. */
  AUTOMATIC,
  /** A person marked them in the article's Markdown. */
  EDITOR,
  /** Nobody: the body is longer than Gloss annotates, so the page shows the text alone. */
  SKIPPED
}
