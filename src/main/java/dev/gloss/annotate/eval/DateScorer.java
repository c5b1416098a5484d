package dev.gloss.annotate.eval;

import dev.gloss.model.DateMention;
import dev.gloss.model.Span;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores date expressions of one passage: spans exact and by overlap, values of overlap-matched
 * spans, and the conflict flag (a weekday that contradicts its date).
 */
final class DateScorer {

  /**
   * Date counts, summable over passages.
   *
   * @param exact spans matching to the character
   * @param overlap spans matching by overlap, one to one
   * @param values right values among overlap-matched spans (matched = right, gold = matched)
   * @param conflicts conflict flags: both set among matched spans / predicted flags / gold flags
   */
  record Tally(Counts exact, Counts overlap, Counts values, Counts conflicts) {

    static final Tally ZERO = new Tally(Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO);

    Tally plus(Tally other) {
      return new Tally(exact.plus(other.exact), overlap.plus(other.overlap),
          values.plus(other.values), conflicts.plus(other.conflicts));
    }
  }

  private DateScorer() {
  }

  static Tally score(String id, String text, List<DateMention> found,
      List<GoldItem.GoldSpan> gold, Consumer<String> mistakes) {
    List<Span> predicted = found.stream().map(DateMention::span).toList();
    List<Span> goldSpans = gold.stream().map(g -> new Span(g.start(), g.end())).toList();
    int exact = (int) predicted.stream().filter(goldSpans::contains).count();
    int[] pairs = Scorer.match(predicted, goldSpans);
    int matched = 0;
    int rightValues = 0;
    int bothConflict = 0;
    for (int p = 0; p < pairs.length; p++) {
      DateMention mention = found.get(p);
      if (pairs[p] < 0) {
        mistakes.accept(id + ": extra date \"" + mention.text() + "\" = " + mention.value());
        continue;
      }
      matched++;
      GoldItem.GoldSpan truth = gold.get(pairs[p]);
      Span goldSpan = goldSpans.get(pairs[p]);
      if (!goldSpan.equals(mention.span())) {
        mistakes.accept(id + ": date span \"" + mention.text() + "\", gold says \""
            + goldSpan.of(text) + "\"");
      }
      if (mention.value().equals(truth.value())) {
        rightValues++;
      } else {
        mistakes.accept(id + ": date \"" + mention.text() + "\" = " + mention.value()
            + ", gold says " + truth.value());
      }
      if (mention.conflict() && truth.conflict()) {
        bothConflict++;
      } else if (mention.conflict() != truth.conflict()) {
        mistakes.accept(id + ": date \"" + mention.text() + "\" conflict " + mention.conflict()
            + ", gold says " + truth.conflict());
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      final int index = g;
      if (java.util.Arrays.stream(pairs).noneMatch(p -> p == index)) {
        mistakes.accept(id + ": missed date \"" + goldSpans.get(g).of(text) + "\" = "
            + gold.get(g).value());
      }
    }
    int predictedConflicts = (int) found.stream().filter(DateMention::conflict).count();
    int goldConflicts = (int) gold.stream().filter(GoldItem.GoldSpan::conflict).count();
    return new Tally(new Counts(exact, predicted.size(), goldSpans.size()),
        new Counts(matched, predicted.size(), goldSpans.size()),
        new Counts(rightValues, matched, matched),
        new Counts(bothConflict, predictedConflicts, goldConflicts));
  }
}
