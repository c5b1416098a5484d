package dev.gloss.annotate;

import dev.gloss.model.Span;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence ranks something with a superlative adjective ("the driest state", "the
 * widest gap since 2010"), read with the part-of-speech tagger so that any "-est" adjective
 * counts and nouns that end the same way ("interest", "protest", "forest") do not. A superlative
 * that picks out a set by number ("of the 40 largest grants, 29 went...") selects rather than
 * ranks, "latest" only dates ("the latest polls") and "nearest" only locates ("the nearest
 * hospital is 40 miles away"). A capitalised word is a name ("Pinecrest"), and "at the
 * earliest" sets a limit.
 */
final class Superlative {

  private static final Set<String> NOT_RANKING = Set.of("latest", "nearest", "honest", "modest",
      "earnest");

  private Superlative() {
  }

  static boolean in(String sentence) {
    return in(Tagger.tag(sentence, new Span(0, sentence.length())));
  }

  /** The same, for a sentence already tagged. */
  static boolean in(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      String form = word.text().toLowerCase(Locale.ROOT);
      if (word.is("ADJ") && Character.isLowerCase(word.text().charAt(0)) && form.length() > 4 && form.endsWith("est")
          && !NOT_RANKING.contains(form) && (i == 0 || !words.get(i - 1).is("NUM"))
          && !limit(words, i)) {
        return true;
      }
    }
    return false;
  }

  /** "Until April at the earliest", "at the latest": a limit, not a ranking. */
  private static boolean limit(List<Word> words, int superlative) {
    return superlative >= 2 && "the".equalsIgnoreCase(words.get(superlative - 1).text())
        && "at".equalsIgnoreCase(words.get(superlative - 2).text());
  }
}
