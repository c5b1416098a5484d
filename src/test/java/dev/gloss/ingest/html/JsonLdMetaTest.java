package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gloss.model.Caption;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdMetaTest {

  private static JsonLdGraph graph(String... blocks) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String block : blocks) {
      html.append("<script type=\"application/ld+json\">").append(block).append("</script>");
    }
    return JsonLdGraph.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
  }

  private static PageMeta meta(String... blocks) {
    return JsonLdMeta.read(graph(blocks));
  }

  @Test
  void readsEveryFieldOfANewsArticle() {
    PageMeta meta = meta("{\"@type\":\"NewsArticle\",\"headline\":\"Pier closes\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},\"By Li Wen\","
        + "{\"@type\":\"Person\",\"givenName\":\"Jo\",\"familyName\":\"Kim\"},"
        + "{\"@type\":\"Person\",\"name\":\"https://example.org/staff/x\"}],"
        + "\"datePublished\":\"2024-05-02T23:00:00-04:00\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Watch\"},"
        + "\"image\":[\"https://example.org/a.jpg\",{\"@type\":\"ImageObject\","
        + "\"caption\":\"The pier.\",\"copyrightHolder\":{\"name\":\"Pier Photos\"}}]}");
    assertEquals(new PageMeta("Pier closes", "Ana Ruiz, Li Wen and Jo Kim", "Harbour Watch",
        LocalDate.of(2024, 5, 2), new Caption("The pier.", "Pier Photos")), meta);
  }

  @Test
  void resolvesReferencesAcrossAGraph() {
    PageMeta meta = meta("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"@id\":\"#page\",\"name\":\"Not the headline\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Mill turns again\","
        + "\"author\":{\"@id\":\"#p1\"},\"publisher\":{\"@id\":\"#org\"},"
        + "\"image\":{\"@id\":\"#img\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Rutger Achterberg\"},"
        + "{\"@type\":\"ImageObject\",\"@id\":\"#img\",\"caption\":\"Sails.\","
        + "\"creditText\":\"Lotte Brink\"}]}",
        "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"The Fenmarch Packet\"}");
    assertEquals(new PageMeta("Mill turns again", "Rutger Achterberg", "The Fenmarch Packet",
        null, new Caption("Sails.", "Lotte Brink")), meta);
  }

  @Test
  void aNewsTypeWinsOverAGenericArticleAndTypesMayBeListsOrPrefixed() {
    assertEquals("The story", meta("[{\"@type\":\"Article\",\"headline\":\"A teaser\"},"
        + "{\"@type\":[\"schema:ReportageNewsArticle\",\"Article\"],\"headline\":\"The story\"}]")
        .title());
    assertEquals("A post", meta("{\"@type\":\"https://schema.org/BlogPosting\","
        + "\"name\":\"A post\"}").title());
    assertEquals("Inside", meta("{\"@type\":\"WebPage\",\"mainEntity\":"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Inside\"}}").title());
  }

  @Test
  void decodesEntitiesAndKeepsMarkupAsText() {
    assertEquals("Fenmarch\u2019s </script> mill & more", meta("{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Fenmarch&#8217;s <\\/script>\\n mill &amp; more\"}").title());
  }

  @Test
  void readsLooseJsonAndReportsABlockThatDoesNotParse() {
    JsonLdGraph graph = graph("<!-- {\"@type\":\"NewsArticle\",\"headline\":\"Line\nbreak\",} -->",
        "{\"@type\":\"NewsArticle\",\"headline\":\"Broken");
    assertEquals("Line break", JsonLdMeta.read(graph).title());
    assertEquals(List.of("its JSON-LD block 2 is not valid JSON (Unexpected end-of-input: was"
        + " expecting closing quote for a string value) and was left out"), graph.problems());
  }

  @Test
  void givesTheArticleBodyWhenThereIsOne() {
    assertEquals("One.\n\nTwo.", JsonLdMeta.articleBody(graph("{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\" One.\\n\\nTwo. \"}")));
    assertNull(JsonLdMeta.articleBody(graph("{\"@type\":\"NewsArticle\"}")));
  }

  @Test
  void saysNothingWithoutAnArticleNode() {
    assertEquals(PageMeta.NONE, meta("{\"@type\":\"Organization\",\"name\":\"Site\"}", "[]",
        "42", ""));
  }
}
