package dev.gloss.ingest;

import java.util.List;

/**
 * Marks the lines of a page's boxes once each line has its own kind. A page that sets its
 * paragraphs apart with blank lines sets a box's lines tight, one under another, where it never
 * puts two paragraphs: a sign-up box's pitch and small print against its buttons, a video player
 * with its title, controls, transcript and "Related video" list, a list of points under a short
 * heading ("What's next?"). What such a box holds is not a paragraph, though a line of it may read
 * like one.
 */
final class BoxLines {

  /** A box holds its opening furniture and at least this many lines more. */
  private static final int MIN_LINES_UNDER_OPENING = 2;
  /** A box's heading is a few words ("What's next?", "Key dates."); a longer line is a lead-in. */
  private static final int MAX_HEADING_WORDS = 6;
  /** The points under a box's heading: at least this many lines that are no sentences. */
  private static final int MIN_POINTS = 2;

  private BoxLines() {
  }

  /**
   * Marks the box lines that read like paragraphs as WRAPPER, and a box's heading as OTHER, on a
   * page that sets its paragraphs apart; on a page that does not, a box cannot be told by its
   * blank lines, only a pitch between two lines of furniture.
   *
   * @param lines the page's lines
   * @param kinds their kinds, same indices, changed in place
   */
  static void mark(List<SourceLine> lines, List<LineKind> kinds) {
    if (!setsParagraphsApart(lines, kinds)) {
      markPitchesBetweenFurniture(lines, kinds);
      return;
    }
    markPitches(lines, kinds);
    for (int first = 0; first < lines.size(); first = runEnd(lines, first) + 1) {
      int last = runEnd(lines, first);
      if (opensWithFurniture(kinds, first, last)) {
        for (int i = first; i <= last; i++) {
          if (kinds.get(i).canBeBody()) {
            kinds.set(i, LineKind.WRAPPER);
          }
        }
      } else if (isPointsBox(lines, kinds, first, last)) {
        kinds.set(first, LineKind.OTHER);
      }
    }
  }

  /**
   * Whether a box of furniture stands at {@code first}: a whole run of lines set tight, blank
   * lines around it, that opens with furniture or is a heading over points ("Mehr zum Thema" over
   * two headlines).
   *
   * @return the box's last line, or -1 when none stands there
   */
  static int boxAt(List<SourceLine> lines, List<LineKind> kinds, int first) {
    int last = runEnd(lines, first);
    boolean whole = lines.get(first).blankBefore()
        && (last + 1 == lines.size() || lines.get(last + 1).blankBefore());
    return whole && (opensWithFurniture(kinds, first, last)
        || isPointsBox(lines, kinds, first, last)) ? last : -1;
  }

  /**
   * The last line of the run of lines set tight from {@code first}: the line before the next
   * blank line.
   */
  static int runEnd(List<SourceLine> lines, int first) {
    int last = first;
    while (last + 1 < lines.size() && !lines.get(last + 1).blankBefore()) {
      last++;
    }
    return last;
  }

  /**
   * Whether the run [first, last] is a box: it opens with known furniture ("Video Ad Feedback"),
   * perhaps under a heading of its own ("Get our breaking news alert"), and holds more lines
   * under it. A paragraph tight over a lone "Advertisement" line opens with prose, and is none.
   */
  static boolean opensWithFurniture(List<LineKind> kinds, int first, int last) {
    int opening = kinds.get(first) == LineKind.WRAPPER ? first
        : !kinds.get(first).canBeBody() && first < last
            && kinds.get(first + 1) == LineKind.WRAPPER ? first + 1 : -1;
    return opening >= 0 && last - opening >= MIN_LINES_UNDER_OPENING;
  }

  /**
   * Whether the run is a short heading ("What's next?", "Mehr zum Thema") over points or
   * headlines that do not end like sentences: a box, not a paragraph and its list. The fields
   * under a byline are no such box: they date the article.
   */
  private static boolean isPointsBox(List<SourceLine> lines, List<LineKind> kinds, int first,
      int last) {
    LineKind heading = kinds.get(first);
    if ((heading != LineKind.SHORT_SENTENCE && heading != LineKind.OTHER)
        || last - first < MIN_POINTS || lines.get(first).words() > MAX_HEADING_WORDS
        || Byline.explicit(lines.get(first).text()).isPresent()) {
      return false;
    }
    for (int i = first + 1; i <= last; i++) {
      String text = lines.get(i).text();
      if (kinds.get(i) != LineKind.OTHER || lines.get(i).endsSentence()
          || DateLine.find(text).isPresent() || Byline.explicit(text).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A sign-up box sets its pitch ("Our reporters' best work, every weekday morning. Free.") and
   * small print ("We use your sign-up to provide content...") right against its button lines. A
   * sentence there that speaks to the reader or as the site's "we" belongs to the box, wherever in
   * the box it stands.
   */
  private static void markPitches(List<SourceLine> lines, List<LineKind> kinds) {
    // Down from each box line, then up: a box's lines touch one another, so two passes reach
    // them all, and a long page is read in linear time.
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).blankBefore() && kinds.get(i - 1) == LineKind.WRAPPER) {
        markIfPitch(lines.get(i), kinds, i);
      }
    }
    for (int i = lines.size() - 2; i >= 0; i--) {
      if (!lines.get(i + 1).blankBefore() && kinds.get(i + 1) == LineKind.WRAPPER) {
        markIfPitch(lines.get(i), kinds, i);
      }
    }
  }

  /**
   * On a page that sets nothing apart, a pitch is told only where furniture stands tight on both
   * sides of it: "Get the Politics Unplugged newsletter", the pitch, "Enter your email".
   */
  private static void markPitchesBetweenFurniture(List<SourceLine> lines,
      List<LineKind> kinds) {
    for (int i = 1; i + 1 < lines.size(); i++) {
      if (!lines.get(i).blankBefore() && !lines.get(i + 1).blankBefore()
          && kinds.get(i - 1) == LineKind.WRAPPER && kinds.get(i + 1) == LineKind.WRAPPER) {
        markIfPitch(lines.get(i), kinds, i);
      }
    }
  }

  private static void markIfPitch(SourceLine line, List<LineKind> kinds, int i) {
    if (kinds.get(i).canBeBody() && (line.addressesReader() || line.speaksAsWe())) {
      kinds.set(i, LineKind.WRAPPER);
    }
  }

  /**
   * Whether the page sets its paragraphs apart with blank lines, as most scrapes do: more of the
   * runs of lines that hold prose are one line long than not. Counted by runs, not lines, so that
   * a box's long transcript does not make a page of paragraphs look like one without blank lines.
   */
  static boolean setsParagraphsApart(List<SourceLine> lines, List<LineKind> kinds) {
    int runs = 0;
    int apart = 0;
    for (int first = 0; first < lines.size(); first = runEnd(lines, first) + 1) {
      int last = runEnd(lines, first);
      boolean prose = false;
      for (int i = first; i <= last && !prose; i++) {
        prose = kinds.get(i) == LineKind.PROSE;
      }
      if (prose) {
        runs++;
        apart += first == last ? 1 : 0;
      }
    }
    return runs > 0 && apart * 2 > runs;
  }
}
