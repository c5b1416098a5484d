package dev.gloss.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known about an article apart from its body.
 *
 * @param title the headline
 * @param author the byline without "By", if any
 * @param publication the outlet that published the article, if known
 * @param date the publication date, when the page gives a full one
 * @param year the publication year, from the date or the copyright line
 * @param caption the lead image's caption, if any
 * @param copyright the copyright line as printed, if any
 * @param source the seed file the article was read from (a file name, never a path)
 * @param slug the folder name of the article's page in the site
 */
public record ArticleMeta(
    String title,
    @Nullable String author,
    @Nullable String publication,
    @Nullable LocalDate date,
    @Nullable Integer year,
    @Nullable Caption caption,
    @Nullable String copyright,
    String source,
    Slug slug) {

  public ArticleMeta {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(slug, "slug");
  }

  /** The year the article appeared, from its date where there is one. */
  public @Nullable Integer publicationYear() {
    return date != null ? Integer.valueOf(date.getYear()) : year;
  }
}
