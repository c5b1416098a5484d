package dev.gloss.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds, counted once for the whole page: the characters of
 * its text that are not white space (indentation in the markup is not text). Asking each element
 * for its text instead costs the size of its subtree every time, which nested elements turn into a
 * cost that grows with the square of the page.
 */
final class TextSizes {

  private final Map<Element, Integer> sizes = new IdentityHashMap<>();

  private TextSizes() {
  }

  /** The sizes of {@code root} and every element in it, as they stand now. */
  static TextSizes of(Element root) {
    TextSizes sizes = new TextSizes();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        // counted on the way out, once the children are
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          int size = 0;
          for (Node child : element.childNodes()) {
            size += child instanceof TextNode text ? visible(text.getWholeText())
                : child instanceof Element inner ? sizes.size(inner) : 0;
          }
          sizes.sizes.put(element, size);
        }
      }
    }, root);
    return sizes;
  }

  /** The element's text size; 0 for an element that was not in the page when it was counted. */
  int size(Element element) {
    return sizes.getOrDefault(element, 0);
  }

  private static int visible(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      count += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
    }
    return count;
  }
}
