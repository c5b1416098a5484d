package dev.gloss.markdown;

import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Cuts annotation spans into properly nested marks, one paragraph at a time. Claims are placed
 * first, then quotes, then dates; a span that crosses an already placed one (a quote running over
 * two sentences, or over paragraphs) is cut at that one's edges into parts numbered 1, 2, ...
 * Parts in the blank line between paragraphs are dropped: a span there has no text to mark.
 */
final class MarkLayout {

  /**
   * A stretch of one annotation, in body offsets.
   *
   * @param annotation the annotation, or null for a paragraph (placed first, never written)
   * @param start first character
   * @param end one past the last character
   * @param part 1 for the first part, then 2, 3, ...
   */
  record Mark(@Nullable Annotation annotation, int start, int end, int part) {

    int rank() {
      Annotation a = annotation;
      return a == null ? -1 : a instanceof Claim ? 0 : a instanceof Quote ? 1 : 2;
    }

    boolean crosses(int s, int e) {
      return start < e && s < end && !(start <= s && e <= end) && !(s <= start && end <= e);
    }

    /** Outer marks first: earlier start, then later end, then lower rank. */
    static final Comparator<Mark> NESTING = Comparator.comparingInt(Mark::start)
        .thenComparing(Comparator.comparingInt(Mark::end).reversed())
        .thenComparingInt(Mark::rank);
  }

  private MarkLayout() {
  }

  /**
   * Lays out the annotations over the paragraphs.
   *
   * @param paragraphs the article's paragraphs (the body is them joined by a blank line)
   * @param annotations quotes, claims and dates, in any order
   * @return for each paragraph, its marks sorted outer first, offsets into the body
   */
  static List<List<Mark>> layout(List<String> paragraphs, List<? extends Annotation> annotations) {
    List<Mark> placed = new ArrayList<>();
    int offset = 0;
    List<int[]> bounds = new ArrayList<>();
    for (String paragraph : paragraphs) {
      bounds.add(new int[] {offset, offset + paragraph.length()});
      placed.add(new Mark(null, offset, offset + paragraph.length(), 1));
      offset += paragraph.length() + 2;
    }
    int bodyLength = Math.max(0, offset - 2);
    List<Mark> ordered = annotations.stream()
        .map(a -> new Mark(a, Math.min(a.span().start(), bodyLength),
            Math.min(a.span().end(), bodyLength), 1))
        .sorted(Comparator.comparingInt(Mark::rank).thenComparing(Mark.NESTING)
            .thenComparing(m -> m.annotation().id()))
        .toList();
    List<List<Mark>> perParagraph = new ArrayList<>();
    bounds.forEach(b -> perParagraph.add(new ArrayList<>()));
    for (Mark whole : ordered) {
      TreeSet<Integer> cuts = new TreeSet<>();
      for (Mark other : placed) {
        // A paragraph's edges always cut: a part never runs over a blank line.
        if (other.annotation() == null || other.crosses(whole.start(), whole.end())) {
          addIfInside(cuts, other.start(), whole);
          addIfInside(cuts, other.end(), whole);
        }
      }
      cuts.add(whole.end());
      int from = whole.start();
      int part = 1;
      for (int to : cuts) {
        int paragraph = paragraphOf(bounds, from, to);
        if (paragraph >= 0) {
          Mark mark = new Mark(whole.annotation(), from, to, part++);
          placed.add(mark);
          perParagraph.get(paragraph).add(mark);
        }
        from = to;
      }
    }
    perParagraph.forEach(marks -> marks.sort(Mark.NESTING));
    return perParagraph;
  }

  private static void addIfInside(TreeSet<Integer> cuts, int point, Mark whole) {
    if (point > whole.start() && point < whole.end()) {
      cuts.add(point);
    }
  }

  /** The paragraph that holds [from, to), or -1 when it lies in a gap between paragraphs. */
  private static int paragraphOf(List<int[]> bounds, int from, int to) {
    for (int i = 0; i < bounds.size(); i++) {
      if (bounds.get(i)[0] <= from && to <= bounds.get(i)[1]) {
        return i;
      }
    }
    return -1;
  }
}
