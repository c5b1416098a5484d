package dev.gloss.ingest.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The lines of a page's copy that its markup says are not the article's paragraphs, however much
 * they read like prose: headings (a subhead may end with a question mark), figure captions, and
 * datelines. The text ingester judges lines by their shape only; the markup knows what they are.
 */
final class MarkupLines {

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Evaluator NOT_BODY =
      QueryParser.parse("h1, h2, h3, h4, h5, h6, figcaption");

  private MarkupLines() {
  }

  /**
   * The lines, white space folded, that no paragraph may be.
   *
   * @param root the copied part of the page
   * @return each line once
   */
  static Set<String> notBody(Element root) {
    Set<String> lines = new HashSet<>();
    // A heading inside a heading stands on a line of the outer one's copy: one copy serves both.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && element.is(NOT_BODY)) {
          addLines(element, lines);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    for (Element dateline : Datelines.of(root)) {
      addLines(dateline, lines);
    }
    return lines;
  }

  /** The paragraphs that are not among {@code lines}; all of them if none would be left. */
  static List<String> without(List<String> paragraphs, Set<String> lines) {
    List<String> kept = paragraphs.stream().filter(p -> !lines.contains(normal(p))).toList();
    return kept.isEmpty() ? paragraphs : kept;
  }

  /** A line as the set holds it: white space folded and trimmed. */
  static String normal(String line) {
    return SPACE.matcher(line).replaceAll(" ").strip();
  }

  private static void addLines(Element element, Set<String> lines) {
    PageCopy.of(element).lines().map(MarkupLines::normal).filter(line -> !line.isEmpty())
        .forEach(lines::add);
  }
}
