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
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.DateMention;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Slug;
import dev.gloss.model.Span;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import dev.gloss.testing.Reference;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing an article with annotations and reading it back gives the same article and marks. */
class MarkdownRoundTripTest {

  private static final ArticleMeta META = new ArticleMeta("Title", null, null, null, null, null,
      null, "t.txt", new Slug("title"));
  private static final Speaker NIKO = new Speaker("Niko Felix", SpeakerType.PERSON, "OpenAI rep");

  /** Writes, reads, and checks that the paragraphs and every annotation came back unchanged. */
  private static MarkdownDocument roundTrip(Article article, Annotations annotations) {
    String markdown = MarkdownWriter.write(article, annotations);
    MarkdownDocument read = MarkdownReader.standard().read("t.md", markdown);
    assertEquals(article.paragraphs(), read.article().paragraphs(), markdown);
    assertEquals(annotations.quotes(), read.quotes(), markdown);
    assertEquals(annotations.claims(), read.claims(), markdown);
    assertEquals(annotations.dates(), read.dates(), markdown);
    assertEquals(List.of(), read.problems(), markdown);
    boolean any = !annotations.quotes().isEmpty() || !annotations.claims().isEmpty()
        || !annotations.dates().isEmpty();
    assertEquals(any, read.hasMarkup());
    return read;
  }

  private static Quote quote(String id, String body, String words, Speaker speaker,
      QuoteKind kind) {
    Span span = find(body, words);
    return new Quote(id, span, words, speaker, "told", "Variety", kind);
  }

  private static Claim claim(String id, String body, String sentence, ClaimType type) {
    return new Claim(id, find(body, sentence), sentence, type, 0.91, "Variety",
        List.of("number", "reporting verb"));
  }

  private static DateMention date(String id, String body, String words, String value,
      String... warnings) {
    return new DateMention(id, find(body, words), words, value, List.of(warnings));
  }

  private static Span find(String body, String words) {
    int at = body.indexOf(words);
    assertTrue(at >= 0, words);
    return new Span(at, at + words.length());
  }

  private static Annotations of(List<Quote> quotes, List<Claim> claims, List<DateMention> dates) {
    return new Annotations(List.of(), quotes, claims, List.of(), dates);
  }

  @Test
  void writesTheSyntaxOfTheBrief() {
    Article article = new Article(META, List.of(
        "On Tuesday, November 21, over 300 artists signed. \"I'm excited,\" he said."));
    String body = article.bodyText();
    Annotations found = of(
        List.of(quote("q1", body, "I'm excited,", NIKO, QuoteKind.DIRECT)),
        List.of(claim("c2", body, "On Tuesday, November 21, over 300 artists signed.",
            ClaimType.FIGURE)),
        List.of(date("d1", body, "Tuesday, November 21", "2024-11-21",
            "21 November 2024 was a Thursday, not a Tuesday")));
    String markdown = MarkdownWriter.write(article, found);
    assertTrue(markdown.endsWith("\n:claim[On :date[Tuesday, November 21]{#d1 value=2024-11-21"
        + " warn=\"21 November 2024 was a Thursday, not a Tuesday\"}, over 300 artists signed.]"
        + "{#c2 type=figure score=0.91 source=\"Variety\" why=\"number; reporting verb\"}"
        + " \":quote[I'm excited,]{#q1 by=\"Niko Felix\" as=person role=\"OpenAI rep\""
        + " cue=\"told\" to=\"Variety\" kind=direct}\" he said.\n"), markdown);
    roundTrip(article, found);
  }

  @Test
  void nestsClaimQuoteAndDate() {
    Article article = new Article(META, List.of("Intro.",
        "She said \"we met on 3 May and it went well\" in the report."));
    String body = article.bodyText();
    roundTrip(article, of(
        List.of(quote("q1", body, "we met on 3 May and it went well", NIKO, QuoteKind.PARTIAL)),
        List.of(claim("c1", body, "She said \"we met on 3 May and it went well\" in the report.",
            ClaimType.ATTRIBUTION)),
        List.of(date("d1", body, "3 May", "2024-05-03"))));
  }

  @Test
  void splitsAQuoteThatRunsOverTwoClaims() {
    Article article = new Article(META, List.of(
        "\"Sora is in preview. Hundreds of artists helped,\" Felix said. Nothing else."));
    String body = article.bodyText();
    Quote quote = quote("q1", body, "Sora is in preview. Hundreds of artists helped,", NIKO,
        QuoteKind.DIRECT);
    Claim first = claim("c1", body, "\"Sora is in preview.", ClaimType.EVENT);
    Claim second = claim("c2", body, "Hundreds of artists helped,\" Felix said.",
        ClaimType.FIGURE);
    String markdown = MarkdownWriter.write(article, of(List.of(quote), List.of(first, second),
        List.of()));
    assertTrue(markdown.contains("{#q1 part=2}"), markdown);
    assertTrue(markdown.contains("{#q1 part=3}"), markdown);
    roundTrip(article, of(List.of(quote), List.of(first, second), List.of()));
  }

  @Test
  void splitsADateThatCrossesAQuoteEdge() {
    Article article = new Article(META, List.of("\"Until Friday\" 21 November, they said."));
    String body = article.bodyText();
    roundTrip(article, of(
        List.of(quote("q1", body, "Until Friday", Speaker.UNKNOWN, QuoteKind.SCARE)),
        List.of(),
        List.of(date("d1", body, "Friday\" 21 November", "2024-11-21"))));
  }

  @Test
  void writesAMultiParagraphQuoteAsOnePartPerParagraph() {
    Article article = new Article(META, List.of("\"First part of it.", "Second part.",
        "Third part,\" she said."));
    String body = article.bodyText();
    Quote quote = new Quote("q7", new Span(1, body.indexOf(",\"") + 1),
        body.substring(1, body.indexOf(",\"") + 1), NIKO, null, null, QuoteKind.DIRECT);
    String markdown = MarkdownWriter.write(article, of(List.of(quote), List.of(), List.of()));
    assertTrue(markdown.contains("\n\":quote[First part of it.]{#q7 "), markdown);
    assertTrue(markdown.contains("\n:quote[Second part.]{#q7 part=2}\n"), markdown);
    assertTrue(markdown.contains("\n:quote[Third part,]{#q7 part=3}\" she said.\n"), markdown);
    roundTrip(article, of(List.of(quote), List.of(), List.of()));
  }

  @Test
  void keepsTrickyArticleTextAsText() {
    Article article = new Article(META, List.of(
        "Look: [brackets] and :quote[x]{by=evil} and {#id} and a back\\slash \\ here.",
        "<script>alert(1)</script> at 10:30, *stars* & &amp; `code` # not a heading",
        "# A heading look-alike with a quote \"in [it]\" here\\"));
    String body = article.bodyText();
    MarkdownDocument read = roundTrip(article, of(
        List.of(quote("q1", body, "in [it]", new Speaker("A \"quoted\" \\ name",
            SpeakerType.ORGANIZATION, null), QuoteKind.DIRECT)),
        List.of(claim("c1", body, ":quote[x]{by=evil} and {#id} and a back\\slash",
            ClaimType.ALLEGATION)),
        // In document order, as the reader gives them back.
        List.of(date("d2", body, "<script>", "PAST_REF"), date("d1", body, "10:30", "T10:30"))));
    assertFalse(read.bodyHtml().contains("<script"), read.bodyHtml());
    assertFalse(read.bodyHtml().contains("by=evil}</q>"), read.bodyHtml());
  }

  @Test
  void roundTripsZeroLengthAndIdenticalSpans() {
    Article article = new Article(META, List.of("Same span here.", "End"));
    String body = article.bodyText();
    Span same = find(body, "Same span");
    roundTrip(article, of(
        List.of(new Quote("q1", same, "Same span", Speaker.UNKNOWN, null, null,
            QuoteKind.SCARE)),
        List.of(new Claim("c1", same, "Same span", ClaimType.COMPARISON, 0.5, null, List.of())),
        List.of(new DateMention("d1", new Span(body.length(), body.length()), "", "P2D",
            List.of()))));
  }

  @Test
  void writesNoDirectiveWithoutAnnotations() {
    Article article = new Article(META, List.of("Just text: nothing marked."));
    assertEquals(MarkdownWriter.write(article), MarkdownWriter.write(article, Annotations.NONE));
    assertFalse(MarkdownWriter.write(article).contains(":quote"));
    roundTrip(article, Annotations.NONE);
  }

  @Test
  void roundTripsTheReferenceArticleAsAnnotated() throws Exception {
    String text = SeedDecoder.decode("ref.txt", Files.readAllBytes(Reference.SEED));
    Article article = TextIngester.standard().ingest("ref.txt", text);
    Annotations found = Annotator.standard().annotate(article.bodyText(), DateContext.NONE);
    assertTrue(found.quotes().size() >= 3, "quotes " + found.quotes());
    assertTrue(found.claims().size() >= 3, "claims " + found.claims());
    Annotations marked = of(found.quotes(), found.claims(), List.of(
        date("d1", article.bodyText(), "Tuesday, November 21", "XXXX-11-21",
            "the year is not given")));
    MarkdownDocument read = roundTrip(article, marked);
    assertEquals(article.meta(), read.article().meta());
  }
}
