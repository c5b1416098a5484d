package dev.gloss.ingest.html;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The plain text a person gets by selecting part of a page in a browser and copying it: every
 * block element on lines of its own, a blank line around each paragraph, heading, caption and other
 * block (a single line break between list items and table rows), a line break for each
 * {@code <br>}, white space folded as the browser shows it except in {@code <pre>}, and the
 * quotation marks a browser draws around a {@code <q>}. Images give nothing: a copy leaves their
 * alt text out. Script and style contents are never text.
 *
 * <p>This is the text-ingest rules' input, so its line shape is what matters: one paragraph a line,
 * and nothing glued to the line before it. A browser sets some blocks ({@code <div>}s, headings)
 * apart with a single line break; here every block gets a blank line, which costs the rules
 * nothing and keeps them from ever reading two elements as one hard-wrapped paragraph.
 */
final class PageCopy {

  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote",
      "body", "caption", "center", "details", "dialog", "div", "dl", "fieldset", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
      "legend", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul");
  /** Blocks that a browser sets on a new line with no blank line before them. */
  private static final Set<String> LINES = Set.of("li", "dt", "dd", "tr", "option");
  private static final Set<String> CELLS = Set.of("td", "th");
  private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

  private final StringBuilder out = new StringBuilder();
  /** How many line ends the text owes before its next character (1: new line, 2: blank line). */
  private int owedBreaks;
  private int preDepth;
  private int quoteDepth;

  private PageCopy() {
  }

  /**
   * The text of one element.
   *
   * @param element the element
   * @return its text as a copy gives it
   */
  static String of(Element element) {
    return between(element, element, null, "");
  }

  /**
   * The text from the start of one element to the end of another, in page order: a selection
   * dragged from {@code first} to the end of {@code last}.
   *
   * @param first where the selection starts; must not come after {@code last} in the page
   * @param last where it ends (may be {@code first}, or inside it)
   * @param replaced an element in the selection whose text is replaced, or null
   * @param line the line that stands for it
   * @return the selection's text as a copy gives it
   */
  static String between(Element first, Element last, @Nullable Element replaced, String line) {
    return copy(first.root(), new Selection(first, false, last, replaced, line));
  }

  /**
   * The text of the page after an element ends: a selection dragged from there to the page's end.
   *
   * @param element where the selection starts, once it has ended
   * @return the rest of the page's text as a copy gives it
   */
  static String after(Element element) {
    return copy(element.root(), new Selection(element, true, null, null, ""));
  }

  /** Whether a browser sets this element apart as a block (a line or paragraph of its own). */
  static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName()) || LINES.contains(element.normalName());
  }

  private static String copy(Node root, Selection selection) {
    PageCopy copy = new PageCopy();
    NodeTraversor.filter(copy.new Walk(selection), root);
    return copy.out.toString().strip();
  }

  /**
   * Where a selection runs in the page.
   *
   * @param from where it starts
   * @param afterFrom whether it starts where {@code from} ends rather than where it starts
   * @param last where it ends, or null for the end of the page
   * @param replaced an element whose text the selection replaces, or null
   * @param line the line that stands for it
   */
  private record Selection(Element from, boolean afterFrom, @Nullable Element last,
      @Nullable Element replaced, String line) {
  }

  /** Walks the page, copying what the selection holds. */
  private final class Walk implements NodeFilter {

    private final Selection selection;
    private boolean copying;

    Walk(Selection selection) {
      this.selection = selection;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      copying |= node == selection.from() && !selection.afterFrom();
      if (copying && node == selection.replaced() && node != selection.last()) {
        owedBreaks = 2;
        append(selection.line());
        owedBreaks = 2;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (copying) {
        open(node);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (copying) {
        close(node);
      }
      copying |= node == selection.from() && selection.afterFrom();
      return node == selection.last() ? FilterResult.STOP : FilterResult.CONTINUE;
    }
  }

  private void open(Node node) {
    if (node instanceof TextNode text) {
      String whole = text.getWholeText();
      append(preDepth > 0 ? whole : SPACE.matcher(whole).replaceAll(" "));
    } else if (node instanceof Element element) {
      String name = element.normalName();
      if (name.equals("br")) {
        out.append('\n');
      } else if (CELLS.contains(name)) {
        append(" ");
      } else if (name.equals("q")) {
        append(quoteDepth++ % 2 == 0 ? "\u201c" : "\u2018");
      }
      breakFor(name);
      preDepth += name.equals("pre") ? 1 : 0;
    }
  }

  private void close(Node node) {
    if (node instanceof Element element) {
      String name = element.normalName();
      // A selection that starts inside a quotation or a <pre> closes what it never opened.
      if (name.equals("q") && quoteDepth > 0) {
        append(--quoteDepth % 2 == 0 ? "\u201d" : "\u2019");
      }
      breakFor(name);
      preDepth -= name.equals("pre") && preDepth > 0 ? 1 : 0;
    }
  }

  private void breakFor(String name) {
    if (BLOCKS.contains(name)) {
      owedBreaks = 2;
    } else if (LINES.contains(name)) {
      owedBreaks = Math.max(owedBreaks, 1);
    }
  }

  private void append(String text) {
    if (text.isBlank() && (owedBreaks > 0 || atLineStart() || endsWithSpace())) {
      return; // white space between blocks, or more of it than the browser shows
    }
    if (owedBreaks > 0 && out.length() > 0) {
      for (int have = trailingLineEnds(); have < owedBreaks; have++) {
        out.append('\n');
      }
    }
    owedBreaks = 0;
    out.append(atLineStart() || endsWithSpace() ? text.stripLeading() : text);
  }

  private boolean atLineStart() {
    return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
  }

  private boolean endsWithSpace() {
    return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
  }

  private int trailingLineEnds() {
    int count = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
      count++;
    }
    return count;
  }
}
