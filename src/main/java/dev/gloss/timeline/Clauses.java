package dev.gloss.timeline;

import dev.gloss.nlp.Word;
import java.util.List;
import java.util.Optional;

/**
 * The clauses of one sentence and which clause each word belongs to.
 *
 * @param sentence the sentence
 * @param all its clauses, the main clause first
 * @param owner for each word, the index of the innermost clause it belongs to, or -1 for words
 *     of no clause (a dateline)
 * @param attribution who the sentence says said it, when an aside or a tail says so ("they
 *     said", "said Controller Evelyn Masaki"); empty otherwise
 */
record Clauses(Sentence sentence, List<Clause> all, int[] owner, List<Word> attribution) {

  Clauses {
    all = List.copyOf(all);
    owner = owner.clone();
    attribution = List.copyOf(attribution);
  }

  Clause main() {
    return all.get(0);
  }

  Clause get(int index) {
    return all.get(index);
  }

  /** The index of the clause the word at {@code word} belongs to, or -1. */
  int ownerOf(int word) {
    return owner[word];
  }

  /** The clause that reports what {@code index}'s clause said: "said (that) S V O". */
  Optional<Integer> complementOf(int index) {
    Clause clause = all.get(index);
    for (int i = 0; i < all.size(); i++) {
      Clause child = all.get(i);
      if (child.parent() == index && child.kind() == Clause.Kind.COMPLEMENT
          && child.start() >= clause.verbEnd() && child.start() <= clause.end() + 1) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
