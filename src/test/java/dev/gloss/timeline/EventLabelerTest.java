package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence in, label out, one table per rule. A date in braces is the date the event is read at:
 * the label is that of the clause the date is in (see {@link MarkedText}).
 */
class EventLabelerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The council approved a budget that will cut 140 posts.                  | The council approved a budget
      {Two days later}, the company's chief executive resigned.               | The company's chief executive resigned
      The leak, shared on the platform Hugging Face, allowed users to access Sora. | The leak allowed users to access Sora
      In response, OpenAI cut off access to Sora while denying allegations.   | OpenAI cut off access to Sora
      Police arrested two men in Leeds after the match, a spokesman said.     | Police arrested two men in Leeds
      Lawmakers met that deadline by approving a placeholder budget on {June 13}. | Lawmakers met that deadline by approving a placeholder budget
      The fee had been paid on about 2,100 port calls by the end of {March}.  | The fee had been paid on about 2,100 port calls
      """)
  void labelsSubjectVerbAndObject(String sentence, String label) {
    assertEquals(label, MarkedText.of(sentence).dateLabel());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      In {March}, the governor vetoed a Haldane-backed bill that would have required cities to act. | The governor vetoed a Haldane-backed bill
      The board adopted a service-cut plan on {Thursday}.                       | The board adopted a service-cut plan
      The judges ruled 2-1 on {Friday}.                                         | The judges ruled 2-1
      """)
  void neverCutsInsideAWrittenWord(String sentence, String label) {
    assertEquals(label, MarkedText.of(sentence).dateLabel());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Transit riders and advocates, many of whom had packed committee hearings in {May}, reacted with frustration. | Many of the transit riders and advocates had packed committee hearings
      The breakdown was a clash between Ferreira and Haldane, a Long Beach lawmaker who became speaker in {2024} and is expected to run. | Haldane became speaker
      The fee, which took effect in {October}, had been paid on 2,100 port calls. | The fee took effect
      Senate leader Alma Ruelas, who had backed the framework on {Friday}, tried to stay out of the fight. | Senate leader Alma Ruelas had backed the framework
      """)
  void aRelativeClauseIsLabelledWithWhatItsPronounStandsFor(String sentence, String label) {
    assertEquals(label, MarkedText.of(sentence).dateLabel());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      A budget agreement that Ferreira and Haldane announced on {Friday} fell apart late Monday. | Ferreira and Haldane announced a budget agreement
      A budget agreement that Ferreira and Haldane announced on Friday fell apart {late Monday}. | A budget agreement fell apart
      An analysis published in {April} estimated that the cuts would affect 1.3 million trips. | An analysis estimated that the cuts would affect 1.3 million trips
      Federal aid for buses ran out {last year}.                               | Federal aid for buses ran out
      WASHINGTON (CNA) — A federal appeals court on {Wednesday} blocked a fee on cargo ships. | A federal appeals court blocked a fee on cargo ships
      The court found that the commission exceeded its authority when it imposed the charge {last fall}. | The commission imposed the charge
      Ferreira's budget director, Priya Wadkins, disputed that on {Monday}.     | Ferreira's budget director Priya Wadkins disputed that
      """)
  void prefersTheClauseTheDateIsInAndItsOwnSubjectAndVerb(String sentence, String label) {
    assertEquals(label, MarkedText.of(sentence).dateLabel());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      “I negotiated in good faith, I shook her hand, and I meant it,” Ferreira told reporters shortly after {10 p.m.} | Ferreira | Ferreira: “I negotiated in good faith”
      “We did everything they told us to do,” said Benita Olufemi on {Monday}.  | Benita Olufemi | Benita Olufemi: “We did everything they told us to do”
      She added on {Monday}: “If the governor wants to make this about me, that is his choice.” | Lorraine Haldane | Lorraine Haldane: “If the governor wants to make this about me”
      “An agency cannot conjure a revenue stream out of a statute that says nothing about revenue,” the judge wrote on {Friday}. | Harriet Okonkwo-Bell | Harriet Okonkwo-Bell: “An agency cannot conjure a revenue stream out of a statute…”
      Haldane, speaking outside the chamber {20 minutes later}, called that account “a fairy tale.” | Lorraine Haldane | Haldane called that account “a fairy tale”
      In a statement released at {11:40 p.m.}, she said the governor “agreed to discuss” the bill. | Priya Wadkins | Priya Wadkins said the governor “agreed to discuss” the bill
      """)
  void whatSomeoneSaidIsLabelledWithWhoSaidItInTheirOwnWords(String sentence, String speaker,
      String label) {
    assertEquals(label, MarkedText.of(sentence, speaker).dateLabel());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The state agreed on {Friday} to let nine Bay Area and Southern California counties ask voters for a tax. | The state agreed to let nine Bay Area and Southern California counties
      By {midnight}, the lights were still on in both offices.                  | The lights were still on in both offices
      The mayor signed the budget for the coming year on {Tuesday}.             | The mayor signed the budget for the coming year
      Officials said contingency plans were “in place and being reviewed,” on {Monday}. | Officials said contingency plans were “in place and being reviewed”
      """)
  void endsOnACompletePhrase(String sentence, String label) {
    assertEquals(label, MarkedText.of(sentence).dateLabel());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      “They are good at this,” said Celia Vantongeren, who served as chief of staff and {now} advises nonprofit groups. | Celia Vantongeren advises nonprofit groups
      The speaker responded, and the governor's office {later} agreed to changes in a drought bill. | The governor's office agreed to changes in a drought bill
      """)
  void neverStartsOnARelativePronounOrAConjunction(String sentence, String label) {
    assertEquals(label, MarkedText.of(sentence).dateLabel());
  }

  @Test
  void aLongSubjectDropsTheTitlesBeforeNamesAndKeepsTheNames() {
    MarkedText text = MarkedText.of("Gov. Ramon [Ferreira] and Assembly Speaker [Lorraine Haldane]"
        + " announced the agreement on {Friday}.");
    assertEquals("Ferreira and Lorraine Haldane announced the agreement", text.dateLabel());
  }

  @Test
  void leavesOutTheDateItIsGiven() {
    String sentence = "On Tuesday, November 21, artists leaked OpenAI's Sora, a video generator.";
    int start = sentence.indexOf("Tuesday");
    Span date = new Span(start, sentence.indexOf(", artists"));
    assertEquals("Artists leaked OpenAI's Sora",
        EventLabeler.label(sentence, new Span(0, sentence.length()), List.of(date)));
  }

  @Test
  void aSentenceWithNoVerbIsCutToItsFirstWordsWhereAPhraseEnds() {
    String sentence = "A list of one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve and more";
    String label = EventLabeler.label(sentence, new Span(0, sentence.length()), List.of());
    assertTrue(label.endsWith("…"), label);
    assertFalse(label.matches(".*[,;:]…$"), label);
  }
}
