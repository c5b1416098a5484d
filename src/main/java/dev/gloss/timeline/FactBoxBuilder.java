package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.FactBoxes;

/**
 * Fills the fact boxes of an annotated article: key figures, who's who, key quotes and what is
 * disputed, each item keeping the id of the body element it came from.
 */
public final class FactBoxBuilder {

  private FactBoxBuilder() {
  }

  /** The boxes for a body text and what was found in it. */
  public static FactBoxes build(String text, Annotations annotations) {
    Anchors anchors = new Anchors(text, annotations);
    return new FactBoxes(KeyFigureFinder.find(text, annotations, anchors),
        WhosWho.find(text, annotations, anchors), KeyQuotePicker.pick(annotations.quotes()),
        DisputeFinder.find(text, annotations, anchors));
  }
}
