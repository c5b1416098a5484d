package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTagsTest {

  private static PageMeta meta(String head) {
    return MetaTags.read(Jsoup.parse("<html><head>" + head + "</head><body></body></html>"));
  }

  @Test
  void readsOpenGraphAndArticleTags() {
    assertEquals(new PageMeta("Pier closes", "Ana Ruiz", "Harbour Watch",
        LocalDate.of(2024, 5, 2), null), meta(
            "<meta property=\"og:title\" content=\" Pier\n closes \">"
            + "<meta property=\"og:site_name\" content=\"Harbour Watch\">"
            + "<meta property=\"article:published_time\" content=\"2024-05-02T21:00:00-07:00\">"
            + "<meta name=\"author\" content=\"Ana Ruiz\">"));
  }

  @Test
  void joinsOneAuthorTagPerWriterAndSkipsProfileLinks() {
    assertEquals("Ana Ruiz and Li Wen", meta("<meta name=\"author\" content=\"Ana Ruiz\">"
        + "<meta name=\"author\" content=\"Li Wen\">").author());
    assertEquals("Jo Kim", meta(
        "<meta property=\"article:author\" content=\"https://example.org/jo\">"
            + "<meta name=\"byl\" content=\"By Jo Kim\">").author());
  }

  @Test
  void triesTheDateNamesInOrderAndReadsMicrodata() {
    assertEquals(LocalDate.of(2021, 6, 30), meta("<meta name=\"date\" content=\"soon\">"
        + "<meta name=\"parsely-pub-date\" content=\"2021-06-30T16:20:00Z\">").date());
    assertEquals(LocalDate.of(2021, 6, 30), MetaTags.read(Jsoup.parse(
        "<div><meta itemprop=\"datePublished\" content=\"2021-06-30\"></div>")).date());
  }
}
