package dev.gloss.markdown;

import dev.gloss.annotate.time.DateContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.annotate.Annotator;
import dev.gloss.ingest.SeedDecoder;
import dev.gloss.ingest.TextIngester;
import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import dev.gloss.testing.Reference;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Markup as a person edits it: defaults, reported mistakes, and the page it renders to. */
class MarkupReaderTest {

  private static MarkdownDocument read(String body) {
    return MarkdownReader.standard().read("e.md", "---\ntitle: T\n---\n\n" + body);
  }

  @Test
  void readsHandWrittenMarkupWithDefaults() {
    MarkdownDocument doc = read("The *board* said :quote[we **will** vote]{by=\"Harbour Board\""
        + " as=organisation}.\n\n:claim[Fares rose 9% in 2023.]{#c4 type=figure"
        + " why=\"number; year\"} :claim[Next.]{type=prediction}\n");
    assertTrue(doc.hasMarkup());
    assertEquals(List.of("The board said we will vote.", "Fares rose 9% in 2023. Next."),
        doc.article().paragraphs());
    Quote quote = doc.quotes().get(0);
    assertEquals(new Quote("q1", new Span(15, 27), "we will vote",
        new Speaker("Harbour Board", SpeakerType.ORGANIZATION, null), null, null,
        QuoteKind.DIRECT), quote);
    assertEquals(List.of(
        new Claim("c4", new Span(30, 52), "Fares rose 9% in 2023.", ClaimType.FIGURE, 1.0, null,
            List.of("number", "year")),
        new Claim("c5", new Span(53, 58), "Next.", ClaimType.PREDICTION, 1.0, null, List.of())),
        doc.claims());
    assertEquals(List.of(), doc.problems());
  }

  @Test
  void reportsMistakesWithTheirLineAndKeepsTheMark() {
    MarkdownDocument doc = read("Fine.\n\n:claim[A.]{#c1 type=figur score=high}"
        + " :quote[B]{#q1 as=robot kind=sarcastic} :date[C]{#d1}\n");
    assertEquals(List.of(
        "e.md:7: speaker type as=robot is not person, organisation, document or unknown;"
            + " read as unknown",
        "e.md:7: quote kind 'sarcastic' is not direct, partial or scare; read as direct",
        "e.md:7: claim type 'figur' is unknown; read as event",
        "e.md:7: claim score 'high' is not a number; read as 1",
        "e.md:7: date has no value=; give one such as value=2024-11-21 or value=PAST_REF"),
        doc.problems());
    assertEquals(ClaimType.EVENT, doc.claims().get(0).type());
    assertEquals(SpeakerType.UNKNOWN, doc.quotes().get(0).speaker().type());
    assertEquals("C", doc.dates().get(0).text());
  }

  @Test
  void tellsABodyWithoutDirectivesFromOneWithThem() {
    MarkdownDocument plain = read("Note: at 10:30 the :unknown[thing]{#x} happened.\n");
    assertFalse(plain.hasMarkup());
    assertEquals("<p id=\"p1\">Note: at 10:30 the :unknown[thing]{#x} happened.</p>\n",
        plain.bodyHtml());
    assertTrue(plain.quotes().isEmpty() && plain.claims().isEmpty() && plain.dates().isEmpty());
  }

  @Test
  void rendersTheAnnotatedReferenceArticleSafely() throws Exception {
    String text = SeedDecoder.decode("ref.txt", Files.readAllBytes(Reference.SEED));
    Article article = TextIngester.standard().ingest("ref.txt", text);
    Annotations found = Annotator.standard().annotate(article.bodyText(), DateContext.NONE);
    MarkdownDocument doc = MarkdownReader.standard().read("ref.md",
        MarkdownWriter.write(article, found));
    Element body = Jsoup.parseBodyFragment(doc.bodyHtml()).body();

    Set<String> ids = new HashSet<>();
    for (Element element : body.select("[id]")) {
      assertTrue(ids.add(element.id()), "duplicate id " + element.id());
    }
    assertEquals(article.paragraphs().size(), body.select("p[id^=p]").size());
    assertEquals("p1", body.child(0).id());
    assertEquals(found.claims().size(), body.select("mark.gloss-claim").size());
    assertEquals(found.claims().size(), body.select("mark.gloss-claim span.claim-tag").size());
    Element felix = body.select("q.gloss-quote").stream()
        .filter(q -> q.text().startsWith("Sora is still")).findFirst().orElseThrow();
    assertEquals("Niko Felix", felix.attr("data-speaker"));
    assertEquals(1, body.select(".quote-by:contains(Niko Felix)").size());
    assertTrue(body.select("script, a, img, em, strong, h1").isEmpty(), body.html());
    // The page reads as the article: every paragraph's words are there, in order.
    String page = body.text();
    int at = 0;
    for (String paragraph : article.paragraphs()) {
      String firstWords = paragraph.substring(0, Math.min(20, paragraph.length()));
      int next = page.indexOf(firstWords.substring(1), at);
      assertTrue(next >= at, "missing or out of order: " + firstWords);
      at = next;
    }
  }
}
