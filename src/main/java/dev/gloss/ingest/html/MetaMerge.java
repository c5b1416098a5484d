package dev.gloss.ingest.html;

import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Caption;
import dev.gloss.model.Slug;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The article's metadata from three sources, surest first: what the publisher's metadata says
 * (JSON-LD, then meta tags), what the page's markup says (its {@code <h1>}, {@code <time>},
 * {@code <title>}, figure captions), and what the text ingester guessed from the copy's lines.
 *
 * <p>The publisher's own markup beats the ingester's guesses because it is the publisher saying
 * which string is the headline and which the byline; the ingester can only judge lines by their
 * shape and place, which a page's layout can fool. The guesses fill what the page does not say,
 * and the copyright line is always theirs (no metadata this reads carries one).
 */
final class MetaMerge {

  /** "…" or "...": a headline some publishers cut to a search engine's length limit. */
  private static final Pattern CUT = Pattern.compile("\\s*(?:\u2026|\\.\\.\\.)$");

  private MetaMerge() {
  }

  /**
   * Merges the sources field by field.
   *
   * @param published what the JSON-LD and meta tags say, JSON-LD first
   * @param markup what the markup says
   * @param figcaption the page's first figure caption, if it has one
   * @param guessed what the text ingester found in the copy
   * @return the article's metadata, its slug made from the merged headline
   */
  static ArticleMeta merge(PageMeta published, PageMeta markup, @Nullable Element figcaption,
      ArticleMeta guessed) {
    String publication = published.publication() != null ? published.publication()
        : markup.publication() != null ? markup.publication() : guessed.publication();
    String title = title(published.title(), markup.title(), publication, guessed.title());
    String author = notOutlet(published.author(), publication);
    author = author != null ? author : notOutlet(markup.author(), publication);
    author = author != null ? author : guessed.author();
    LocalDate date = published.date() != null ? published.date()
        : markup.date() != null ? markup.date() : guessed.date();
    Integer year = date != null ? Integer.valueOf(date.getYear()) : guessed.year();
    return new ArticleMeta(title, author, publication, date, year,
        caption(published.caption(), figcaption, guessed.caption()), guessed.copyright(),
        guessed.source(), Slug.from(title, "article"));
  }

  private static String title(@Nullable String published, @Nullable String markup,
      @Nullable String publication, String guessed) {
    if (published != null) {
      String title = TitleSuffix.withoutSite(published, publication);
      String stem = CUT.matcher(title).replaceFirst("");
      // A headline cut short for search engines gives way to the page's full one.
      boolean cut = !stem.equals(title);
      return cut && markup != null && markup.startsWith(stem) ? markup : title;
    }
    return markup != null ? markup : guessed;
  }

  /** An author who is the outlet itself names no writer. */
  private static @Nullable String notOutlet(@Nullable String author, @Nullable String outlet) {
    return author == null || (outlet != null
        && author.toLowerCase(Locale.ROOT).equals(outlet.toLowerCase(Locale.ROOT))) ? null : author;
  }

  /**
   * The lead picture's caption: the JSON-LD's, else the first figure caption, else the ingester's.
   * The ingester's split of the figure caption's line into words and credit is kept when the
   * markup does not set the credit apart, as it knows credit wording; a credit the JSON-LD lacks
   * comes from the page when both captions are the same words.
   */
  private static @Nullable Caption caption(@Nullable Caption published,
      @Nullable Element figcaption, @Nullable Caption guessed) {
    Caption figure = figcaption == null ? null : FigureCaptions.of(figcaption);
    Caption page = figure;
    if (figure == null || (figure.credit() == null && guessed != null
        && FigureCaptions.line(figcaption).startsWith(guessed.text()))) {
      page = guessed;
    }
    if (published == null) {
      return page;
    }
    if (published.credit() == null && page != null && page.text().equals(published.text())) {
      return new Caption(published.text(), page.credit());
    }
    return published;
  }
}
