package dev.gloss.ingest.html;

import dev.gloss.model.Caption;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one source in a page (its JSON-LD, its meta tags, its markup) says about the article; any
 * field may be missing.
 *
 * @param title the headline
 * @param author the writers' names, as "A", "A and B" or "A, B and C"
 * @param publication the outlet
 * @param date the publication date, in the publisher's own time zone
 * @param caption the lead picture's caption
 */
record PageMeta(@Nullable String title, @Nullable String author, @Nullable String publication,
    @Nullable LocalDate date, @Nullable Caption caption) {

  static final PageMeta NONE = new PageMeta(null, null, null, null, null);

  /** This source's fields, with the other's where this one says nothing. */
  PageMeta or(PageMeta other) {
    return new PageMeta(title != null ? title : other.title,
        author != null ? author : other.author,
        publication != null ? publication : other.publication,
        date != null ? date : other.date,
        caption != null ? caption : other.caption);
  }

  /**
   * Names joined as a byline prints them: "A", "A and B", "A, B and C".
   *
   * @return the joined names, or null for none
   */
  static @Nullable String names(List<String> names) {
    List<String> distinct = names.stream().map(String::strip).filter(name -> !name.isEmpty())
        .distinct().toList();
    if (distinct.isEmpty()) {
      return null;
    }
    if (distinct.size() == 1) {
      return distinct.get(0);
    }
    return String.join(", ", distinct.subList(0, distinct.size() - 1)) + " and "
        + distinct.get(distinct.size() - 1);
  }
}
