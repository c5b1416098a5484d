package dev.gloss.model;

/** Something Gloss found at a place in an article's body. */
public sealed interface Annotation permits Quote, Claim, DateMention {

  /** A stable id, unique in the article, used as the HTML id of its mark. */
  String id();

  /** Where in the body text it is. */
  Span span();
}
