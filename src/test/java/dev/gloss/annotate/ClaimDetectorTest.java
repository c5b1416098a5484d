package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Claim;
import dev.gloss.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What makes a political sentence check-worthy, one rule per test, each run through the whole
 * annotator so that the quotations it finds feed the detector as they do in a build.
 */
class ClaimDetectorTest {

  private static List<Claim> claims(String text) {
    return Annotator.standard().annotate(text, (java.time.LocalDate) null).claims();
  }

  private static boolean isClaim(String text) {
    return !claims(text).isEmpty();
  }

  @Test
  void aQuotationIsJudgedByWhatWasSaidNotByTheSaying() {
    assertFalse(isClaim("“We stand by every number we have put out,” Mr Tuck said."));
    assertTrue(isClaim("“We did not lose 80 seats because we were too bold,” Okonedo told "
        + "supporters."));
  }

  @Test
  void aQuotedCharacterisationIsNotAClaim() {
    assertFalse(isClaim("Union president Gail Sorensen said the governor had \"chosen "
        + "spreadsheets over children.\""));
  }

  @Test
  void reportedFactsWithAQuotedPhraseStayClaims() {
    assertTrue(isClaim("She told the Harbour Herald the report had been “acted on in full” and "
        + "that the department had hired 300 extra staff since it was written."));
  }

  @Test
  void aSpeakersOwnIntentionIsAPromise() {
    assertFalse(isClaim("Boone’s attorney, Frank DeLuca, said his client would appeal."));
    assertFalse(isClaim("The Greens said they would oppose any attempt to wind back the scheme."));
  }

  @Test
  void aSpeakersMoodIsNotAClaim() {
    assertFalse(isClaim("Calloway said she was open to changes."));
  }

  @Test
  void anAnswerFramedByItsQuestionIsNotAClaim() {
    assertFalse(isClaim("Asked about the sales, Achebe said his wife's investments were "
        + "\"managed by a blind trust, as the law requires.\""));
  }

  @Test
  void conditionalsAndWordsAimedAtSomeoneAreRhetoric() {
    assertFalse(isClaim("\"If you want to trade stocks, get a job on Wall Street,\" Delacroix "
        + "said, to cheers."));
    assertFalse(isClaim("\"You told this council in March that overtime was under control,\" "
        + "Dell said."));
  }

  @Test
  void aScheduleIsNotAForecast() {
    assertFalse(isClaim("A party spokesperson said the ballot would open on 1 August and that "
        + "the result would be announced at the conference in October."));
  }

  @Test
  void aShortDenialIsStillAClaim() {
    assertTrue(isClaim("The premier rejected the claim."));
  }

  @Test
  void reportedSpeechMayNameWhereItWasSaid() {
    assertTrue(isClaim("The department said in a statement that the contract had been reviewed "
        + "by the National Audit Office."));
  }

  @Test
  void aClaimSpansItsWholeSentence() {
    String text = "Calloway said she was open to changes. Records show Feld sold $2.4 million "
        + "in Tallis Grain stock on Oct. 14.";
    List<Claim> found = claims(text);
    assertEquals(1, found.size());
    assertEquals(new Span(39, text.length()), found.get(0).span());
  }

  private static List<String> features(String sentence) {
    return new ClaimDetector().assess(sentence, SpeechFrame.none(sentence)).features();
  }

  @Test
  void aDatedDeedIsAClaim() {
    assertTrue(isClaim("The mayor's aide delivered the report to the council last Monday."));
    assertTrue(isClaim("The senator first won the seat in the 1990s."));
  }

  @Test
  void anAbbreviatedMonthIsADate() {
    assertTrue(isClaim("Ms Ferris tabled the motion on Nov. 4, the last sitting day."));
  }

  @Test
  void aScheduleInThePassiveIsNoDeed() {
    assertFalse(isClaim("The next count is planned for June."));
    assertFalse(isClaim("The bridge will stay closed until Sunday."));
  }

  @Test
  void aModalMayIsNoMonth() {
    assertFalse(features("Both towns may differ in other ways.").contains("a date"));
    assertTrue(features("The vote was held in May.").contains("a date"));
  }

  @Test
  void todayDatesNoDeed() {
    assertFalse(isClaim("\"Today we took a step toward a fairer city.\""));
  }

  @Test
  void onlyIsNoComparison() {
    assertFalse(features("The only vote that counts is the one in November.")
        .contains("a comparison"));
  }

  @Test
  void anAnswerStaysAnAnswerWhenItHasADate() {
    assertFalse(isClaim("Asked on Tuesday whether she would stand down if the bill was defeated, "
        + "Price told reporters: 'No. I will win the vote, and I will win it well.'"));
  }

  @Test
  void aQuotedDenialOfAWrongIsAClaim() {
    assertTrue(isClaim("\"The regulator didn't find any fraud."));
    assertTrue(isClaim("\"We never broke the rules,\" she said."));
    assertTrue(isClaim("\"I do not accept that the memo was hidden,\" he replied."));
  }

  @Test
  void theVocabularyOfPoliticalWrongdoingAccuses() {
    assertTrue(isClaim("\"This council ran the grants scheme as a slush fund,\" Ruiz said."));
    assertTrue(isClaim("\"The minister has broken the ministerial code, and he knows it,\" Hale "
        + "said."));
  }

  @Test
  void aDateCountedFromAnotherIsADate() {
    assertTrue(isClaim("Three weeks later, a senior aide sent the donor a copy of the tender."));
  }

  @Test
  void aMeasurementOfOneUnitIsAFigure() {
    assertTrue(isClaim("\"Sea levels here are rising by about an inch a decade.\""));
  }

  @Test
  void anySuperlativeIsAComparison() {
    assertTrue(isClaim("According to the survey, it is the wettest winter since records began."));
  }

  @Test
  void theBodyASpeakerLeadsHasTheSpeakersIntention() {
    assertFalse(isClaim("The Speaker said her office would wait for the court to rule first."));
  }

  @Test
  void theFutureOfAnIntentionIsNoForecast() {
    assertFalse(isClaim("Councillor Jan Obi said she would study the audit before deciding how "
        + "to vote on Monday."));
    assertTrue(isClaim("The council said it would cut 400 jobs by next year."));
  }

  @Test
  void aMoodReportedInAStatementOrToReportersIsNoClaim() {
    assertFalse(isClaim("The water board said in a statement that it was \"saddened\" by the "
        + "ruling."));
    assertFalse(isClaim("Mr Pryce told journalists after the hearing that he was \"not "
        + "surprised\" by the verdict."));
  }

  @Test
  void aTimetableIsAScheduleNotAForecast() {
    assertFalse(isClaim("The grants would be reviewed in March, the minister said."));
    assertFalse(isClaim("Roadworks would begin in Leeds in September, the council told "
        + "residents."));
    assertFalse(isClaim("The upper house could take up the bill as early as Thursday, Senator "
        + "Ames said."));
    assertFalse(isClaim("Teachers' unions have called a strike for Monday, union leaders said."));
  }

  @Test
  void aCharacterisationMayEndOnWhatItIsAbout() {
    assertTrue(Rhetoric.CHARACTERISATION.in("Mr Hale told a fundraiser that his office had "
        + "\"nothing to conceal\" on contracts."));
    assertFalse(Rhetoric.CHARACTERISATION.in("She said the office had \"nothing to conceal\" "
        + "and had published every contract since 2019."));
  }

  @Test
  void wordsAimedAtSomeoneNamedAreAJab() {
    assertTrue(Rhetoric.ADDRESS.in("\"Minister, your own officials warned the cabinet.\""));
    assertTrue(Rhetoric.ADDRESS.in("Mr Speaker, you know this."));
    assertFalse(Rhetoric.ADDRESS.in("Ministers, officials said, were warned."));
  }

  @Test
  void aDilemmaMakesNeitherCharge() {
    assertFalse(isClaim("\"Either she wasn't told, or she misled the house,\" Obi said."));
  }

  @Test
  void sayingThereIsNoNeedIsAnOpinion() {
    assertFalse(isClaim("The mayor said in a statement that there was no need for an independent "
        + "inquiry into the contract."));
  }

  @Test
  void whatAPartyWouldDoIfElectedIsAPromise() {
    assertFalse(isClaim("Opposition leader Ruth Kaye said the Alliance would, if elected, scrap "
        + "the levy on small farms."));
  }

  @Test
  void aRankIsWorthChecking() {
    assertTrue(isClaim("The strike is the union's fourth this year."));
  }

  @Test
  void beingLeftOutOfOnesDueIsWorthChecking() {
    assertTrue(isClaim("\"Wales was not consulted on the final text,\" the First Minister said."));
    assertTrue(isClaim("\"Not one of the bidders met the deadline.\""));
    assertTrue(isClaim("\"None of the nurses were paid for the overtime.\""));
  }

  @Test
  void confidenceInSomeoneIsAStance() {
    assertFalse(isClaim("The deputy mayor said the fees were \"unfair\" but insisted the "
        + "treasurer retained her full confidence."));
  }

  @Test
  void theDateOfAScheduleDatesNoFact() {
    assertFalse(isClaim("The minister said the quotas were provisional and would be revisited "
        + "in June."));
  }

  @Test
  void aLeadInToAQuotationIsNoClaim() {
    assertFalse(isClaim("Councillor Ana Reyes, whose two colleagues backed the motion, was "
        + "blunter."));
  }

  @Test
  void anAntithesisArguesByMetaphor() {
    assertFalse(isClaim("\"A 40-minute wait is not an inconvenience, it is a risk to life,\" she "
        + "said."));
    assertFalse(Rhetoric.ANTITHESIS.in("The levy is not a tax on farmers."));
  }
}
