package dev.gloss.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gloss.annotate.Annotator;
import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.DateMention;
import dev.gloss.model.Entity;
import dev.gloss.model.GlossException;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import java.nio.charset.StandardCharsets;

/**
 * Any text as an article's body: the annotator finds what it finds, and every offset it reports
 * lies inside the text, and the text it reports is {@code text.substring(start, end)}.
 *
 * <p>Fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=AnnotateFuzzTest}.
 */
public class AnnotateFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void annotationsPointIntoTheText(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Annotations found;
    try {
      found = Annotator.standard().annotate(text, dev.gloss.annotate.time.DateContext.NONE);
    } catch (GlossException expected) {
      return;
    }
    assertSpansInside(text, found);
  }

  /** Fails unless every span of {@code found} lies in {@code text} and quotes it exactly. */
  public static void assertSpansInside(String text, Annotations found) {
    for (Span sentence : found.sentences()) {
      assertInside(text, sentence);
    }
    for (Quote quote : found.quotes()) {
      assertInside(text, quote.span());
      assertEquals(quote.span().of(text), quote.text(), quote.id());
    }
    for (Claim claim : found.claims()) {
      assertInside(text, claim.span());
      assertEquals(claim.span().of(text), claim.text(), claim.id());
    }
    for (DateMention date : found.dates()) {
      assertInside(text, date.span());
      assertEquals(date.span().of(text), date.text(), date.id());
    }
    for (Entity entity : found.entities()) {
      entity.mentions().forEach(mention -> assertInside(text, mention));
    }
  }

  private static void assertInside(String text, Span span) {
    assertTrue(span.start() >= 0 && span.end() <= text.length(),
        () -> span + " outside a text of " + text.length() + " characters");
  }
}
