package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisputeHeadingTest {

  /** Columns: claimant principal (or empty), respondent principal (or empty), asserted, heading. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Haldane | Ferreira | the governor agreed to sign a bill | Haldane vs. Ferreira: whether the governor agreed to sign a bill
              | Ferreira | the governor agreed to sign a bill | Whether the governor agreed to sign a bill
      Haldane |          | the governor agreed to sign a bill | Whether the governor agreed to sign a bill
      Masaki  | Masaki   | the controller cannot pay workers  | Whether the controller cannot pay workers
      Haldane | Ferreira | the governor agreed in writing to sign a bill authorizing the tax measures in the same package | Haldane vs. Ferreira
      Artists | OpenAI   | "Niko Felix: “Participation is voluntary”" | Artists vs. OpenAI
              |          | "Niko Felix: “Participation is voluntary”" | Niko Felix: “Participation is voluntary”
      """)
  void namesTheSidesAndTheMatterAsACompletePhraseOrLeavesThemOut(String claimant,
      String respondent, String asserted, String heading) {
    Optional<Parties.Party> by = Optional.ofNullable(claimant).map(c -> new Parties.Party(c, c));
    List<Parties.Party> against = respondent == null ? List.of()
        : List.of(new Parties.Party(respondent, respondent));
    assertEquals(heading, DisputeHeading.of(by, against, asserted));
  }
}
