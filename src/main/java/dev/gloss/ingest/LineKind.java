package dev.gloss.ingest;

/** What a line of a scraped page is, judged from the line alone. */
enum LineKind {
  /** A long line that reads as sentences: the stuff articles are made of. */
  PROSE,
  /** A short line that still ends like a sentence: a one-line paragraph, or wrapper chatter. */
  SHORT_SENTENCE,
  /** A line the wrapper phrase list knows: sign-up prompts, sharing buttons, adverts. */
  WRAPPER,
  /** A photo caption ending in a credit. */
  CAPTION,
  /** A copyright notice. */
  COPYRIGHT,
  /** Anything else: headlines, names, dates, menu items, lists of other stories. */
  OTHER;

  /** Whether a line of this kind can be part of an article's body. */
  boolean canBeBody() {
    return this == PROSE || this == SHORT_SENTENCE;
  }
}
