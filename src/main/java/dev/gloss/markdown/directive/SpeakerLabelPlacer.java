package dev.gloss.markdown.directive;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Puts a speaker label after the last part of each quote that has a speaker to show. A quote's
 * span stops inside its quotation marks, so when the text right after it opens with closing marks
 * the label goes after them: the Text node is split at the marks.
 */
final class SpeakerLabelPlacer extends NodePostProcessor {

  private static final String CLOSING_MARKS = "\"”’'»›";

  @Override
  public void process(NodeTracker state, Node node) {
    if (!(node instanceof DirectiveNode quote) || quote.name() != DirectiveName.QUOTE
        || !quote.isLastPart() || "scare".equals(quote.firstPart().attribute("kind"))) {
      return;
    }
    SpeakerLabelNode label = new SpeakerLabelNode(quote);
    Node next = quote.getNext();
    if (next instanceof Text text && closingMarks(text.getChars()) > 0) {
      int marks = closingMarks(text.getChars());
      BasedSequence chars = text.getChars();
      Text closing = new Text(chars.subSequence(0, marks));
      text.insertBefore(closing);
      closing.insertAfter(label);
      if (marks < chars.length()) {
        label.insertAfter(new Text(chars.subSequence(marks)));
      }
      text.unlink();
      state.nodeRemoved(text);
      state.nodeAdded(closing);
    } else {
      quote.insertAfter(label);
    }
    state.nodeAdded(label);
  }

  private static int closingMarks(BasedSequence chars) {
    int count = 0;
    while (count < chars.length() && count < 2 && CLOSING_MARKS.indexOf(chars.charAt(count)) >= 0) {
      count++;
    }
    return count;
  }

  static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(DirectiveNode.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new SpeakerLabelPlacer();
    }
  }
}
