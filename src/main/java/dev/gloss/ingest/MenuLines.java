package dev.gloss.ingest;

import java.util.List;

/**
 * Tells the items of a page's menus: short lines set one under another with no blank line
 * between and no sentence among them ("Sport", "Analysis", "Search the news"). A menu item is
 * neither the headline over a standfirst nor the outlet's name, though it may look like either.
 */
final class MenuLines {

  private static final int MAX_ITEM_WORDS = 4;
  /** A line is a menu's item when at least this many short lines stand right above it. */
  private static final int MIN_ITEMS_ABOVE = 3;

  private MenuLines() {
  }

  /**
   * @param lines a page's lines, or the part of them above the body
   * @param index the line to judge
   * @return whether that line is an item of a menu
   */
  static boolean isItem(List<SourceLine> lines, int index) {
    if (!isShort(lines.get(index))) {
      return false;
    }
    int items = 0;
    for (int i = index; i > 0 && items < MIN_ITEMS_ABOVE && !lines.get(i).blankBefore()
        && isShort(lines.get(i - 1)); i--) {
      items++;
    }
    return items >= MIN_ITEMS_ABOVE;
  }

  private static boolean isShort(SourceLine line) {
    return line.words() <= MAX_ITEM_WORDS && !line.endsSentence();
  }
}
