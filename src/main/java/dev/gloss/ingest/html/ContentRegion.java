package dev.gloss.ingest.html;

import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The part of a page that holds the article: the page's {@code <article>} (the one with the most
 * text, as teasers and comments can be articles too), else its {@code articleBody}, else its
 * {@code <main>}, else the whole body; and when the headline stands above that element, as it
 * often does with the byline and lead picture beside it, the region starts at the headline.
 *
 * <p>An element that holds less than a third of the page's text is not the article but a teaser
 * or a box: the region is then the whole body, and the text ingester finds the article in it.
 *
 * @param first where the region starts: the headline above the content, or the content itself
 * @param content the element that holds the article's text
 * @param headline the headline's {@code <h1>}, if the region holds one
 */
record ContentRegion(Element first, Element content, @Nullable Element headline) {

  private static final List<String> CONTENT = List.of("article", "[itemprop=articleBody]", "main",
      "[role=main]");

  /** The region of a page whose furniture is already removed. */
  static ContentRegion of(Document page) {
    Element body = page.body();
    Element content = content(body);
    Element inside = content.selectFirst("h1");
    if (inside != null) {
      return new ContentRegion(content, content, inside);
    }
    Element above = lastHeadingBefore(body, content);
    if (above != null) {
      return new ContentRegion(above, content, above);
    }
    return new ContentRegion(content, content, null);
  }

  private static Element content(Element body) {
    TextSizes sizes = TextSizes.of(body);
    int pageText = sizes.size(body);
    for (String query : CONTENT) {
      Element largest = body.select(query).stream()
          .max(Comparator.comparingInt(sizes::size)).orElse(null);
      if (largest != null && sizes.size(largest) * 3 >= pageText) {
        return largest;
      }
    }
    return body;
  }

  /** The last {@code <h1>} before the content in page order: the nearest headline above it. */
  private static @Nullable Element lastHeadingBefore(Element body, Element content) {
    Element found = null;
    for (Element element : body.getAllElements()) {
      if (element == content) {
        return found;
      }
      if (element.normalName().equals("h1")) {
        found = element;
      }
    }
    return null;
  }
}
