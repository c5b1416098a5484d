package dev.gloss.timeline;

import dev.gloss.model.Span;

/**
 * A word of a sentence with its universal part-of-speech tag.
 *
 * @param text the word as written
 * @param span where it is in the article's body text
 * @param tag the Universal Dependencies tag ("NOUN", "VERB", "PROPN", "NUM", "PUNCT"...)
 */
record Token(String text, Span span, String tag) {

  boolean is(String... tags) {
    for (String t : tags) {
      // The tagger joins tags of a split word, as in "OpenAI's" = PROPN+PART.
      if (tag.equals(t) || tag.startsWith(t + "+")) {
        return true;
      }
    }
    return false;
  }

  boolean nominal() {
    return is("NOUN", "PROPN", "PRON", "NUM");
  }
}
