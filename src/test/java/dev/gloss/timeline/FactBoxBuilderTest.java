package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.DateMention;
import dev.gloss.model.Dispute;
import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.FactBoxes;
import dev.gloss.model.KeyFigure;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import dev.gloss.model.WhoEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fact boxes from hand-made annotations, so that each box is tested apart from the annotators. */
class FactBoxBuilderTest {

  private static final String TEXT = "Harbor Bank fined customers $4.5 million in 2023, regulators "
      + "alleged on Monday.\n\n"
      + "Harbor Bank denied the allegations. \"We have always treated our customers fairly and we "
      + "will contest every finding,\" said Mia Chen, the bank's spokeswoman.\n\n"
      + "The bank has 1,200 branches, one of the largest networks in the state.";

  private final FactBoxes boxes = FactBoxBuilder.build(TEXT, annotations());

  @Test
  void keyFiguresKeepCurrencyAndScaleAndSayWhatTheyCount() {
    assertEquals(List.of("$4.5 million", "1,200"),
        boxes.figures().stream().map(KeyFigure::number).toList());
    assertEquals("branches", boxes.figures().get(1).counts());
    assertEquals("c3", boxes.figures().get(1).sourceId());
  }

  @Test
  void aFigureWithNoNounAfterItIsToldByItsClauseOrTheFigureItIsComparedWith() {
    String text = "Each late crossing loses the city roughly $1,900.\n\n"
        + "The panel ruled 2-1 that the fee was a tax.\n\n"
        + "The ferries carried 310 passengers a night last year, against more than 4,000 on a"
        + " weekday morning.";
    List<Claim> claims = new java.util.ArrayList<>();
    for (String sentence : text.split("\n\n")) {
      int start = text.indexOf(sentence);
      claims.add(new Claim("c" + (claims.size() + 1), new Span(start, start + sentence.length()),
          sentence, ClaimType.FIGURE, 0.8, null, List.of()));
    }
    int lastYear = text.indexOf("last year");
    Annotations found = new Annotations(claims.stream().map(Claim::span).toList(), List.of(),
        claims, List.of(), List.of(new DateMention("d1", new Span(lastYear, lastYear + 9),
            "last year", "2024", List.of())));

    List<KeyFigure> figures = FactBoxBuilder.build(text, found).figures();

    assertEquals(List.of("$1,900", "2-1", "310", "4,000"),
        figures.stream().map(KeyFigure::number).toList());
    assertEquals(List.of("each late crossing loses the city", "the panel ruled",
        "passengers a night", "passengers a night"),
        figures.stream().map(KeyFigure::counts).toList());
  }

  @Test
  void yearsInsideDatesAndTheWordOneAreNoFigures() {
    assertTrue(boxes.figures().stream()
        .noneMatch(f -> f.number().equals("2023") || f.number().equalsIgnoreCase("one")));
  }

  @Test
  void whosWhoGivesRoleAndWhatTheySaid() {
    WhoEntry chen = boxes.people().stream().filter(w -> w.name().equals("Mia Chen")).findFirst()
        .orElseThrow();
    assertEquals("the bank's spokeswoman", chen.role());
    assertTrue(chen.said().startsWith("We have always treated"));
    assertEquals("q1", chen.sourceId());
    WhoEntry bank = boxes.people().stream().filter(w -> w.name().equals("Harbor Bank"))
        .findFirst().orElseThrow();
    assertEquals("Harbor Bank fined customers $4.5 million", bank.did());
  }

  @Test
  void disputePairsTheAllegationWithTheDenialAndTheAccusedsWords() {
    assertEquals(1, boxes.disputes().size());
    Dispute dispute = boxes.disputes().get(0);
    assertEquals("Allegations against Harbor Bank", dispute.subject());
    assertEquals("c1", dispute.claims().get(0).sourceId());
    assertEquals("regulators", dispute.claims().get(0).by());
    assertEquals(List.of("c2"), dispute.responses().stream().map(r -> r.sourceId()).toList());
    assertEquals("Harbor Bank", dispute.responses().get(0).by());
  }

  @Test
  void keyQuotesAreAttributedDirectQuotes() {
    assertEquals(1, boxes.quotes().size());
    assertEquals("Mia Chen", boxes.quotes().get(0).speaker().name());
    assertFalse(boxes.quotes().get(0).text().isBlank());
  }

  private static Annotations annotations() {
    Span s1 = span("Harbor Bank fined customers $4.5 million in 2023, regulators alleged on Monday.");
    Span s2 = span("Harbor Bank denied the allegations.");
    Span s3 = span("\"We have always treated our customers fairly and we will contest every finding,\" said Mia Chen, the bank's spokeswoman.");
    Span s4 = span("The bank has 1,200 branches, one of the largest networks in the state.");
    Span quoted = span("We have always treated our customers fairly and we will contest every finding,");
    Quote quote = new Quote("q1", quoted, quoted.of(TEXT),
        new Speaker("Mia Chen", SpeakerType.PERSON, "the bank's spokeswoman"), "said", null,
        QuoteKind.DIRECT);
    return new Annotations(List.of(s1, s2, s3, s4), List.of(quote), List.of(
        new Claim("c1", s1, s1.of(TEXT), ClaimType.ALLEGATION, 0.9, "regulators", List.of()),
        new Claim("c2", s2, s2.of(TEXT), ClaimType.DENIAL, 0.8, null, List.of()),
        new Claim("c3", s4, s4.of(TEXT), ClaimType.FIGURE, 0.8, null, List.of())),
        List.of(
            new Entity("Harbor Bank", EntityType.ORGANIZATION, null,
                List.of(span("Harbor Bank"), new Span(TEXT.indexOf("Harbor Bank denied"),
                    TEXT.indexOf("Harbor Bank denied") + 11))),
            new Entity("Mia Chen", EntityType.PERSON, "the bank's spokeswoman",
                List.of(span("Mia Chen")))),
        List.of(new DateMention("d1", span("2023"), "2023", "2023", List.of()),
            new DateMention("d2", span("Monday"), "Monday", "2024-05-06", List.of())));
  }

  private static Span span(String words) {
    int start = TEXT.indexOf(words);
    return new Span(start, start + words.length());
  }
}
