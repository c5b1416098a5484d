package dev.gloss.ingest;

/** What a line of a scraped page is, judged from the line alone. */
enum LineKind {
  /** A long line that reads as sentences: the stuff articles are made of. */
  PROSE,
  /** A short line that still ends like a sentence: a one-line paragraph, or wrapper chatter. */
  SHORT_SENTENCE,
  /** Page furniture the phrase list knows that may stand inside an article: an advert, "Read more". */
  WRAPPER,
  /** Page furniture that closes an article: comments, a paywall, a "Most read" list. */
  END,
  /** A photo caption, or the credit line under one. */
  CAPTION,
  /** A copyright notice. */
  COPYRIGHT,
  /** Anything else: headlines, names, dates, menu items, lists of other stories. */
  OTHER;

  /** Whether a line of this kind can be part of an article's body. */
  boolean canBeBody() {
    return this == PROSE || this == SHORT_SENTENCE;
  }

  /** Whether the article cannot go on past a line of this kind. */
  boolean endsArticle() {
    return this == END || this == COPYRIGHT;
  }
}
