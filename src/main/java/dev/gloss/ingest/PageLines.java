package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a page's text into its non-blank lines, folding white space and rejoining paragraphs that
 * the scrape hard-wrapped.
 */
final class PageLines {

  private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f]+");
  /** A line cut this short is a label or a name, not the first half of a paragraph. */
  private static final int MIN_WRAPPED_WORDS = 5;

  private PageLines() {
  }

  /** The page's non-blank lines, hard-wrapped paragraphs rejoined. */
  static List<SourceLine> of(String text) {
    return joinWrappedLines(lines(text));
  }

  private static List<SourceLine> lines(String text) {
    List<SourceLine> lines = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    boolean blankBefore = true;
    for (int i = 0; i < raw.length; i++) {
      // A no-break space inside a line is the writer's; a line of nothing else is blank.
      String folded = HORIZONTAL_SPACE.matcher(raw[i]).replaceAll(" ").strip();
      if (folded.replace('\u00a0', ' ').isBlank()) {
        blankBefore = true;
        continue;
      }
      lines.add(new SourceLine(i + 1, folded, blankBefore));
      blankBefore = false;
    }
    return lines;
  }

  /** Rejoins a paragraph the scrape hard-wrapped: a line cut mid-sentence, the next in lower case. */
  private static List<SourceLine> joinWrappedLines(List<SourceLine> lines) {
    List<SourceLine> joined = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      if (!joined.isEmpty() && !line.blankBefore()
          && LOWER_START.matcher(line.text()).find()) {
        SourceLine previous = joined.get(joined.size() - 1);
        if (!previous.endsSentence() && previous.words() >= MIN_WRAPPED_WORDS) {
          joined.set(joined.size() - 1, new SourceLine(previous.number(),
              previous.text() + " " + line.text(), previous.blankBefore()));
          continue;
        }
      }
      joined.add(line);
    }
    return joined;
  }
}
