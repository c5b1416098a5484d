package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.render.ThemeSource;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference article's annotated page, read as a reader and a machine would read it. */
class AnnotatedPageTest {

  private static final SiteBuilder BUILDER = new SiteBuilder(ThemeSource.of(Path.of("templates")));
  private static final String SLUG =
      "artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public";

  @TempDir
  static Path temp;
  static Path site;
  static Document page;

  @BeforeAll
  static void build() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.copy(Reference.SEED, seeds.resolve("ref.txt"));
    site = temp.resolve("site");
    assertTrue(BUILDER.build(seeds, site, "base").ok());
    page = Jsoup.parse(site.resolve(SLUG).resolve("index.html").toFile(), "UTF-8");
  }

  @Test
  void everyQuoteShowsItsSpeakerAsText() {
    List<Element> quotes = page.select(".article-body q.gloss-quote:not(.quote-scare)");
    assertEquals(5, quotes.size(), "the open letter's quote is split by its claim marks");
    List<String> speakers = page.select(".article-body .quote-by").eachText();
    assertEquals(List.of("said by the open letter", "said by the open letter",
        "said by the open letter", "said by Niko Felix"), speakers);
  }

  @Test
  void keyFiguresHoldBothNumbersAndLinkToTheirClaims() {
    List<Element> figures = page.select(".box-figures li");
    List<String> numbers = figures.stream().map(li -> li.selectFirst(".figure-number").text())
        .toList();
    assertTrue(numbers.containsAll(List.of("300", "19")), numbers.toString());
    for (Element figure : figures) {
      String target = figure.selectFirst("a.source-link").attr("href").substring(1);
      Element claim = page.getElementById(target);
      assertNotNull(claim, target);
      assertTrue(claim.text().contains(figure.selectFirst(".figure-number").text()));
      assertNotNull(claim.parent().selectFirst("a.back-link[href=#" + figure.id() + "]"),
          "the claim links back to its figure " + figure.id());
    }
  }

  @Test
  void whosWhoHasNikoFelixAsOpenAisRepresentative() {
    Element felix = page.select(".box-people .who").stream()
        .filter(who -> who.selectFirst(".who-name").text().equals("Niko Felix")).findFirst()
        .orElseThrow();
    assertEquals("OpenAI rep", felix.selectFirst(".who-role").text());
    assertTrue(felix.selectFirst(".who-said").text().contains("Sora is still in research preview"));
  }

  @Test
  void theDisputeBoxHasBothSidesEachAttributed() {
    Element dispute = page.selectFirst(".box-disputes .dispute");
    assertNotNull(dispute);
    assertFalse(dispute.select(".dispute-claim li").isEmpty());
    List<String> responders = dispute.select(".dispute-response li .side-by").eachText();
    assertTrue(responders.stream().anyMatch(by -> by.contains("OpenAI")), responders.toString());
    assertTrue(responders.stream().anyMatch(by -> by.contains("Niko Felix")), responders.toString());
  }

  @Test
  void theWeekdayConflictIsShownBesideTheDateAndInTheTimeline() {
    Element date = page.selectFirst(".article-body .gloss-date.date-conflict");
    assertNotNull(date);
    assertEquals("Tuesday, November 21", date.text());
    String warning = date.nextElementSibling().text();
    assertTrue(warning.contains("21 November 2024 was a Thursday"), warning);
    assertTrue(warning.contains("2023"), "the other reading is given too: " + warning);
    assertTrue(page.select(".timeline .date-warning").text().contains("was a Thursday"));
  }

  @Test
  void theTimelineIsOrderedAndEachEventLinksToItsSentence() {
    List<Element> events = page.select(".timeline-events > li");
    assertFalse(events.isEmpty());
    String previous = "";
    for (Element event : events) {
      Element when = event.selectFirst("time");
      if (when != null && !event.hasClass("event-approximate")) {
        assertTrue(when.attr("datetime").compareTo(previous) >= 0, "dates in order");
        previous = when.attr("datetime");
      }
      String target = event.selectFirst("a.source-link").attr("href").substring(1);
      assertNotNull(page.getElementById(target), target);
    }
  }

  @Test
  void annotationsFileSelectorsMatchTheBodyText() throws IOException {
    JsonNode collection = new ObjectMapper().readTree(
        site.resolve(SLUG).resolve("annotations.jsonld").toFile());
    assertEquals("AnnotationCollection", collection.get("type").asText());
    String body = String.join("\n\n", Reference.PARAGRAPHS);
    JsonNode items = collection.get("first").get("items");
    assertEquals(collection.get("total").asInt(), items.size());
    for (JsonNode item : items) {
      JsonNode quote = item.get("target").get("selector").get(0);
      JsonNode position = item.get("target").get("selector").get(1);
      assertEquals(quote.get("exact").asText(), body.substring(position.get("start").asInt(),
          position.get("end").asInt()), item.get("id").asText());
      assertNotNull(page.getElementById(item.get("id").asText().substring(1)),
          "each annotation is a mark on the page: " + item.get("id"));
    }
  }

  @Test
  void timelineJsonHasAStartDateForEveryEvent() throws IOException {
    JsonNode timeline = new ObjectMapper().readTree(
        site.resolve(SLUG).resolve("timeline.json").toFile());
    assertEquals(Reference.TITLE, timeline.at("/title/text/headline").asText());
    assertFalse(timeline.get("events").isEmpty());
    for (JsonNode event : timeline.get("events")) {
      assertTrue(event.at("/start_date/year").isInt(), event.toString());
      assertFalse(event.at("/text/headline").asText().isBlank());
    }
  }

  @Test
  void theJsonLdNamesTheQuotationsAndTheirSpeakers() throws IOException {
    JsonNode ld = new ObjectMapper().readTree(
        page.selectFirst("script[type=application/ld+json]").data());
    assertEquals("NewsArticle", ld.get("@type").asText());
    JsonNode felix = null;
    for (JsonNode part : ld.get("hasPart")) {
      assertEquals("Quotation", part.get("@type").asText());
      if (part.at("/creator/name").asText().equals("Niko Felix")) {
        felix = part;
      }
    }
    assertNotNull(felix);
    assertEquals("Person", felix.at("/creator/@type").asText());
  }

  @Test
  void anEditorsMarksAndOverridesWin() throws IOException {
    String markdown = Files.readString(site.resolve(SLUG).resolve("index.md"));
    String edited = markdown
        .replace("by=\"Niko Felix\"", "by=\"Nina Feliks\"")
        .replace("slug: " + SLUG, "slug: " + SLUG + "\ntimeline:\n  add:\n"
            + "    - {date: 2024-11-27, label: \"OpenAI restores access\", source: p1}\n"
            + "facts:\n  remove: [fig1]\n  relabel: {who1: \"maker of Sora\"}");
    Path seeds = Files.createDirectories(temp.resolve("edited-seeds"));
    Files.writeString(seeds.resolve("ref.md"), edited);
    Path out = temp.resolve("edited-site");
    BuildReport report = BUILDER.build(seeds, out, "base");
    assertTrue(report.ok(), report.failures().toString());
    Document editedPage = Jsoup.parse(out.resolve(SLUG).resolve("index.html").toFile(), "UTF-8");

    assertTrue(editedPage.select(".quote-by").eachText().contains("said by Nina Feliks"));
    assertNull(editedPage.getElementById("fig1"), "the editor removed the first figure");
    assertEquals("maker of Sora", editedPage.selectFirst("#who1 .who-role").text());
    Element added = editedPage.getElementById("ev-e1");
    assertNotNull(added);
    assertEquals("OpenAI restores access", added.selectFirst(".event-label").text());
    assertEquals(added, editedPage.select(".timeline-events > li").last(),
        "the added event is the latest");
    assertTrue(editedPage.selectFirst(".box-about").text().contains("Marked by an editor"));
  }

  @Test
  void anOverrideNamingNoItemIsReported() throws IOException {
    String markdown = Files.readString(site.resolve(SLUG).resolve("index.md"));
    Path seeds = Files.createDirectories(temp.resolve("typo-seeds"));
    Files.writeString(seeds.resolve("ref.md"),
        markdown.replace("slug: " + SLUG, "slug: " + SLUG + "\nfacts:\n  remove: [fig99]"));
    BuildReport report = BUILDER.build(seeds, temp.resolve("typo-site"), "base");
    assertTrue(report.warnings().stream().anyMatch(w -> w.contains("ref.md") && w.contains("fig99")),
        report.warnings().toString());
  }
}
