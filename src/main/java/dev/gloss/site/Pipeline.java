package dev.gloss.site;

import dev.gloss.ingest.SeedDecoder;
import dev.gloss.ingest.TextIngester;
import dev.gloss.markdown.MarkdownDocument;
import dev.gloss.markdown.MarkdownReader;
import dev.gloss.markdown.MarkdownWriter;
import dev.gloss.model.GlossException;

/**
 * Runs the per-article stages on one seed: ingest (for a scrape), then Markdown, which every
 * article passes through so that a scrape and the Markdown made from it build the same page.
 */
public final class Pipeline {

  private final TextIngester ingester = TextIngester.standard();
  private final MarkdownReader reader = MarkdownReader.standard();

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
}
