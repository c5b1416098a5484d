package dev.gloss.annotate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.annotate.Annotator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static GoldItem item(String json) throws Exception {
    return JSON.readValue(json, GoldItem.class);
  }

  @Test
  void aDatesOnlyRecordScoresNoQuotesOrClaims() throws Exception {
    GoldItem gold = item("{\"id\": \"x\", \"text\": \"\\\"We are done,\\\" she said on Monday."
        + " Sales fell 4% in 2023.\", \"date\": \"2024-05-15\", \"scores\": [\"dates\"],"
        + " \"dates\": [{\"start\": 27, \"end\": 33, \"value\": \"2024-05-13\"},"
        + " {\"start\": 52, \"end\": 56, \"value\": \"2023\"}]}");
    List<String> mistakes = new ArrayList<>();
    Scorer.Report report = new Scorer(Annotator.standard()).score(List.of(gold), mistakes::add);
    assertEquals(new Counts(0, 0, 0), report.quotesOverlap());
    assertEquals(new Counts(0, 0, 0), report.claims());
    assertEquals(new Counts(2, 2, 2), report.datesExact());
    assertEquals(new Counts(2, 2, 2), report.dateValues());
    assertEquals(List.of(), mistakes);
  }

  @Test
  void wrongValuesAndMissedConflictsAreCountedAndReported() throws Exception {
    GoldItem gold = item("{\"id\": \"y\", \"text\": \"It opened on Wednesday, June 13.\","
        + " \"date\": \"2024-06-14\", \"dates\": [{\"start\": 13, \"end\": 31,"
        + " \"value\": \"2024-06-12\", \"conflict\": false}]}");
    List<String> mistakes = new ArrayList<>();
    Scorer.Report report = new Scorer(Annotator.standard()).score(List.of(gold), mistakes::add);
    assertEquals(new Counts(1, 1, 1), report.datesExact());
    assertEquals(new Counts(0, 1, 1), report.dateValues());
    assertEquals(new Counts(0, 1, 0), report.dateConflicts());
    assertEquals(List.of("y: date \"Wednesday, June 13\" = 2024-06-13, gold says 2024-06-12",
        "y: date \"Wednesday, June 13\" conflict true, gold says false"), mistakes);
  }

  @Test
  void entityMentionsAreScoredByExactSpanAndTypesByEntity() throws Exception {
    // "Mara Voss" and "Voss" are the person's mentions; the gold calls Kellin Foods a person, so
    // its one matched entity has the wrong type; "Kellin" alone is the company's short form.
    GoldItem gold = item("{\"id\": \"e\", \"text\": \"Mara Voss runs Kellin Foods. Voss said"
        + " Kellin would grow.\", \"entities\": ["
        + "{\"name\": \"Mara Voss\", \"type\": \"person\", \"mentions\": [{\"start\": 0,"
        + " \"end\": 9}, {\"start\": 29, \"end\": 33}]},"
        + "{\"name\": \"Kellin Foods\", \"type\": \"person\", \"mentions\": [{\"start\": 15,"
        + " \"end\": 27}, {\"start\": 39, \"end\": 45}]}]}");
    List<String> mistakes = new ArrayList<>();
    Scorer.Report report = new Scorer(Annotator.standard()).score(List.of(gold), mistakes::add);
    assertEquals(4, report.entityMentions().matched());
    assertEquals(4, report.entityMentions().gold());
    assertEquals(new Counts(1, 2, 2), report.entityTypes());
    assertTrue(mistakes.contains("e: entity Kellin Foods is organization, gold says person"),
        mistakes::toString);
  }

  @Test
  void aRecordWithoutEntitiesScoresNone() throws Exception {
    GoldItem gold = item("{\"id\": \"n\", \"text\": \"Mara Voss runs Kellin Foods.\","
        + " \"quotes\": []}");
    Scorer.Report report = new Scorer(Annotator.standard()).score(List.of(gold), m -> { });
    assertEquals(Counts.ZERO, report.entityMentions());
    assertEquals(Counts.ZERO, report.entityTypes());
  }
}
