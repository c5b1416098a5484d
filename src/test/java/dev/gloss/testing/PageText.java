package dev.gloss.testing;

import org.jsoup.nodes.Element;

/** The article's own words on a page, without the labels Gloss adds to its marks. */
public final class PageText {

  /** What Gloss writes beside a mark: speaker, claim type, date warning, links to the boxes. */
  public static final String LABELS = ".quote-by, .claim-tag, .date-warning, .back-link";

  private PageText() {
  }

  /** A copy of {@code element} with Gloss's labels taken out. */
  public static Element withoutLabels(Element element) {
    Element copy = element.clone();
    copy.select(LABELS).remove();
    return copy;
  }
}
