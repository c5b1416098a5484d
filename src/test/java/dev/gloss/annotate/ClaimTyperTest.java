package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.model.ClaimType;
import org.junit.jupiter.api.Test;

/** The claim types and their precedence, one small sentence per rule. */
class ClaimTyperTest {

  @Test
  void denialOutranksAllegation() {
    assertEquals(ClaimType.DENIAL, ClaimTyper.type(
        "The minister denied accusations that she had misled parliament."));
  }

  @Test
  void reportedWrongdoingIsAnAllegation() {
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "Investigators said the firm paid bribes worth $40,000 to two inspectors."));
  }

  @Test
  void wrongdoingACourtEstablishedIsNotAnAllegation() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Pryce admitted six counts of fraud at Bristol Crown Court."));
  }

  @Test
  void forecastOutranksComparisonAndFigure() {
    assertEquals(ClaimType.PREDICTION, ClaimTyper.type(
        "Analysts expect prices to rise 4% next year, the fastest rate since 2008."));
  }

  @Test
  void anOrganisationsOwnDecisionIsNotAPrediction() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Tarnwell Motors said on Monday it would cut 1,200 jobs."));
  }

  @Test
  void superlativeOutranksFigure() {
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "The club sold 41,000 season tickets, the most in its history."));
  }

  @Test
  void moreThanANumberIsAnApproximatorNotAComparison() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "The fire destroyed more than 300 homes in the valley."));
  }

  @Test
  void indirectSpeechWithoutOtherCuesIsAnAttribution() {
    assertEquals(ClaimType.ATTRIBUTION, ClaimTyper.type(
        "The coroner said that the driver had not been wearing a seatbelt."));
  }

  @Test
  void somethingThatHappenedIsAnEvent() {
    assertEquals(ClaimType.EVENT, ClaimTyper.type("The mayor resigned on Thursday."));
  }

  @Test
  void atLeastIsAnApproximatorNotAComparison() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Holm told the BBC that at least 40 MPs had serious concerns."));
  }

  @Test
  void moreThanAnyAndLessThanHalfAreComparisons() {
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "Grieve has the backing of 71 MPs, more than any other candidate."));
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "That is less than half the effect the Coalition has claimed."));
  }

  @Test
  void aQuestionOrACounterfactualIsNotAForecast() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Crane refused six times to say whether her party would prop up a government."));
    assertEquals(ClaimType.EVENT, ClaimTyper.type(
        "Pettibone on Thursday vetoed a bill that would have capped class sizes."));
  }

  @Test
  void expectingSomeoneToActIsAForecast() {
    assertEquals(ClaimType.PREDICTION, ClaimTyper.type(
        "He told reporters that he expected the committee to approve the nomination."));
    assertEquals(ClaimType.PREDICTION, ClaimTyper.type(
        "Oberg said a closure of more than a week was unlikely."));
  }

  @Test
  void anAnnouncedPlanIsNotAForecast() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Redline Motors will recall about 212,000 SUVs, the company said."));
  }

  @Test
  void notRecognisingAnAccountAndNeverHavingDoneItAreDenials() {
    assertEquals(ClaimType.DENIAL, ClaimTyper.type(
        "The Cabinet Office said it did not recognise the account."));
    assertEquals(ClaimType.DENIAL, ClaimTyper.type(
        "\"I have never bought or sold a single share,\" the senator said."));
  }

  @Test
  void facingQuestionsOverADealIsAnAllegation() {
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "Holcroft is facing questions over a £2.7bn contract awarded to a donor's firm."));
  }

  @Test
  void moreThanSomethingOtherThanANumberIsAComparison() {
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "The bill spends $31 billion more than last year's bill."));
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Her figures stand in more than 30 public squares."));
  }

  @Test
  void lessLikelyComparesRisksRatherThanForecasting() {
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "Children who play outdoors are 30 per cent less likely to need glasses, a study found."));
  }

  @Test
  void anOrdinalSinceAndACareerHighAreComparisons() {
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "The outage is the third at the bank since 2021."));
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "Whitaker scored 41 points, a career high, on Saturday."));
  }

  @Test
  void aJuryFindingSomeoneGuiltyEstablishesTheWrongdoing() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "A jury found former alderman Victor Szabo guilty of accepting bribes worth $2.3 million."));
  }

  @Test
  void anOfficesOwnPlanIsNotAForecast() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "The shelter will add 260 beds, the mayor's office said."));
  }

  @Test
  void handingOverAReportIsNoBribe() {
    assertEquals(ClaimType.EVENT, ClaimTyper.type(
        "The minister handed her resignation letter to the Prime Minister on Sunday."));
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "Witnesses said the developer handed him an envelope of cash in the car park."));
  }

  @Test
  void quotationMarksDoNotHideADenial() {
    assertEquals(ClaimType.DENIAL, ClaimTyper.type(
        "The council said it had \"never received\" the petition."));
  }

  @Test
  void aNegatedWrongRebutsTheAccusation() {
    assertEquals(ClaimType.DENIAL, ClaimTyper.type(
        "The auditor did not find corruption in the tender."));
    assertEquals(ClaimType.DENIAL, ClaimTyper.type("The whip said the code had not been broken."));
    assertEquals(ClaimType.DENIAL, ClaimTyper.type(
        "\"I don't accept that the memo says that,\" the minister said."));
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "She accused him of not declaring the bribes."));
  }

  @Test
  void breakingTheRulesIsAnAllegation() {
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "He has broken the party's own rules twice this year."));
  }

  @Test
  void anOverExploitedAquiferIsATermNotAnAccusation() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Officials said 40 per cent of the aquifers were over-exploited."));
  }

  @Test
  void quantifiersAndSelectionsAreNoComparisons() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "More than half of the 90 schools were built before 1950."));
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "The region has 9,000 wells, most of them shallow."));
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Of the 20 largest donors, 14 gave to the governing party."));
    assertEquals(ClaimType.FIGURE, ClaimTyper.type("The nearest clinic is 40 miles away."));
    assertEquals(ClaimType.EVENT, ClaimTyper.type(
        "No grant was based on anything other than need, the department said."));
  }

  @Test
  void anySuperlativeAdjectiveCompares() {
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type(
        "Tasmania is the wettest state in the country."));
    assertEquals(ClaimType.EVENT, ClaimTyper.type(
        "The Pinecrest fund lost money, an analyst at Pinecrest Capital said."));
  }

  @Test
  void aPassiveAnnouncementAndALetterAreEventsNotReportedSpeech() {
    assertEquals(ClaimType.EVENT, ClaimTyper.type("The scheme was announced in the spring budget."));
    assertEquals(ClaimType.EVENT, ClaimTyper.type("The mayor wrote to residents on Monday."));
    assertEquals(ClaimType.ATTRIBUTION, ClaimTyper.type(
        "Security analyst Dana Obe said the files appeared genuine."));
  }

  @Test
  void whatABillWouldDoIsItsContentNotAForecast() {
    assertEquals(ClaimType.EVENT, ClaimTyper.type(
        "A bill that would require every landlord to register was tabled on Monday."));
    assertEquals(ClaimType.PREDICTION, ClaimTyper.type(
        "The bill would cost taxpayers $2bn, analysts said."));
  }

  @Test
  void anExpectationReportedOrARelativeClauseIsNoForecast() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "The deficit we had been led to expect – £4bn – turned out to be £7bn."));
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "The only clinic that will stay open is 30 miles from the town."));
  }

  @Test
  void theirOwnIntentionIsNoForecast() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "At least 14 MPs told the whips on Monday that they will not back the bill."));
  }

  @Test
  void aWrongThatIsItselfANegationIsNotRebutted() {
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "\"They didn't ask, and they didn't pay,\" the tenant said."));
  }

  @Test
  void politicalWrongdoingAnInquiryFoundIsNoAllegation() {
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "\"This council ran the grants scheme as a slush fund,\" Ruiz said."));
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "Auditors have made 9 findings of cronyism against councils since 2019."));
  }

  @Test
  void atTheEarliestIsALimitNotAComparison() {
    assertEquals(ClaimType.PREDICTION, ClaimTyper.type(
        "The scheme will not pay out until June at the earliest."));
  }

  @Test
  void aRankByCountIsAFigure() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type("The strike is the union's fourth this year."));
    assertEquals(ClaimType.FIGURE, ClaimTyper.type(
        "The party lost ground for the fifth poll in a row."));
  }

  @Test
  void beingLeftOutOfOnesDueIsAnAllegation() {
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "Tenants said they had never been told about the fire risk."));
    assertEquals(ClaimType.ALLEGATION, ClaimTyper.type(
        "The firm said it was not told of the change until May."));
  }

  @Test
  void aRecordKeptIsNoRecordBroken() {
    assertEquals(ClaimType.ATTRIBUTION, ClaimTyper.type(
        "The inquiry chair said she would place the full record before parliament."));
    assertEquals(ClaimType.COMPARISON, ClaimTyper.type("Turnout reached a record 71 per cent."));
  }

  @Test
  void whatABillWouldDoIsItsContentHoweverLongTheSentence() {
    assertEquals(ClaimType.FIGURE, ClaimTyper.type("The Water Bill, tabled on Monday after months "
        + "of consultation with farmers, growers and every state government, sets fees of up to "
        + "900 rupees and would create a licensing board."));
  }
}
