package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.ClaimType;
import dev.gloss.model.Dispute;
import dev.gloss.model.DisputeSide;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disputes built from denials without an allegation: what each answers, and its heading. */
class DisputeFinderTest {

  @Test
  void aDenialAnswersTheClaimJustBeforeItAndTheHeadingNamesBothSidesAndTheMatter() {
    MarkedText text = MarkedText.of("[Haldane]'s office said the governor also agreed to sign a "
        + "bill authorizing the tax in the same package.\n\n"
        + "[Ferreira]'s budget director, [Priya Wadkins], disputed that.");
    List<Dispute> disputes = find(text, ClaimType.ATTRIBUTION, ClaimType.DENIAL);
    assertEquals(1, disputes.size());
    Dispute dispute = disputes.get(0);
    assertEquals("Haldane vs. Ferreira: whether the governor agreed to sign a bill",
        dispute.subject());
    assertEquals("Haldane's office", dispute.claims().get(0).by());
    assertEquals("Ferreira's budget director Priya Wadkins", dispute.responses().get(0).by());
  }

  @Test
  void aDenialBySameSideAsTheClaimIsNoDispute() {
    MarkedText text = MarkedText.of("Without a budget, the controller cannot pay contract "
        + "workers, said Controller [Evelyn Masaki].\n\n"
        + "“I have never had to send a letter like this one,” [Masaki] said.", "Evelyn Masaki");
    assertEquals(List.of(), find(text, ClaimType.PREDICTION, ClaimType.DENIAL));
  }

  @Test
  void denialsThatAnswerOneClaimAreOneDisputeWithBothResponses() {
    MarkedText text = MarkedText.of("Several lawmakers said the fight had become a proxy for "
        + "a rivalry.\n\n"
        + "[Ferreira], they said, does not want to be remembered for a tax increase, while "
        + "[Haldane] wants a campaign issue.\n\n"
        + "“This is not about buses,” said [Kevin Tran].\n\n"
        + "[Ferreira] rejected that characterization.\n\n"
        + "[Haldane] also denied that the fight had anything to do with her ambitions.",
        "Kevin Tran");
    List<Dispute> disputes = find(text, ClaimType.ATTRIBUTION, ClaimType.PREDICTION,
        ClaimType.FIGURE, ClaimType.DENIAL);
    assertEquals(1, disputes.size(), disputes.toString());
    Dispute dispute = disputes.get(0);
    assertEquals(List.of("c2"), dispute.claims().stream().map(DisputeSide::sourceId).toList());
    assertEquals("Several lawmakers", dispute.claims().get(0).by(),
        "'they said' is said by whoever the sentence before names");
    assertEquals(List.of("c4", "c5"),
        dispute.responses().stream().map(DisputeSide::sourceId).toList());
    assertTrue(dispute.subject().startsWith("Several lawmakers vs. Ferreira and Haldane: whether "
        + "Ferreira does not want"), dispute.subject());
  }

  private static List<Dispute> find(MarkedText text, ClaimType... types) {
    var annotations = text.annotations(types);
    return DisputeFinder.find(text.text(), annotations, new Anchors(text.text(), annotations));
  }
}
