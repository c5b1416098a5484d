package dev.gloss.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.model.DateMention;
import dev.gloss.testing.Reference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference article gives only its year (2024, from the copyright line). */
class ReferenceDatesTest {

  private static final String BODY = String.join("\n\n", Reference.PARAGRAPHS);

  private final DateAnnotator annotator = new DateAnnotator();

  @Test
  void tuesdayNovember21IsTheConflictAReaderShouldSee() {
    List<DateMention> dates = annotator.annotate(BODY, List.of(), DateContext.yearOnly(2024));
    assertEquals(List.of("Tuesday, November 21", "Tuesday"),
        dates.stream().map(DateMention::text).toList());
    DateMention first = dates.get(0);
    assertEquals("2024-11-21", first.value());
    assertEquals(List.of("21 November 2024 was a Thursday, not a Tuesday; the nearest year in"
        + " which 21 November is a Tuesday is 2023; the Tuesdays either side of it are"
        + " 19 November and 26 November 2024"), first.warnings());
    assertEquals(List.of("2023-11-21", "2024-11-19", "2024-11-26"), first.alternatives());
  }

  @Test
  void theBareTuesdayIsReadFromAnAssumedDateAndSaysSo() {
    DateMention tuesday = annotator.annotate(BODY, List.of(), DateContext.yearOnly(2024)).get(1);
    assertEquals("2024-11-19", tuesday.value());
    assertEquals(List.of("read relative to an assumed date, 21 November 2024 (the latest date the"
        + " article gives; the page gives only its year)"), tuesday.warnings());
  }

  @Test
  void withTheGoldsAssumedDateTheBareTuesdayIsThatDay() {
    DateMention tuesday = annotator.annotate(BODY, List.of(),
        DateContext.assumed(LocalDate.of(2024, 11, 26))).get(1);
    assertEquals("2024-11-26", tuesday.value());
    assertEquals(List.of("read relative to an assumed date, 26 November 2024"),
        tuesday.warnings());
  }
}
