package dev.gloss.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check-worthy factual statement: a sentence a fact-checker would want to verify.
 *
 * @param id stable id, such as {@code c2}
 * @param span the sentence
 * @param text the sentence's text
 * @param type what kind of statement it is
 * @param score how check-worthy, in [0, 1]
 * @param source whom the text attributes it to ("Variety", "OpenAI"), if anyone
 * @param features what made it a claim, in words a reader understands
 */
public record Claim(String id, Span span, String text, ClaimType type, double score,
    @Nullable String source, List<String> features) implements Annotation {

  public Claim {
    features = List.copyOf(features);
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score " + score + " is outside [0, 1]");
    }
  }
}
