package dev.gloss.markdown.directive;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The visible "who said it" label of a quote, placed after the quote's closing quotation mark so
 * that a reader sees {@code "I'm excited" Niko Felix}, not the name inside the marks. It carries no
 * text of the article, so collected plain text and annotation offsets are unchanged.
 */
public final class SpeakerLabelNode extends Node {

  private final DirectiveNode quote;

  SpeakerLabelNode(DirectiveNode quote) {
    this.quote = quote;
  }

  /** The quote (its last part) the label belongs to. */
  public DirectiveNode quote() {
    return quote;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
