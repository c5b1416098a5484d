package dev.gloss.ingest.html;

import dev.gloss.ingest.TextIngester;
import dev.gloss.model.Article;
import dev.gloss.model.GlossException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What the text ingester finds in a page's copy: the copied region, with the headline first when
 * the region does not hold it (the ingester's header rules need a headline to stand on) and the
 * page's copyright notices last.
 *
 * <p>The headline's line only has to stand where the headline stands: its words come from the
 * page's markup, which has already said which element is the headline. So the copy gives it
 * without the punctuation that ends it (the ingester reads a line that ends like a sentence, "...
 * a tax on sunshine\u201d", as prose), and when the ingester still finds no headline (two words
 * are too few for its rule) the copy is read again with a stand-in of headline shape there.
 *
 * <p>A page that its scripts fill in, saved as the server sent it, shows only its furniture, but
 * many such pages give search engines the article's text in their JSON-LD; that text is read when
 * the page's own gives no article.
 *
 * @param region the copied region
 * @param title the headline the page's metadata or markup gives, if any
 * @param articleBody the article's text from its JSON-LD, if it gives one
 * @param copyright the page's copyright notices outside the region
 */
record TextGuess(ContentRegion region, @Nullable String title, @Nullable String articleBody,
    List<String> copyright) {

  private static final Pattern SENTENCE_END =
      Pattern.compile("[\\s.!?\u2026\"'\u201d\u2019]+$");
  /** A line that any headline rule takes for a headline, and no other rule for anything else. */
  private static final String STAND_IN = "headline of the saved page";

  /**
   * The ingester's article from the first text that gives one.
   *
   * @throws GlossException the ingester's complaint about the page's own text, when no text gives
   *     an article; or that the page shows no text at all
   */
  Article read(String fileName, TextIngester ingester) {
    Element headline = region.headline();
    String copied = PageCopy.between(region.first(), region.content(), headline,
        headline == null ? "" : anchor(headline.text()));
    List<Supplier<String>> texts = new ArrayList<>();
    if (!copied.isBlank()) {
      String above = headline == null && title != null ? anchor(title) : null;
      texts.add(() -> text(above, copied));
      if (headline != null || title != null) {
        texts.add(() -> text(headline == null ? STAND_IN : null, PageCopy.between(region.first(),
            region.content(), headline, STAND_IN)));
      }
    }
    if (articleBody != null) {
      texts.add(() -> text(title == null ? null : anchor(title), articleBody));
      texts.add(() -> text(STAND_IN, articleBody));
    }
    if (texts.isEmpty()) {
      throw new GlossException(fileName, 0, "shows no text: its body holds only markup or"
          + " script; if the site builds its pages with JavaScript, save the page from the browser"
          + " once it has loaded (\"Web Page, Complete\"), or copy its text into a .txt seed");
    }
    GlossException first = null;
    for (Supplier<String> text : texts) {
      try {
        return ingester.ingest(fileName, text.get());
      } catch (GlossException e) {
        first = first == null ? e : first;
      }
    }
    // What is wrong with the page's own text is what the user can act on. A line number would
    // count lines of the copy, which the user never sees.
    throw first.line() == 0 ? first : new GlossException(first.file(), 0, first.getMessage(),
        first);
  }

  private String text(@Nullable String above, String body) {
    StringBuilder text = new StringBuilder();
    if (above != null) {
      text.append(above).append("\n\n");
    }
    text.append(body);
    copyright.forEach(line -> text.append("\n\n").append(line));
    return text.append('\n').toString();
  }

  private static String anchor(String headline) {
    return SENTENCE_END.matcher(headline.strip()).replaceFirst("");
  }
}
