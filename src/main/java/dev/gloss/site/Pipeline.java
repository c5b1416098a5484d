package dev.gloss.site;

import dev.gloss.annotate.Annotator;
import dev.gloss.annotate.time.DateContext;
import dev.gloss.ingest.SeedDecoder;
import dev.gloss.ingest.TextIngester;
import dev.gloss.markdown.MarkdownDocument;
import dev.gloss.markdown.MarkdownReader;
import dev.gloss.markdown.MarkdownWriter;
import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.GlossException;
import dev.gloss.model.Slug;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs the per-article stages on one seed: ingest (for a scrape), then Markdown, which every
 * article passes through so that a scrape and the Markdown made from it build the same page.
 */
public final class Pipeline {

  private final TextIngester ingester = TextIngester.standard();
  private final MarkdownReader reader = MarkdownReader.standard();
  private final Annotator annotator = Annotator.standard();

  /**
   * The Gloss Markdown for a seed: made from a scrape, or the Markdown seed itself.
   *
   * @throws GlossException when the seed cannot be read or holds no article
   */
  public String markdown(Seed seed) {
    String text = SeedDecoder.decode(seed.name(), seed.bytes());
    return switch (seed.kind()) {
      case TEXT -> MarkdownWriter.write(ingester.ingest(seed.name(), text));
      case MARKDOWN -> text;
    };
  }

  /**
   * The seed read all the way to a Markdown document with its HTML body.
   *
   * @throws GlossException when the seed cannot be read or holds no article
   */
  public MarkdownDocument document(Seed seed) {
    return reader.read(seed.name(), markdown(seed));
  }

  /**
   * The seed's article and everything the annotator finds in it.
   *
   * @param bodyOnly the seed is the article's body alone, with no page wrapper and no title
   * @param date the article's date, when the seed gives none
   */
  public Annotated annotate(Seed seed, boolean bodyOnly, @Nullable LocalDate date) {
    Article article;
    if (bodyOnly) {
      String text = SeedDecoder.decode(seed.name(), seed.bytes());
      List<String> paragraphs = List.of(text.strip().split("\\n\\s*\\n"));
      article = new Article(new ArticleMeta(seed.name(), null, null, date,
          date == null ? null : date.getYear(), null, null, seed.name(),
          Slug.from(seed.name(), "article")), paragraphs.stream().map(String::strip).toList());
    } else {
      article = document(seed).article();
    }
    LocalDate articleDate = article.meta().date() != null ? article.meta().date() : date;
    return new Annotated(article, annotator.annotate(article.bodyText(),
        DateContext.from(articleDate, article.meta().publicationYear())));
  }

  /**
   * An article with its annotations.
   *
   * @param article the article
   * @param annotations what was found in its body
   */
  public record Annotated(Article article, Annotations annotations) {
  }
}
