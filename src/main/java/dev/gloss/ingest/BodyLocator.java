package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article's body among a page's lines: the densest run of prose, allowed to step over
 * a short box of page furniture that holds a known wrapper line or a picture (an advert, a
 * newsletter sign-up, a "Related coverage" list, a captioned photo inside the article, a video
 * player with its transcript) but never over a copyright notice or a line that closes the article
 * (comments, a paywall, "Most read"), unless that line is a button set alone among the article's
 * paragraphs ("Leave a comment" in a newsletter post).
 */
final class BodyLocator {

  /** How many non-prose lines in a row end a block of prose. */
  private static final int MAX_GAP = 2;
  /** Prose beyond a wrapper box joins the body only if it reads like an article's paragraphs. */
  private static final double MIN_MEAN_WORDS_TO_JOIN = 12;
  /** The longest box inside an article that the body steps over. */
  private static final int MAX_BOX_LINES = 8;
  /**
   * A box set tight between blank-separated paragraphs is one thing however many lines it has (a
   * video player: title, controls, transcript, "Related video"), up to this many.
   */
  private static final int MAX_TIGHT_BOX_LINES = 20;
  /**
   * Under a closing phrase set alone as a button, the article goes on only in this many
   * paragraphs at least, with nothing between them: a comment thread has its writers' names.
   */
  private static final int MIN_PARAGRAPHS_UNDER_BUTTON = 3;

  private BodyLocator() {
  }

  /**
   * A run of lines [first, last] (indices into the line list) and how much prose it holds.
   */
  record Block(int first, int last, int proseChars, int proseLines, int proseWords) {
    double meanWords() {
      return proseLines == 0 ? 0 : (double) proseWords / proseLines;
    }
  }

  /**
   * Locates the body.
   *
   * @param lines the page's non-blank lines
   * @param kinds each line's kind, same indices
   * @return the body's first and last line indices, or null when the page has no prose at all
   */
  static Block locate(List<SourceLine> lines, List<LineKind> kinds) {
    List<Block> blocks = blocks(lines, kinds);
    if (blocks.isEmpty()) {
      return new Block(0, -1, 0, 0, 0);
    }
    int best = 0;
    for (int i = 1; i < blocks.size(); i++) {
      if (blocks.get(i).proseChars() > blocks.get(best).proseChars()) {
        best = i;
      }
    }
    Block body = blocks.get(best);
    for (int i = best - 1; i >= 0 && joinable(blocks.get(i), body, lines, kinds); i--) {
      body = merge(blocks.get(i), body);
    }
    for (int i = best + 1; i < blocks.size() && joinable(body, blocks.get(i), lines, kinds);
        i++) {
      body = merge(body, blocks.get(i));
    }
    return body;
  }

  private static List<Block> blocks(List<SourceLine> lines, List<LineKind> kinds) {
    List<Block> blocks = new ArrayList<>();
    int first = -1;
    int last = -1;
    int gap = 0;
    int chars = 0;
    int proseLines = 0;
    int words = 0;
    int shortRunStart = -1;
    for (int i = 0; i < lines.size(); i++) {
      LineKind kind = kinds.get(i);
      boolean prose = kind == LineKind.PROSE;
      boolean breaks = kind.endsArticle() || (!kind.canBeBody() && ++gap > MAX_GAP);
      if (!kind.canBeBody()) {
        shortRunStart = -1;
      }
      if (breaks && first >= 0) {
        blocks.add(new Block(first, last, chars, proseLines, words));
        first = -1;
        chars = 0;
        proseLines = 0;
        words = 0;
      }
      if (kind.canBeBody()) {
        gap = 0;
        if (first < 0 && !prose && shortRunStart < 0) {
          shortRunStart = i;
        }
        if (first < 0 && prose) {
          // A one-line opening paragraph right before the first long one belongs to the body.
          first = shortRunStart >= 0 ? shortRunStart : i;
        }
        if (first >= 0) {
          last = i;
          if (prose) {
            chars += lines.get(i).text().length();
            proseLines++;
            words += lines.get(i).words();
          }
        }
      }
    }
    if (first >= 0) {
      blocks.add(new Block(first, last, chars, proseLines, words));
    }
    return blocks;
  }

  /**
   * Two blocks join when what stands between them is a short box that opens with known furniture
   * (a wrapper line, or a picture's caption or credit), perhaps under a heading of its own ("Get
   * the morning briefing"), a box set tight ({@link BoxLines#boxAt}), or a button; nothing in it
   * closes the article or is its byline, the first block does not stand under a closing line, and
   * both blocks read as an article.
   */
  private static boolean joinable(Block before, Block after, List<SourceLine> lines,
      List<LineKind> kinds) {
    int gapStart = before.last() + 1;
    if (looseLines(lines, kinds, gapStart, after.first()) > MAX_BOX_LINES) {
      return false;
    }
    boolean button = isButton(lines, kinds, gapStart, after);
    int box = BoxLines.boxAt(lines, kinds, gapStart);
    boolean opensWithFurniture = isFurniture(kinds.get(gapStart)) || button
        || (box >= 0 && box < after.first())
        || (kinds.get(gapStart) == LineKind.OTHER && gapStart + 1 < after.first()
            && kinds.get(gapStart + 1) == LineKind.WRAPPER);
    // Prose under a closing line ("Disclosure statement", "About the author") is that box's.
    if (before.first() > 0 && kinds.get(before.first() - 1).endsArticle()) {
      return false;
    }
    for (int i = gapStart; i < after.first(); i++) {
      // A box inside the article never holds its byline: prose over one is the standfirst.
      boolean closes = kinds.get(i).endsArticle() && !(button && i == gapStart);
      if (closes
          || (kinds.get(i) == LineKind.OTHER && Byline.explicit(lines.get(i).text()).isPresent())) {
        return false;
      }
    }
    return opensWithFurniture && before.meanWords() >= MIN_MEAN_WORDS_TO_JOIN
        && after.meanWords() >= MIN_MEAN_WORDS_TO_JOIN;
  }

  /**
   * How many lines of the gap [from, to) stand outside the boxes set tight in it: a box counts as
   * none, up to {@link #MAX_TIGHT_BOX_LINES}.
   */
  private static int looseLines(List<SourceLine> lines, List<LineKind> kinds, int from, int to) {
    int loose = 0;
    int i = from;
    while (i < to) {
      int last = BoxLines.boxAt(lines, kinds, i);
      if (last >= 0 && last < to && last - i < MAX_TIGHT_BOX_LINES) {
        i = last + 1;
      } else {
        loose++;
        i++;
      }
    }
    return loose;
  }

  /**
   * Whether the gap is one closing phrase set alone like a button ("Leave a comment", blank lines
   * around it) over paragraphs that go on as the article does, one after another: a newsletter
   * platform sets its buttons inside the post. A real closing line has a comment thread (its
   * writers' names between the comments) or the page's furniture under it.
   */
  private static boolean isButton(List<SourceLine> lines, List<LineKind> kinds, int gapStart,
      Block after) {
    int under = after.first();
    if (under != gapStart + 1 || kinds.get(gapStart) != LineKind.END
        || !lines.get(gapStart).blankBefore()
        || under + MIN_PARAGRAPHS_UNDER_BUTTON > lines.size()) {
      return false;
    }
    for (int i = under; i < under + MIN_PARAGRAPHS_UNDER_BUTTON; i++) {
      if (!kinds.get(i).canBeBody() || !lines.get(i).blankBefore()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFurniture(LineKind kind) {
    return kind == LineKind.WRAPPER || kind == LineKind.CAPTION;
  }

  private static Block merge(Block a, Block b) {
    return new Block(a.first(), b.last(), a.proseChars() + b.proseChars(),
        a.proseLines() + b.proseLines(), a.proseWords() + b.proseWords());
  }
}
