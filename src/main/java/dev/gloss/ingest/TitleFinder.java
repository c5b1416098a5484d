package dev.gloss.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Picks the headline among the lines above an article's body: a line of a few words, not furniture,
 * not a name, a writer's job title, a date or a label ("NEWS PROVIDED BY"), standing close above
 * the byline or, failing that, the body. When a headline and a standfirst (the summary under it)
 * stand together, the first of the two is the headline, unless it is a menu's last item; points
 * under a label ("Key points:") are the label's box, and the headline stands above it. Looking
 * above the byline first steps over what sites put between byline and body: captions, key points,
 * widgets, issue labels.
 */
final class TitleFinder {

  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 30;
  /** A line this long, or ending with a full stop, under a headline is its standfirst. */
  private static final int STANDFIRST_WORDS = 15;
  /** A menu bar ("News | Sport | Opinion") or a web address: never in a headline. */
  private static final Pattern MENU_OR_ADDRESS = Pattern.compile("\\|.*\\||://");
  /** The most words of a label that a longer header line repeats ("Live scores"). */
  private static final int MAX_LABEL_WORDS = 6;
  private static final Pattern ENDS_QUESTION = Pattern.compile("[?!][\"'\u201d\u2019]?$");

  private TitleFinder() {
  }

  /**
   * The headline as the page gives it.
   *
   * @param index the headline's line in the header
   * @param text the headline, without an outlet's name after it
   * @param suffix the outlet's name when the page prints "Headline | Outlet", else null
   */
  record Headline(int index, String text, @Nullable String suffix) {
  }

  /**
   * The headline, with the outlet's name split off when the page writes "Headline | Outlet" (on
   * the headline's own line, or on another header line that carries the same headline).
   *
   * @param header the lines above the body
   * @param kinds their kinds, same indices
   * @param byline the index of the explicit byline in {@code header}, or -1
   * @return the headline, or null when no line qualifies
   */
  static @Nullable Headline headline(List<SourceLine> header, List<LineKind> kinds, int byline) {
    int index = byline > 0 ? find(header.subList(0, byline), kinds.subList(0, byline)) : -1;
    if (index < 0) {
      index = find(header, kinds);
    }
    if (index < 0) {
      return null;
    }
    String title = header.get(index).text();
    for (int i = 0; i < header.size(); i++) {
      String[] split = splitSuffix(header.get(i).text());
      if (split != null && (split[0].equals(title) || i == index)) {
        return new Headline(index, split[0], split[1]);
      }
    }
    return new Headline(index, title, null);
  }

  /**
   * @param header the lines to look in
   * @param kinds their kinds, same indices
   * @return the index of the headline in {@code header}, or -1 when none qualifies
   */
  private static int find(List<SourceLine> header, List<LineKind> kinds) {
    int from = header.size() - 1;
    while (from >= 0) {
      int best = lastCandidate(header, kinds, from);
      // Summary points set one under another with no blank line between ("Councillors voted
      // 22-19", "Rise of 7.9 per cent...") stand together under the headline: start from the
      // first.
      while (best > 0 && !header.get(best).blankBefore() && isHeadlineAbove(header, kinds, best)) {
        best--;
      }
      if (best > 0 && AuthorFinder.isLabelledValue(header, best)) {
        // Points under a label ("Key points:") are the label's box: the headline is above it.
        from = best - 2;
        continue;
      }
      if (best > 0 && isHeadlineAbove(header, kinds, best)
          && standsUnder(header.get(best), header.get(best - 1))) {
        return best - 1;
      }
      return best;
    }
    return -1;
  }

  /** The last line at or above {@code from} that could be the headline, or -1. */
  private static int lastCandidate(List<SourceLine> header, List<LineKind> kinds, int from) {
    for (int i = from; i >= 0; i--) {
      if (isCandidate(header.get(i), kinds.get(i)) && !repeatsLongerLine(header, i)
          && !AuthorFinder.isLabelledValue(header, i) && !AuthorFinder.isWritersRole(header, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the line above {@code index} could be the headline: a candidate, not a menu item. */
  private static boolean isHeadlineAbove(List<SourceLine> header, List<LineKind> kinds,
      int index) {
    return isCandidate(header.get(index - 1), kinds.get(index - 1))
        && !MenuLines.isItem(header, index - 1);
  }

  /**
   * Whether a line reads as the standfirst under the headline above it: long or a sentence, but
   * not in a headline's Title Case; or no longer than that headline, since a label over a
   * headline ("Cost of living") is short.
   */
  private static boolean standsUnder(SourceLine line, SourceLine above) {
    boolean summary = line.words() >= STANDFIRST_WORDS || line.text().endsWith(".");
    return (summary && !line.isTitleCased()) || above.words() >= line.words();
  }

  private static boolean isCandidate(SourceLine line, LineKind kind) {
    String text = line.text();
    int words = line.letterWords();
    boolean headlineKind = kind == LineKind.OTHER
        || (kind.canBeBody() && ENDS_QUESTION.matcher(text).find());
    return headlineKind && words >= MIN_WORDS && words <= MAX_WORDS && !line.isLabel()
        && !MENU_OR_ADDRESS.matcher(text).find() && !DateLine.hasClock(text)
        && Byline.byPrefix(text).isEmpty() && Byline.bareNames(text).isEmpty()
        && DateLine.find(text).isEmpty();
  }

  /**
   * A score line or a short label that a longer header line contains is not the headline. A
   * headline a breadcrumb line repeats ("U.S.|Headline https://...") still is.
   */
  private static boolean repeatsLongerLine(List<SourceLine> header, int index) {
    String text = header.get(index).text();
    if (header.get(index).letterWords() > MAX_LABEL_WORDS) {
      return false;
    }
    for (SourceLine other : header) {
      if (other.text().length() > text.length() && other.text().contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** Splits "Headline | Outlet" into the headline and the outlet, if the line has that form. */
  private static @Nullable String[] splitSuffix(String line) {
    var matcher = SUFFIX.matcher(line);
    if (matcher.matches() && matcher.group(2).split("\\s+").length <= 5) {
      return new String[] {matcher.group(1).strip(), matcher.group(2).strip()};
    }
    return null;
  }

  private static final Pattern SUFFIX =
      Pattern.compile("^(.{10,}?)\\s+[|\u2013\u2014-]\\s+([^|]{2,40})$");
}
