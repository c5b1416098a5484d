package dev.gloss.annotate.eval;

import dev.gloss.model.Entity;
import dev.gloss.model.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores the entities of one passage: mentions by exact span, and the type of each gold entity
 * that shares a mention with a predicted one.
 */
final class EntityScorer {

  /**
   * Entity counts, summable over passages.
   *
   * @param mentions mention spans matching to the character
   * @param types right types among gold entities matched to a predicted entity (matched = right,
   *     gold = matched entities)
   */
  record Tally(Counts mentions, Counts types) {

    static final Tally ZERO = new Tally(Counts.ZERO, Counts.ZERO);

    Tally plus(Tally other) {
      return new Tally(mentions.plus(other.mentions), types.plus(other.types));
    }
  }

  private EntityScorer() {
  }

  static Tally score(String id, String text, List<Entity> found,
      List<GoldItem.GoldEntity> gold, Consumer<String> mistakes) {
    Set<Span> predicted = new HashSet<>();
    found.forEach(entity -> predicted.addAll(entity.mentions()));
    Set<Span> goldMentions = new HashSet<>();
    for (GoldItem.GoldEntity entity : gold) {
      entity.mentions().forEach(m -> goldMentions.add(new Span(m.start(), m.end())));
    }
    int rightMentions = 0;
    for (Span span : predicted) {
      if (goldMentions.contains(span)) {
        rightMentions++;
      } else {
        mistakes.accept(id + ": extra entity mention \"" + span.of(text) + "\" at "
            + span.start());
      }
    }
    for (Span span : goldMentions) {
      if (!predicted.contains(span)) {
        mistakes.accept(id + ": missed entity mention \"" + span.of(text) + "\" at "
            + span.start());
      }
    }
    int matched = 0;
    int rightTypes = 0;
    for (GoldItem.GoldEntity truth : gold) {
      Entity best = bestMatch(truth, found);
      if (best == null) {
        continue;
      }
      matched++;
      if (best.type().label().equals(truth.type())) {
        rightTypes++;
      } else {
        mistakes.accept(id + ": entity " + truth.name() + " is " + best.type().label()
            + ", gold says " + truth.type());
      }
    }
    return new Tally(new Counts(rightMentions, predicted.size(), goldMentions.size()),
        new Counts(rightTypes, matched, matched));
  }

  /** The predicted entity sharing most mentions with a gold one, or null if none shares any. */
  private static Entity bestMatch(GoldItem.GoldEntity truth, List<Entity> found) {
    Set<Span> spans = new HashSet<>();
    truth.mentions().forEach(m -> spans.add(new Span(m.start(), m.end())));
    Entity best = null;
    long bestShared = 0;
    for (Entity entity : found) {
      long shared = entity.mentions().stream().filter(spans::contains).count();
      if (shared > bestShared) {
        bestShared = shared;
        best = entity;
      }
    }
    return best;
  }
}
