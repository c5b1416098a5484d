package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.DateMention;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import dev.gloss.model.Timeline;
import dev.gloss.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

  private static final String TEXT = "On March 3 the council voted to close the library. "
      + "Then the mayor resigned. "
      + "On March 1 hundreds of residents protested outside the town hall.\n\n"
      + "\"We will fight this until next year,\" said Ann Lee.";

  @Test
  void ordersByDateAndPlacesUndatedEventsAfterTheEventBeforeThemInTheText() {
    Timeline timeline = TimelineBuilder.build(TEXT, annotations(List.of()));

    List<String> labels = timeline.events().stream().map(TimelineEvent::label).toList();
    assertEquals(List.of("Hundreds of residents protested outside the town hall",
        "The council voted to close the library", "The mayor resigned"), labels);
    TimelineEvent resigned = timeline.events().get(2);
    assertTrue(resigned.approximate());
    assertNull(resigned.when());
    assertEquals("c2", resigned.sourceId(), "an undated event links to its claim");
    TimelineEvent voted = timeline.events().get(1);
    assertFalse(voted.approximate());
    assertEquals("2024-03-03", voted.when());
    assertEquals("3 March 2024", voted.whenShown());
    assertEquals("d1", voted.sourceId(), "a dated event links to its date");
    assertEquals(List.of("ev1", "ev2", "ev3"),
        timeline.events().stream().map(TimelineEvent::id).toList());
  }

  @Test
  void aSentenceSpokenInsideAQuoteIsNoEvent() {
    int start = TEXT.indexOf("We will");
    Quote quote = new Quote("q1", new Span(start, TEXT.indexOf(",\" said")), "We will fight",
        new Speaker("Ann Lee", SpeakerType.PERSON, null), "said", null, QuoteKind.DIRECT);
    int next = TEXT.indexOf("next year");
    DateMention future = new DateMention("d3", new Span(next, next + 9), "next year", "2025",
        List.of());
    Timeline timeline = TimelineBuilder.build(TEXT, annotations(List.of(quote), future));
    assertTrue(timeline.events().stream().noneMatch(e -> "2025".equals(e.when())));
  }

  @Test
  void carriesTheDatesWarningsIntoTheEvent() {
    Timeline timeline = TimelineBuilder.build(TEXT, annotations(List.of(), new DateMention("d9",
        span("March 1"), "March 1", "2024-03-01", List.of("1 March 2024 was a Friday"))));
    assertTrue(timeline.events().stream()
        .anyMatch(e -> e.warnings().contains("1 March 2024 was a Friday")));
  }

  private static Annotations annotations(List<Quote> quotes, DateMention... extra) {
    List<Span> sentences = List.of(
        span("On March 3 the council voted to close the library."),
        span("Then the mayor resigned."),
        span("On March 1 hundreds of residents protested outside the town hall."),
        span("\"We will fight this until next year,\" said Ann Lee."));
    List<Claim> claims = List.of(
        claim("c1", sentences.get(0)), claim("c2", sentences.get(1)),
        claim("c3", sentences.get(2)));
    List<DateMention> dates = new ArrayList<>(List.of(
        new DateMention("d1", span("March 3"), "March 3", "2024-03-03", List.of()),
        new DateMention("d2", span("March 1"), "March 1", "2024-03-01", List.of())));
    for (DateMention date : extra) {
      dates.removeIf(d -> d.span().equals(date.span()));
      dates.add(date);
    }
    return new Annotations(sentences, quotes, claims, List.of(), dates);
  }

  private static Claim claim(String id, Span span) {
    return new Claim(id, span, span.of(TEXT), ClaimType.EVENT, 0.8, null, List.of("an event"));
  }

  private static Span span(String words) {
    int start = TEXT.indexOf(words);
    return new Span(start, start + words.length());
  }
}
