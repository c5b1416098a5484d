package dev.gloss.markdown.directive;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One inline Gloss directive, {@code :name[label]{attributes}}; its children are the parsed label.
 *
 * <p>An annotation split into parts (a quote over two paragraphs) is several nodes with one id;
 * after parsing, each part knows its number, the part count and the first part, whose attributes
 * hold the annotation's data.
 *
 * <p>As a {@link TextContainer} the node can mark where its label starts and ends in collected
 * text (see {@link #MARK_LABELS}), so that a reader can turn the markup into plain-text offsets.
 */
public final class DirectiveNode extends Node implements TextContainer {

  private final DirectiveName name;
  private final Map<String, String> attributes;
  private BasedSequence openingMarker = BasedSequence.NULL;
  private BasedSequence closingMarker = BasedSequence.NULL;
  private int partNumber = 1;
  private int partCount = 1;
  private DirectiveNode firstPart = this;

  /**
   * A {@link com.vladsch.flexmark.util.ast.TextCollectingVisitor} flag: with it, each directive
   * brackets its label's text with {@link #LABEL_START} and {@link #LABEL_END}, so that a reader
   * can find where labels lie in the collected plain text. Without it the text is unchanged.
   */
  public static final int MARK_LABELS = 1 << 24;
  /** Opens a label in text collected with {@link #MARK_LABELS}: a Unicode noncharacter. */
  public static final char LABEL_START = '\uFDD0';
  /** Closes a label in text collected with {@link #MARK_LABELS}. */
  public static final char LABEL_END = '\uFDD1';

  DirectiveNode(DirectiveName name, Map<String, String> attributes, BasedSequence openingMarker) {
    super(openingMarker);
    this.name = name;
    this.attributes = Map.copyOf(attributes);
    this.openingMarker = openingMarker;
  }

  /** Which directive this is. */
  public DirectiveName name() {
    return name;
  }

  /** The attributes as written on this part; {@code #id} is under {@code id}. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The attribute's value on this part, or null. */
  public @Nullable String attribute(String key) {
    return attributes.get(key);
  }

  /** The annotation's id, or null when the editor gave none. */
  public @Nullable String id() {
    return attributes.get("id");
  }

  /** 1 for the first (or only) part of an annotation, then 2, 3, ... in document order. */
  public int partNumber() {
    return partNumber;
  }

  /** How many parts the annotation has in the document. */
  public int partCount() {
    return partCount;
  }

  /** Whether this is the last part of its annotation (true when it has one part). */
  public boolean isLastPart() {
    return partNumber == partCount;
  }

  /** The first part, whose attributes describe the whole annotation. */
  public DirectiveNode firstPart() {
    return firstPart;
  }

  /** An id unique in the page: the id for the first part, {@code id-2}, {@code id-3} after. */
  public @Nullable String partId() {
    String id = firstPart.id();
    return id == null || partNumber == 1 ? id : id + "-" + partNumber;
  }

  void setPart(int number, int count, DirectiveNode first) {
    partNumber = number;
    partCount = count;
    firstPart = first;
  }

  void close(BasedSequence closing, BasedSequence whole) {
    closingMarker = closing;
    setChars(whole);
  }

  BasedSequence openingMarker() {
    return openingMarker;
  }

  @Override
  public boolean collectText(
      ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
      int flags, NodeVisitor nodeVisitor) {
    if ((flags & MARK_LABELS) != 0) {
      out.append(LABEL_START);
    }
    return true;
  }

  @Override
  public void collectEndText(
      ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
      int flags, NodeVisitor nodeVisitor) {
    if ((flags & MARK_LABELS) != 0) {
      out.append(LABEL_END);
    }
  }

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {openingMarker, closingMarker};
  }

  @Override
  public void astExtraChars(StringBuilder out) {
    out.append(" name=").append(name.label()).append(" attributes=").append(attributes);
  }
}
