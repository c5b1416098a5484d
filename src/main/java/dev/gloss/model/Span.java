package dev.gloss.model;

/**
 * A stretch of an article's body text, as Java string indices into {@link Article#bodyText()}.
 *
 * @param start the first character
 * @param end one past the last character
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The text this span covers. */
  public String of(String text) {
    return text.substring(start, end);
  }

  /** Earlier first; of two starting together, the longer first, so that outer spans come first. */
  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start)
        : Integer.compare(other.end, end);
  }
}
