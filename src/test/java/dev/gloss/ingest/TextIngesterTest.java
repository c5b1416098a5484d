package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Article;
import dev.gloss.model.GlossException;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextIngesterTest {

  private static Article reference;

  @BeforeAll
  static void ingestReference() throws IOException {
    String text = SeedDecoder.decode("ref.txt", Files.readAllBytes(Reference.SEED));
    reference = TextIngester.standard().ingest("ref.txt", text);
  }

  @Test
  void findsTheReferenceArticlesMetadata() {
    var meta = reference.meta();
    assertEquals(Reference.TITLE, meta.title());
    assertEquals("M.B. Mack", meta.author());
    assertEquals("Latin Times", meta.publication());
    assertNull(meta.date(), "the page gives no full date");
    assertEquals(2024, meta.year());
    assertEquals("OpenAI's ChatGPT is one of the most powerful generative AI tools available to"
        + " the public.", meta.caption().text());
    assertEquals("AFP", meta.caption().credit());
    assertEquals("© 2024 Latin Times. All rights reserved. Do not reproduce without permission.",
        meta.copyright());
    assertEquals("ref.txt", meta.source());
    assertEquals("artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public",
        meta.slug().value());
  }

  @Test
  void keepsEveryBodyParagraphAndNothingElse() {
    assertEquals(Reference.PARAGRAPHS, reference.paragraphs());
  }

  @Test
  void dropsTheAggregatorsWrapper() {
    String body = reference.bodyText();
    for (String wrapper : Reference.WRAPPER) {
      assertFalse(body.contains(wrapper), () -> "wrapper text in body: " + wrapper);
    }
  }

  @Test
  void readsAPageWithNoWrapperAtAll() {
    Article article = TextIngester.standard().ingest("plain.txt", """
        Harbour ferry fares to rise in spring

        By Ana de la Cruz

        Ferry fares across the harbour will rise by 20 cents from April, the operator said on Monday.

        The company blamed higher fuel costs and said the rise was the first in four years.
        """);
    assertEquals("Harbour ferry fares to rise in spring", article.meta().title());
    assertEquals("Ana de la Cruz", article.meta().author());
    assertEquals(2, article.paragraphs().size());
    assertNull(article.meta().publication());
  }

  @Test
  void rejoinsAParagraphTheScrapeHardWrapped() {
    Article article = TextIngester.standard().ingest("wrapped.txt", """
        Council approves new library for the north end

        The council voted on Tuesday to build a new library in the north end of the city,
        ending a campaign by residents that began more than a decade ago.

        Construction is expected to begin next year and to cost about $12 million in total.
        """);
    assertEquals(2, article.paragraphs().size());
    assertTrue(article.paragraphs().get(0).contains("city, ending a campaign"));
  }

  @Test
  void aPageOfOnlyWrapperHasNoBody() {
    GlossException error = assertThrows(GlossException.class, () -> TextIngester.standard()
        .ingest("wrapper.txt", "Sign up\nDownload the app\nRelated Stories\nShare\n"));
    assertEquals("wrapper.txt", error.file());
    assertTrue(error.getMessage().contains("no article body"), error.getMessage());
  }

  @Test
  void aBodyWithNoHeadlineAboveItIsReported() {
    GlossException error = assertThrows(GlossException.class, () -> TextIngester.standard()
        .ingest("untitled.txt", "The council voted on Tuesday to build a new library in the north"
            + " end of the city, ending a long campaign.\n"));
    assertTrue(error.getMessage().contains("no title"), error.getMessage());
  }

  @Test
  void findsTheHeadlineAboveTheBylineOverWhatStandsBetweenBylineAndBody() {
    Article article = TextIngester.standard().ingest("points.txt", """
        Harbour ferry fares to rise in spring

        By Ana de la Cruz

        Key points
        Fares rise by 20 cents from April

        Ferry fares across the harbour will rise by 20 cents from April, the operator said on Monday.

        The company blamed higher fuel costs and said the rise was the first in four years.
        """);
    assertEquals("Harbour ferry fares to rise in spring", article.meta().title());
  }

  @Test
  void aWriterWhoHoldsTheCopyrightIsTheAuthorNotTheOutlet() {
    Article article = TextIngester.standard().ingest("letter.txt", """
        Quayside Notes

        Harbour ferry fares to rise in spring

        Ana Cruz

        Ferry fares across the harbour will rise by 20 cents from April, the operator said on Monday.

        The company blamed higher fuel costs and said the rise was the first in four years.

        © 2024 Ana Cruz
        """);
    assertEquals("Ana Cruz", article.meta().author());
    assertEquals("Quayside Notes", article.meta().publication());
  }
}
