package dev.gloss.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page's meta tags say: Open Graph ({@code og:title}, {@code og:site_name},
 * {@code article:published_time}), Twitter cards, the plain {@code author} and {@code date} names,
 * Dublin Core, the names publishing platforms use ({@code byl}, {@code parsely-pub-date},
 * {@code sailthru.author}) and microdata's {@code datePublished}. For each field the names are
 * tried in that order, and the first with a value gives it.
 */
final class MetaTags {

  private static final List<String> TITLE = List.of("og:title", "twitter:title");
  private static final List<String> AUTHOR = List.of("author", "article:author", "byl",
      "parsely-author", "sailthru.author", "dc.creator");
  private static final List<String> PUBLICATION = List.of("og:site_name", "dc.publisher");
  private static final List<String> DATE = List.of("article:published_time",
      "og:article:published_time", "published_time", "date", "pubdate", "publishdate",
      "publish-date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
      "dcterms.issued", "dc.date", "dcterms.created");
  private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private MetaTags() {
  }

  /**
   * The fields the page's meta tags give.
   *
   * @param page the page, with its head
   * @return what the tags say; no caption, as no common tag carries one
   */
  static PageMeta read(Document page) {
    return new PageMeta(first(page, TITLE), author(page), first(page, PUBLICATION), date(page),
        null);
  }

  private static @Nullable String first(Document page, List<String> names) {
    for (String name : names) {
      List<String> values = values(page, name);
      if (!values.isEmpty()) {
        return values.get(0);
      }
    }
    return null;
  }

  /** Every tag of the first name that has one: some pages give one author tag per writer. */
  private static @Nullable String author(Document page) {
    for (String name : AUTHOR) {
      List<String> names = new ArrayList<>();
      for (String value : values(page, name)) {
        if (!value.startsWith("http") && !value.startsWith("www.") && !value.startsWith("@")) {
          names.add(BY.matcher(value).replaceFirst(""));
        }
      }
      if (!names.isEmpty()) {
        return PageMeta.names(names);
      }
    }
    return null;
  }

  private static @Nullable LocalDate date(Document page) {
    for (String name : DATE) {
      for (String value : values(page, name)) {
        Optional<LocalDate> date = PublishedDate.parse(value);
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    for (Element element : page.select("[itemprop=datePublished]")) {
      String value = element.hasAttr("content") ? element.attr("content")
          : element.attr("datetime");
      Optional<LocalDate> date = PublishedDate.parse(value);
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  /** The non-blank values of the meta tags with this property or name, in page order. */
  private static List<String> values(Document page, String name) {
    List<String> values = new ArrayList<>();
    for (Element meta : page.select("meta[property=" + name + "], meta[name=" + name + "]")) {
      String value = SPACE.matcher(meta.attr("content")).replaceAll(" ").strip();
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }
}
