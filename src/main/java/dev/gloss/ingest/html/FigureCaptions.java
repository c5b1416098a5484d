package dev.gloss.ingest.html;

import dev.gloss.model.Caption;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code <figcaption>} as a caption and its credit. The markup tells them apart when the
 * credit has an element of its own ({@code <span class="credit">},
 * {@code itemprop="copyrightHolder"}, {@code <cite>}, {@code <small>}); a caption whose credit is
 * only words is split by the text ingester, which knows credit wording.
 */
final class FigureCaptions {

  private static final String CREDIT = "cite, small, [class~=(?i)credit|copyright|byline"
      + "|photographer|attribution|source], [itemprop~=(?i)copyrightHolder|creditText|author"
      + "|creator]";
  /** "Photo: ", "Photograph by ", "(Image: ...)": the label and brackets around a credit. */
  private static final Pattern LABEL = Pattern.compile(
      "^\\(?\\s*(?:(?:photo(?:graph)?|image|picture|illustration|video)s?(?:\\s+credit)?"
          + "|credits?)\\s*(?::|\\bby\\b)\\s*|\\)$", Pattern.CASE_INSENSITIVE);

  private FigureCaptions() {
  }

  /**
   * The caption a figure's caption element gives.
   *
   * @param figcaption the element
   * @return its words and, when the markup sets it apart, the credit; null for an empty caption
   */
  static @Nullable Caption of(Element figcaption) {
    Element copy = figcaption.clone();
    Element credit = copy.selectFirst(CREDIT);
    String creditText = null;
    if (credit != null && credit != copy) {
      creditText = LABEL.matcher(credit.text().strip()).replaceAll("").strip();
      credit.remove();
    }
    String text = MarkupLines.normal(PageCopy.of(copy));
    if (text.isEmpty()) {
      return null; // a credit alone captions nothing
    }
    return new Caption(text, creditText == null || creditText.isEmpty() ? null : creditText);
  }

  /** A figure caption's whole text, credit included, as it stands on a line of the copy. */
  static String line(Element figcaption) {
    return MarkupLines.normal(PageCopy.of(figcaption));
  }
}
