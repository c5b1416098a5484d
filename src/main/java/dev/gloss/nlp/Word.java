package dev.gloss.nlp;

import dev.gloss.model.Span;

/**
 * A word of a sentence with its universal part-of-speech tag.
 *
 * @param text the word as written
 * @param span where it is in the article's body text
 * @param tag the Universal Dependencies tag ("NOUN", "VERB", "PROPN", "NUM", "PUNCT"...)
 */
public record Word(String text, Span span, String tag) {

  /** Whether the word has one of these tags. */
  public boolean is(String... tags) {
    for (String t : tags) {
      // The tagger joins tags of a split word, as in "OpenAI's" = PROPN+PART.
      if (tag.equals(t) || tag.startsWith(t + "+")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word can head a noun phrase: a noun, name, pronoun or number. */
  public boolean nominal() {
    return is("NOUN", "PROPN", "PRON", "NUM");
  }
}
