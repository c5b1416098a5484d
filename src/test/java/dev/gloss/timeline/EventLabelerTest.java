package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.model.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLabelerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The council approved a budget that will cut 140 posts.|The council approved a budget",
      "Two days later, the company's chief executive resigned.|The company's chief executive resigned",
      "The leak, shared on the AI development platform Hugging Face, allowed users to access Sora.|The leak allowed users",
      "In response, OpenAI cut off access to Sora while denying allegations.|OpenAI cut off access",
      "Police arrested two men in Leeds after the match, a spokesman said.|Police arrested two men in Leeds",
  })
  void labelsSubjectVerbObject(String sentence, String label) {
    assertEquals(label, EventLabeler.label(sentence, new Span(0, sentence.length()), List.of()));
  }

  @org.junit.jupiter.api.Test
  void leavesOutTheDateItIsGiven() {
    String sentence = "On Tuesday, November 21, artists leaked OpenAI's Sora, a video generator.";
    int start = sentence.indexOf("Tuesday");
    Span date = new Span(start, sentence.indexOf(", artists"));
    assertEquals("Artists leaked OpenAI's Sora",
        EventLabeler.label(sentence, new Span(0, sentence.length()), List.of(date)));
  }

  @org.junit.jupiter.api.Test
  void aSentenceWithNoVerbIsCutToItsFirstWords() {
    String sentence = "A list of one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve and more";
    String label = EventLabeler.label(sentence, new Span(0, sentence.length()), List.of());
    assertEquals(true, label.endsWith("…"), label);
  }
}
