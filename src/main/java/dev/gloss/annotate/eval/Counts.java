package dev.gloss.annotate.eval;

/**
 * Matched, predicted and gold counts, summed over passages, and the figures made from them.
 *
 * @param matched predictions that match a gold item
 * @param predicted all predictions
 * @param gold all gold items
 */
public record Counts(int matched, int predicted, int gold) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts other) {
    return new Counts(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }

  public double precision() {
    return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 1 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
