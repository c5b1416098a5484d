package dev.gloss.ingest.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's copyright notices that the copied region leaves out: those on the page after the
 * article, and those in the footers taken out as furniture. A footer is furniture, but its
 * copyright line says who owns the article, so it is the one line of it that is kept.
 */
final class CopyrightNotices {

  /** A line that holds a copyright sign, or starts with "(c)" or "Copyright". */
  private static final Pattern NOTICE =
      Pattern.compile("\u00a9|^\\(c\\)|^copyright\\b", Pattern.CASE_INSENSITIVE);

  private CopyrightNotices() {
  }

  /**
   * The notices, in page order, each once.
   *
   * @param region the copied region
   * @param removed the furniture taken out of the page
   * @return the lines that carry a notice
   */
  static List<String> outside(ContentRegion region, List<Element> removed) {
    Set<String> lines = new LinkedHashSet<>();
    if (!region.content().normalName().equals("body")) {
      add(PageCopy.after(region.content()), lines);
    }
    for (Element element : removed) {
      if (element.normalName().equals("footer") || element.attr("role").equals("contentinfo")) {
        add(PageCopy.of(element), lines);
      }
    }
    return List.copyOf(lines);
  }

  private static void add(String text, Set<String> lines) {
    text.lines().map(MarkupLines::normal).filter(line -> NOTICE.matcher(line).find())
        .forEach(lines::add);
  }
}
