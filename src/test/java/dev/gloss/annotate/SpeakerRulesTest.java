package dev.gloss.annotate;

import dev.gloss.annotate.time.DateContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gloss.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small passage per speaker rule, each asserting the speaker the gold conventions give. */
class SpeakerRulesTest {

  private static List<String> speakers(String text) {
    return Annotator.standard().annotate(text, DateContext.NONE).quotes().stream()
        .map(quote -> quote.speaker().name()).toList();
  }

  private static Quote only(String text) {
    List<Quote> quotes = Annotator.standard().annotate(text, DateContext.NONE).quotes();
    assertEquals(1, quotes.size(), () -> "quotes in " + text);
    return quotes.get(0);
  }

  @Test
  void partialQuoteGoesToTheSubjectOfItsSentence() {
    assertEquals("Oskar Lindahl", only("Mayor Oskar Lindahl on Friday rejected the audit, "
        + "calling its conclusions \"a work of fiction from start to finish.\"").speaker().name());
  }

  @Test
  void leadingParticiplePhraseIsNotTheSubject() {
    assertEquals(List.of("Ruth Abernathy"), speakers("Ruth Abernathy, the committee chair, "
        + "opened the session.\n\nQuestioned by reporters about the delay, she said the plan was "
        + "\"nearly finished\" and would be published soon."));
  }

  @Test
  void appositionNamesTheSpeakerTheHeadOnlyDescribes() {
    assertEquals("Tobias Wren", only("Her husband, Tobias Wren, said: \"We just want answers "
        + "about what happened that night.\"").speaker().name());
  }

  @Test
  void relativeClauseAttachesToTheNameBeforeIt() {
    assertEquals("Agnieszka Holm", only("The plan was attacked by the party's former leader, "
        + "Agnieszka Holm, who said it was 'a betrayal of our members'.").speaker().name());
  }

  @Test
  void shePassesOverTheManNamedLast() {
    List<String> found = speakers("Councillor Margaret Oyelaran proposed the motion. It was "
        + "seconded by Mr Desmond Park.\n\n\"This is long overdue,\" she said.");
    assertEquals(List.of("Margaret Oyelaran"), found);
  }

  @Test
  void itStandsForTheDocumentThePreviousSentenceWasAbout() {
    assertEquals("the survey", only("The survey, carried out by Norwood Polling, found wide "
        + "support for the scheme. It said voters were \"tired of waiting for the trams\" and "
        + "wanted a date.").speaker().name());
  }

  @Test
  void theFirmResolvesToTheOrganisationItNames() {
    assertEquals("Brackwater Logistics", only("Brackwater Logistics cut 90 jobs at its depot "
        + "in Hull on Monday. \"These were difficult decisions,\" the firm said.").speaker()
        .name());
  }

  @Test
  void documentFromAnOrganisationIsTheDocument() {
    assertEquals("the statement", only("A statement from the union said: \"Our members have "
        + "voted overwhelmingly to accept the offer.\"").speaker().name());
  }

  @Test
  void unnamedGroupKeepsItsDescription() {
    assertEquals("the activist group", only("An activist group has claimed responsibility for "
        + "the blockade. In a message online, the group wrote: \"We will return every week.\"")
        .speaker().name());
  }

  @Test
  void anonymousCrowdIsUnknown() {
    assertEquals("unknown", only("Opponents have labelled the scheme a \"tax on "
        + "commuters\" in leaflets across the city.").speaker().name());
  }

  @Test
  void possessiveOrganisationIsNamedAsWritten() {
    assertEquals("Morland\u2019s embassy", only("Morland\u2019s embassy said the journalist "
        + "was being held \u201cfor her own protection\u201d.").speaker().name());
  }

  @Test
  void partialQuoteEchoingAFullQuoteTakesItsSpeaker() {
    List<String> found = speakers("The petition, which circulated on Friday, described the "
        + "cuts as \"cruel and careless.\"\n\n\"These cuts are cruel and careless, and they will "
        + "close our library,\" said the petition.");
    assertEquals(List.of("the petition", "the petition"), found);
  }

  @Test
  void speakerAfterTheQuoteMayHaveALowerCaseRoleFirst() {
    assertEquals("Imran Qureshi", only("\"The budget is balanced for the first time in a "
        + "decade,\" city treasurer Imran Qureshi told the council.").speaker().name());
  }

  @Test
  void titlesBeforeANameAreDroppedAndTheSurnameResolves() {
    assertEquals(List.of("Martin Quell", "Martin Quell"), speakers("Assembly Majority Whip "
        + "Martin Quell said: \"We have the numbers.\"\n\n\"We always did,\" Quell said."));
  }

  @Test
  void theRoleResolvesToThePersonWhoHeldIt() {
    assertEquals("Ingrid Salo", only("The Premier, Ingrid Salo, toured the flood zone on Monday."
        + "\n\nResidents asked about insurance. \"Nobody will be left behind,\" said the "
        + "premier.").speaker().name());
  }

  @Test
  void anAbbreviatedTitleIsARole() {
    assertEquals(List.of("Doris Pell"), speakers("Sen. Doris Pell and Rep. Carl Fenn spoke."
        + "\n\n\"I will vote no,\" the senator told reporters."));
  }

  @Test
  void theLastHolderOfARoleMayBeUnnamed() {
    assertEquals("unknown", only("The minister responsible, Karl Ewing, declined to comment. "
        + "One junior minister, speaking privately, was blunter. \"It is a mess,\" the minister "
        + "said.").speaker().name());
  }

  @Test
  void aSpokespersonForAPersonSpeaksForThatPerson() {
    assertEquals("Ada Brill", only("Gov. Ada Brill signed the order. A spokesman for the "
        + "governor, asked about the lawsuit, said only: \"The order stands.\"").speaker().name());
  }

  @Test
  void aBareSpokespersonSpeaksForTheOrganisationJustNamed() {
    assertEquals("Harrowgate Council", only("Harrowgate Council said it would appeal. \"We "
        + "disagree with the ruling,\" a spokesperson said.").speaker().name());
  }

  @Test
  void anOrganisationBeforeSpokespersonIsTheSpeaker() {
    assertEquals("Ministry of Transport", only("A Ministry of Transport spokesperson said the "
        + "line was \"safe to use\".").speaker().name());
  }

  @Test
  void aNamedSpokespersonAfterTheRoleIsThePerson() {
    assertEquals("Pia Lund", only("\"We will oppose this,\" said the party\u2019s health "
        + "spokeswoman, Pia Lund.").speaker().name());
  }

  @Test
  void theNextSentenceDoesNotTakeAQuoteItsOwnSentenceAttributes() {
    assertEquals(List.of("Rosa Vint"), speakers("Rosa Vint told reporters: \"No. We will win.\""
        + " Gil Marr said the vote was close."));
  }

  @Test
  void sheGoesToThePersonThePreviousSentenceIsAbout() {
    assertEquals("Lena Odum", only("Lena Odum, the mayor, met Paul Ricks and Tomasz Ilg on "
        + "Friday.\n\nThe mayor rejected the claim. She told the Valley Echo the report had "
        + "been \"acted on in full\".").speaker().name());
  }

  @Test
  void aStreetIsNoSpeaker() {
    assertEquals("Alan Quist", only("Alan Quist spoke outside his office on Marlow Street. "
        + "The plan, he said in a statement, \"costs too much.\"").speaker().name());
  }

  @Test
  void aPlaceAfterTheNameIsNotTheSpeaker() {
    assertEquals("Nia Doyle", only("\"Not one vote,\" said Rep. Nia Doyle of Nevada, who "
        + "chairs the panel.").speaker().name());
  }

  @Test
  void aDatelineIsNotTheSubject() {
    assertEquals("Ada Brill", only("SALEM, Ore. \u2014 Gov. Ada Brill on Thursday vetoed the "
        + "bill, calling it \"a promise we cannot keep.\"").speaker().name());
  }

  @Test
  void theAgentOfAParticipleIsNotTheSpeaker() {
    assertEquals("the letter", only("The letter, written by Rhea Tull, a former adviser, says "
        + "she was told to \u2018keep quiet\u2019 about the audit.").speaker().name());
  }

  @Test
  void lowerCaseWordsAfterAnAttributionArePartialUnlessTheyResumeAQuote() {
    List<Quote> quotes = Annotator.standard().annotate("The bill, he said, \"spends too much.\" "
        + "\"We will,\" she said, \"fight on.\"", DateContext.NONE).quotes();
    assertEquals(List.of("partial", "direct", "direct"),
        quotes.stream().map(quote -> quote.kind().label()).toList());
  }

  @Test
  void aQuoteStandingAloneIsTheSubjectOfTheSentenceBefore() {
    assertEquals(List.of("Tamsin Crewe", "Oliver Brand"), speakers("\"Who signed it?\" "
        + "Tamsin Crewe asked.\n\nOliver Brand denied that anyone had signed. \"Nobody did. "
        + "The form was blank.\""));
  }

  @Test
  void aQuoteGoesOnAfterALongAttributionInTheSameParagraph() {
    assertEquals(List.of("Ngozi Abara", "Ngozi Abara"), speakers("\"We came,\" said Ngozi "
        + "Abara, an organiser with the Tenants Forum of Leeds, who had travelled from Bradford "
        + "on Monday in the hope of seeing the vote. \"We spoke. We waited.\""));
  }

  @Test
  void namesInThePreviousAttributionDoNotTakeTheQuote() {
    assertEquals(List.of("Helena Vos", "Helena Vos"), speakers("\"It was filed late,\" city "
        + "attorney Helena Vos told Judge Aaron Pike. \"That is outside the window.\""));
  }

  @Test
  void aSoCalledLabelIsAScareQuoteWhoeverSpeaks() {
    Quote quote = only("The report said the so-called \"quiet quitting\" trend had faded.");
    assertEquals("scare", quote.kind().label());
    assertEquals("unknown", quote.speaker().name());
  }

  @Test
  void aRoleIsWhatSomeoneIsNotWhatTheyWereDoing() {
    Quote quote = only("Ines Calvo, speaking outside the chamber an hour later, called it "
        + "\"a fairy tale.\"");
    assertEquals("Ines Calvo", quote.speaker().name());
    assertNull(quote.speaker().role());
  }

  @Test
  void bareQuotesInAnInterviewTakeTurns() {
    assertEquals(List.of("Rhea Tamm", "Oskar Lund", "Rhea Tamm", "Oskar Lund"), speakers(
        "Lund spoke to presenter Rhea Tamm on Monday.\n\n\"Did you sign the order?\" Tamm "
        + "asked.\n\n\"I did not,\" Oskar Lund replied.\n\n\"Then who did?\"\n\n"
        + "\"You would have to ask the department.\""));
  }

  @Test
  void theInterviewerNamedByAskedByTakesTheQuestion() {
    assertEquals(List.of("Marek Dole", "Ana Fiske", "Marek Dole"), speakers("Asked by the "
        + "presenter, Ana Fiske, whether he had broken the rule, Marek Dole replied: \"No, we "
        + "meet it at the end.\"\n\n\"But the end keeps moving, doesn't it?\"\n\n"
        + "\"That is how forecasts work.\""));
  }

  @Test
  void theDeputyIsNotTheOfficeHolder() {
    List<String> found = speakers("Premier Hal Brennan and Deputy Premier Joy Nkemelu met on "
        + "Monday.\n\n\"We have done nothing wrong,\" said the Premier.");
    assertEquals(List.of("Hal Brennan"), found);
  }

  @Test
  void initialsStandForTheNameBeforeThem() {
    assertEquals("Independent Fiscal Panel", only("The figures from the Independent Fiscal "
        + "Panel (IFP) were bleak. The IFP said the outlook was 'materially weaker'.")
        .speaker().name());
  }

  @Test
  void aParticipleAfterWithReportsSpeech() {
    assertEquals("Meera Sondhi", only("The bill passed, with Water Minister Meera Sondhi "
        + "declaring there was \"no going back\" on the reform.").speaker().name());
  }
}
