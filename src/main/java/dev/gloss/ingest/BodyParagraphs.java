package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Takes the paragraphs out of the body's lines, leaving the furniture that stands among them: an
 * author's bio at the end, and pull quotes that repeat a paragraph's words for display.
 */
final class BodyParagraphs {

  /** How far from the paragraph it repeats a pull quote may stand, in paragraphs. */
  private static final int PULL_QUOTE_REACH = 25;
  /** The longest a pull quote is, in characters. */
  private static final int PULL_QUOTE_MAX = 400;

  private static final Pattern OUTER_QUOTES =
      Pattern.compile("^[\"'\u201c\u2018]|[\"'\u201d\u2019]$");

  private final PhraseList bioPhrases;

  BodyParagraphs(PhraseList bioPhrases) {
    this.bioPhrases = bioPhrases;
  }

  /**
   * @param lines the page's lines
   * @param kinds their kinds, same indices
   * @param body where the body stands
   * @return the body's paragraphs in order
   */
  List<String> of(List<SourceLine> lines, List<LineKind> kinds, BodyLocator.Block body) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = body.first(); i <= body.last(); i++) {
      if (kinds.get(i).canBeBody()) {
        paragraphs.add(lines.get(i).text());
      }
    }
    // An author's bio ends many articles; it is about the writer, not the news.
    while (paragraphs.size() > 1 && bioPhrases.matches(paragraphs.get(paragraphs.size() - 1))) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    return withoutPullQuotes(paragraphs);
  }

  /** A pull quote repeats words of a paragraph for display; the paragraph keeps them. */
  private static List<String> withoutPullQuotes(List<String> paragraphs) {
    List<String> lower = paragraphs.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String bare = OUTER_QUOTES.matcher(lower.get(i)).replaceAll("");
      boolean repeated = false;
      // A pull quote is short and stands near the paragraph it repeats; looking only there keeps
      // a very long article's ingest linear rather than quadratic.
      int from = Math.max(0, i - PULL_QUOTE_REACH);
      int to = Math.min(paragraphs.size(), i + PULL_QUOTE_REACH + 1);
      for (int j = from; j < to && !repeated && bare.length() <= PULL_QUOTE_MAX; j++) {
        repeated = j != i && lower.get(j).length() > bare.length() && lower.get(j).contains(bare);
      }
      if (!repeated) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }
}
