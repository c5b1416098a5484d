package dev.gloss.ingest;

import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.GlossException;
import dev.gloss.model.Slug;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain-text scrape of a news page and finds the article in it.
 *
 * <p>The rules look at each line's shape (length, whether it ends like a sentence, whether it
 * carries a credit or a copyright sign) and at where it stands relative to the densest run of
 * prose. Wording particular to sites lives in {@code wrapper-phrases.txt} and
 * {@code trailer-phrases.txt}. This class only runs the steps in order: {@link PageLines},
 * {@link LineClassifier}, {@link BodyLocator}, {@link BodyParagraphs}, then the finders of the
 * headline, outlet, authors and date in the lines around the body.
 *
 * <pre>{@code
 * Article article = TextIngester.standard().ingest("story.txt", text);
 * }</pre>
 */
public final class TextIngester {

  private static final TextIngester STANDARD = new TextIngester(
      PhraseList.load("wrapper-phrases.txt", true), PhraseList.load("trailer-phrases.txt", false));

  private final LineClassifier classifier;
  private final BodyParagraphs bodyParagraphs;

  private TextIngester(PhraseList wrapperPhrases, PhraseList trailerPhrases) {
    this.classifier = new LineClassifier(wrapperPhrases);
    this.bodyParagraphs = new BodyParagraphs(trailerPhrases);
  }

  /** The ingester with Gloss's own phrase lists. Thread-safe. */
  public static TextIngester standard() {
    return STANDARD;
  }

  /**
   * Finds the article in a scraped page.
   *
   * @param fileName the seed's file name: used for messages and as the article's source
   * @param text the page's text, already decoded
   * @return the article
   * @throws GlossException if the page has no article body or no title
   */
  public Article ingest(String fileName, String text) {
    List<SourceLine> lines = PageLines.of(text);
    List<LineKind> kinds = classifier.classify(lines);

    BodyLocator.Block body = BodyLocator.locate(lines, kinds);
    if (body.last() < body.first()) {
      throw new GlossException(fileName, 0,
          "has no article body (no line reads as a paragraph of prose); check that it is the"
              + " article's text and not only the page's wrapper");
    }
    List<SourceLine> header = lines.subList(0, body.first());
    List<LineKind> headerKinds = kinds.subList(0, body.first());
    TitleFinder.Headline headline = TitleFinder.headline(header, headerKinds,
        AuthorFinder.bylineIndex(header, headerKinds));
    if (headline == null) {
      throw new GlossException(fileName, 0,
          "has no title: no line above the body reads as a headline; put the headline on its own"
              + " line above the first paragraph");
    }
    CopyrightLine copyright = firstCopyright(lines, kinds);
    String holder = copyright == null ? null : copyright.holder();
    if (holder != null
        && holder.equalsIgnoreCase(AuthorFinder.find(header, headerKinds, headline.index(), null))) {
      // A writer who publishes alone holds the copyright in her own name: it names no outlet.
      holder = null;
    }
    String publication = PublicationFinder.find(holder, headline.suffix(), header,
        headerKinds, headline.text(), lines);
    String author = AuthorFinder.find(header, headerKinds, headline.index(), publication);
    List<String> paragraphs = bodyParagraphs.of(lines, kinds, body, author);
    LocalDate date = PageDate.find(lines, kinds, body, headline.index());
    Integer year = date != null ? Integer.valueOf(date.getYear())
        : copyright != null ? copyright.year() : null;

    ArticleMeta meta = new ArticleMeta(headline.text(), author, publication, date, year,
        CaptionLines.first(lines, kinds), copyright == null ? null : copyright.line(),
        fileName, Slug.from(headline.text(), "article"));
    return new Article(meta, paragraphs);
  }

  private static @Nullable CopyrightLine firstCopyright(List<SourceLine> lines,
      List<LineKind> kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) == LineKind.COPYRIGHT) {
        return CopyrightLine.parse(lines.get(i).text()).orElse(null);
      }
    }
    return null;
  }
}
