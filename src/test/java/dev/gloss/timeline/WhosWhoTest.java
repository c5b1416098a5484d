package dev.gloss.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.model.Annotations;
import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Span;
import dev.gloss.model.WhoEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who's who lists actors with something to say about them, each by what they did. */
class WhosWhoTest {

  private static final String TEXT = "Assembly Speaker Rosa Lind announced the plan on Friday.\n\n"
      + "Reporters waited outside the Assembly. The Assembly chamber was closed.\n\n"
      + "Rosa Lind cancelled the vote on Monday.";

  @Test
  void aNameThatOnlyQualifiesALongerOneDidNothing() {
    List<String> listed = build().stream().map(WhoEntry::name).toList();
    assertEquals(List.of("Rosa Lind"), listed);
  }

  @Test
  void whatAPersonDidIsASentenceTheyAreTheSubjectOf() {
    WhoEntry lind = build().get(0);
    assertEquals("Rosa Lind", lind.name());
    assertEquals("Assembly Speaker", lind.role());
  }

  private static List<WhoEntry> build() {
    Span first = span("Assembly Speaker Rosa Lind announced the plan on Friday.");
    Span second = span("Reporters waited outside the Assembly.");
    Span third = span("The Assembly chamber was closed.");
    Span fourth = span("Rosa Lind cancelled the vote on Monday.");
    Annotations annotations = new Annotations(List.of(first, second, third, fourth), List.of(),
        List.of(), List.of(
            new Entity("Assembly", EntityType.ORGANIZATION, null, List.of(
                at("Assembly", 0), at("Assembly", TEXT.indexOf("the Assembly") + 4),
                at("Assembly", TEXT.indexOf("The Assembly chamber") + 4))),
            new Entity("Rosa Lind", EntityType.PERSON, "Assembly Speaker", List.of(
                at("Rosa Lind", TEXT.indexOf("Rosa Lind")),
                at("Rosa Lind", TEXT.lastIndexOf("Rosa Lind"))))),
        List.of());
    return FactBoxBuilder.build(TEXT, annotations).people();
  }

  private static Span span(String words) {
    int start = TEXT.indexOf(words);
    return new Span(start, start + words.length());
  }

  private static Span at(String words, int start) {
    return new Span(start, start + words.length());
  }
}
