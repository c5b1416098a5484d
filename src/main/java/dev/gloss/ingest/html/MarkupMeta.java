package dev.gloss.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page's markup says when its metadata is silent: the headline in its {@code <h1>} (else
 * its {@code <title>} without the site's name, which then names the outlet), the writers its
 * {@code rel="author"} links name, and the first {@code <time datetime>} of its first dateline
 * ({@link Datelines}).
 */
final class MarkupMeta {

  /** A byline names a few writers; a page that marks more is not naming its byline. */
  private static final int MAX_AUTHORS = 12;

  private MarkupMeta() {
  }

  /**
   * The fields the markup gives.
   *
   * @param page the page, its furniture removed
   * @param region where the article stands in it
   * @return what the markup says; no caption, which the figures give
   */
  static PageMeta read(Document page, ContentRegion region) {
    Element headline = region.headline();
    String heading = headline == null || headline.text().isBlank() ? null
        : headline.text().strip();
    TitleSuffix.Split title = TitleSuffix.split(page.title(), heading);
    return new PageMeta(heading != null ? heading : title.title().isEmpty() ? null
        : title.title(), authors(page), title.site(), date(page), null);
  }

  private static @Nullable String authors(Document page) {
    List<String> names = new ArrayList<>();
    for (Element link : page.body().select("a[rel~=(?i)\\bauthor\\b], [itemprop=author]")) {
      Element name = link.selectFirst("[itemprop=name]");
      Element named = name != null ? name : link;
      names.add(named.hasAttr("content") ? named.attr("content") : named.text());
      if (names.size() == MAX_AUTHORS) {
        break;
      }
    }
    return PageMeta.names(names);
  }

  private static @Nullable LocalDate date(Document page) {
    for (Element dateline : Datelines.of(page.body())) {
      for (Element time : dateline.select("time[datetime]")) {
        Optional<LocalDate> date = PublishedDate.parse(time.attr("datetime"));
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return null;
  }
}
