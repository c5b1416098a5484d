package dev.gloss.annotate;

import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import java.util.List;

/**
 * How a sentence reports speech: how much of it is someone's direct quotation, the words the
 * quotation marks hold, and the words outside them. A sentence that is mostly a quotation is judged
 * by what was quoted, not by the "she said" around it, which every quote has; a quoted phrase
 * embedded in the writer's sentence is usually a characterisation ("called the plan 'a death
 * sentence'"), not a fact.
 *
 * @param directShare the share of the sentence's characters inside direct quotations, 0 to 1
 * @param partial whether the sentence embeds a partial quotation or a scare quote
 * @param quoted the text inside direct quotations, joined by spaces
 * @param outside the sentence with every quotation's words left out
 */
record SpeechFrame(double directShare, boolean partial, String quoted, String outside) {

  /** Above this share a sentence is someone's speech with an attribution tag. */
  private static final double MOSTLY = 0.5;

  /** A sentence with no quotation in it. */
  static SpeechFrame none(String sentence) {
    return new SpeechFrame(0, false, "", sentence);
  }

  /**
   * Reads a sentence against the article's quotations.
   *
   * @param text the article body
   * @param sentence the sentence's span in the body
   * @param quotes the article's quotations
   */
  static SpeechFrame of(String text, Span sentence, List<Quote> quotes) {
    int length = Math.max(1, sentence.end() - sentence.start());
    int direct = 0;
    boolean partial = false;
    StringBuilder quoted = new StringBuilder();
    boolean[] inQuote = new boolean[length];
    for (Quote quote : quotes) {
      int start = Math.max(sentence.start(), quote.span().start());
      int end = Math.min(sentence.end(), quote.span().end());
      if (start >= end) {
        continue;
      }
      for (int i = start; i < end; i++) {
        inQuote[i - sentence.start()] = true;
      }
      if (quote.kind() == QuoteKind.DIRECT) {
        direct += end - start;
        quoted.append(text, start, end).append(' ');
      } else {
        partial = true;
      }
    }
    StringBuilder outside = new StringBuilder();
    for (int i = 0; i < length && sentence.start() + i < text.length(); i++) {
      outside.append(inQuote[i] ? ' ' : text.charAt(sentence.start() + i));
    }
    return new SpeechFrame(Math.min(1.0, direct / (double) length), partial,
        quoted.toString().strip(), outside.toString());
  }

  /** Whether the sentence is mostly someone's direct speech. */
  boolean mostlyQuoted() {
    return directShare >= MOSTLY;
  }
}
