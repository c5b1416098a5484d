package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.DateMention;
import dev.gloss.model.DatePrecision;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * The rule for what is an event: an action by an actor that happened at the date (a past tense,
   * a present perfect), or one fixed for that day. One row a way of being, or not being, one.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      In {March=2026-03}, the governor vetoed a bill.                            | The governor vetoed a bill
      Federal aid for buses ran out {last year=2025}.                            | Federal aid for buses ran out
      The council has approved the plan on {Monday=2026-06-29}.                  | The council has approved the plan
      The council will vote on the plan on {March 3=2026-03-03}.                 | The council will vote on the plan
      An analysis published in {April=2026-04} estimated that the cuts would affect 1.3 million trips. | An analysis estimated that the cuts would affect 1.3 million trips
      The consequences have shrunk since voters approved a {2010=2010} ballot measure. | none
      The deadline passed without the {Friday=2026-06-26} framework.             | none
      The team lost {Monday=2026-06-29}'s match.                                 | none
      Every late budget since {2010=2010} has been resolved within three weeks.  | none
      By {midnight=2026-06-30T00:00}, the lights were still on in both offices.  | none
      Payments will be delayed beginning {July 1=2026-07-01}.                    | none
      Agencies have warned that they would cut service starting in {January=2027-01}. | none
      She {now=PRESENT_REF} advises nonprofit groups.                            | none
      The letter tells 38 departments to prepare on {Tuesday=2026-06-30}.        | none
      The placeholder does not include the spending agreed on {Friday=2026-06-26}. | none
      The board would hold a meeting on {Thursday=2026-07-02}.                   | none
      If the talks fail on {March 3=2026-03-03}, the union will strike.          | none
      The council will vote on the plan in {March=2026-03}.                      | none
      The state would have lent the money while the counties prepared measures for {November 2026=2026-11}. | none
      The fight is about {2030=2030}.                                            | none
      """)
  void anEventIsAnActionAtItsDate(String sentence, String expected) {
    MarkedText text = MarkedText.of(sentence);
    List<String> labels = TimelineBuilder.build(text.text(), text.annotations(ClaimType.EVENT))
        .events().stream().map(TimelineEvent::label).toList();
    assertEquals(expected.equals("none") ? List.of() : List.of(expected), labels);
  }

  @Test
  void aSentenceMayHoldTwoEventsEachDatedByItsOwnClause() {
    MarkedText text = MarkedText.of("A budget agreement that Ferreira and Haldane announced on "
        + "{Friday=2026-06-26} fell apart {late Monday=2026-06-29}.");
    Timeline timeline = TimelineBuilder.build(text.text(), text.annotations(ClaimType.EVENT));
    assertEquals(List.of("Ferreira and Haldane announced a budget agreement",
        "A budget agreement fell apart"),
        timeline.events().stream().map(TimelineEvent::label).toList());
    assertEquals(List.of("d1", "d2"),
        timeline.events().stream().map(TimelineEvent::sourceId).toList(),
        "each links to its own date");
  }

  @Test
  void aMonthOrAYearIsACoarseDateNotAPlacementByTheText() {
    MarkedText text = MarkedText.of("In {March=2026-03}, the governor vetoed a bill. "
        + "Haldane became speaker in {2024=2024}. Then the speaker responded.");
    Timeline timeline = TimelineBuilder.build(text.text(), text.annotations(ClaimType.EVENT));
    TimelineEvent year = timeline.events().get(0);
    TimelineEvent month = timeline.events().get(1);
    TimelineEvent placed = timeline.events().get(2);
    assertEquals("Haldane became speaker", year.label());
    assertEquals(DatePrecision.YEAR, year.precision());
    assertFalse(year.approximate(), "2024 is a date the text gives, not a position in it");
    assertTrue(year.coarse());
    assertEquals(DatePrecision.MONTH, month.precision());
    assertFalse(month.approximate());
    assertEquals("The speaker responded", placed.label());
    assertTrue(placed.approximate(), "an undated event is placed by the text");
    assertNull(placed.precision());
    assertFalse(placed.coarse());
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
