package dev.gloss.ingest.html;

import dev.gloss.ingest.TextIngester;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.GlossException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}) and finds the article in it.
 *
 * <p>The steps: decode the bytes in the page's own charset ({@link HtmlDecoder}); read what the
 * publisher says about the article in its JSON-LD and meta tags; take out what no reader sees and
 * the page's furniture ({@link Furniture}); find the article's region ({@link ContentRegion});
 * turn it into the text a person copying it would get ({@link PageCopy}) and let the
 * {@link TextIngester} find the article in that text ({@link TextGuess}), so that its wrapper rules
 * (sign-up boxes, related stories, adverts) serve saved pages as they serve scrapes; then let the
 * page's metadata and markup correct the ingester's guesses ({@link MetaMerge}) and take out the
 * lines the markup says are not paragraphs ({@link MarkupLines}).
 *
 * <p>Nothing of the page's markup reaches the article: links, scripts and attributes are gone with
 * the markup, and what is left is text, which the later stages treat as data.
 *
 * <pre>{@code
 * HtmlArticle read = HtmlIngester.standard().ingest("story.html", Files.readAllBytes(path));
 * }</pre>
 */
public final class HtmlIngester {

  private static final HtmlIngester STANDARD = new HtmlIngester(TextIngester.standard());

  private final TextIngester textIngester;

  private HtmlIngester(TextIngester textIngester) {
    this.textIngester = textIngester;
  }

  /** The ingester with Gloss's own text rules. Thread-safe. */
  public static HtmlIngester standard() {
    return STANDARD;
  }

  /**
   * Finds the article in a saved web page.
   *
   * @param fileName the seed's file name: used for messages and as the article's source
   * @param bytes the page as saved
   * @return the article and any notes on how the page was read
   * @throws GlossException if the page cannot be decoded, shows no text, or holds no article
   */
  public HtmlArticle ingest(String fileName, byte[] bytes) {
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(fileName, bytes);
    Document page = decoded.document();
    List<String> notes = new ArrayList<>();
    if (decoded.note() != null) {
      notes.add(decoded.note());
    }
    // The JSON-LD is in script elements and the meta tags in the head: read both before the
    // invisible parts of the page go.
    JsonLdGraph graph = JsonLdGraph.of(page);
    notes.addAll(graph.problems());
    PageMeta published = JsonLdMeta.read(graph).or(MetaTags.read(page));
    String articleBody = JsonLdMeta.articleBody(graph);

    Furniture.removeInvisible(page);
    List<Element> furniture = Furniture.removeFurniture(page);
    ContentRegion region = ContentRegion.of(page);
    PageMeta markup = MarkupMeta.read(page, region);
    Article guessed = new TextGuess(region, published.or(markup).title(), articleBody,
        CopyrightNotices.outside(region, furniture)).read(fileName, textIngester);

    // What the page says about itself beats what the ingester guessed from the shape of lines.
    ArticleMeta meta = MetaMerge.merge(published, markup, page.body().selectFirst("figcaption"),
        guessed.meta());
    Set<String> notBody = MarkupLines.notBody(page.body());
    if (meta.caption() != null) {
      notBody.add(MarkupLines.normal(meta.caption().text()));
    }
    return new HtmlArticle(new Article(meta, MarkupLines.without(guessed.paragraphs(), notBody)),
        notes);
  }
}
