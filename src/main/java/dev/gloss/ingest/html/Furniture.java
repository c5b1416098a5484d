package dev.gloss.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Takes out of a page what is not the article's text: first what a reader never sees as text (code,
 * styles, embedded documents, form controls, hidden elements), then the page's furniture (menus,
 * footers, sidebars, forms, consent banners and pop-ups).
 *
 * <p>Furniture is recognised by the page's own landmarks, never by wording: wording is the text
 * ingester's business, and its wrapper rules still see what the landmarks miss (sign-up boxes,
 * "Related stories" lists, adverts in plain {@code <div>}s).
 */
final class Furniture {

  /** What no reader reads as text; images carry only alt text, which a copy leaves out too. */
  private static final String INVISIBLE = "script, style, noscript, template, svg, iframe, frame,"
      + " object, embed, canvas, video, audio, map, button, input, select, textarea,"
      + " dialog:not([open]), [hidden],"
      + " [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
  /**
   * Consent banners have no landmark of their own, so their usual ids and classes name them (the
   * consent platforms' own names included).
   */
  private static final String BANNER = "(?i)(?:^|\\s|_|-)(?:cookie|consent|gdpr|onetrust|didomi)";
  /** Landmarks of the page around the article. */
  private static final String FURNITURE = "nav, footer, aside, form, [role=navigation],"
      + " [role=contentinfo], [role=complementary], [role=search], [role=dialog],"
      + " [role=alertdialog], [aria-modal=true], [id~=" + BANNER + "], [class~=" + BANNER + "]";
  private static final Evaluator FURNITURE_QUERY = QueryParser.parse(FURNITURE);
  /** What holds the article, which a landmark around it must not take away. */
  private static final String CONTENT = "article, main, [role=main], [itemprop=articleBody]";

  private Furniture() {
  }

  /** Removes what no reader sees as text. */
  static void removeInvisible(Document page) {
    page.select(INVISIBLE).remove();
  }

  /**
   * Removes the page's furniture.
   *
   * <p>A landmark that holds the article, or more than half of the page's text, is the page
   * itself under a misleading name and stays: some publishing systems wrap a whole page in one
   * {@code <form>}, and some themes put the story in an {@code <aside>}.
   *
   * @return what was removed, in page order, for the parts worth keeping (a copyright notice)
   */
  static List<Element> removeFurniture(Document page) {
    TextSizes sizes = TextSizes.of(page.body());
    int pageText = sizes.size(page.body());
    Set<Element> holdingContent = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element content : page.body().select(CONTENT)) {
      Element at = content;
      // Each ancestor once: the walk up stops at one that an earlier walk marked.
      while (at != null && holdingContent.add(at)) {
        at = at.parent();
      }
    }
    List<Element> found = new ArrayList<>();
    // One walk that steps over what it will remove, so that furniture nested in furniture costs
    // nothing more.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && element.is(FURNITURE_QUERY)
            && !holdingContent.contains(element) && sizes.size(element) * 2 <= pageText) {
          found.add(element);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, page.body());
    found.forEach(Element::remove);
    return found;
  }
}
