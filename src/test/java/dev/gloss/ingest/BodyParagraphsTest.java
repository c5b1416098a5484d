package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BodyParagraphsTest {

  private static final BodyParagraphs PARAGRAPHS =
      new BodyParagraphs(PhraseList.load("trailer-phrases.txt", false));
  private static final String NEWS = "The council voted on Tuesday to build a new library in the"
      + " north end of the city, ending a campaign by residents.";

  private static List<String> of(@Nullable String author, String... texts) {
    List<SourceLine> lines = List.of(texts).stream().map(text -> new SourceLine(1, text, true))
        .toList();
    List<LineKind> kinds = new ArrayList<>();
    lines.forEach(line -> kinds.add(LineKind.PROSE));
    return PARAGRAPHS.of(lines, kinds, new BodyLocator.Block(0, lines.size() - 1, 0, 0, 0),
        author);
  }

  @Test
  void dropsTheSitesAppealAfterTheArticle() {
    assertEquals(List.of(NEWS), of(null, NEWS,
        "Like what you read? The Bulletin is run by volunteers. Support us from £3 a month.",
        "Share your feedback to help improve our site!"));
  }

  @Test
  void aLongRunOfParagraphsThatSpeakAsWeToYouIsTheArticlesOwnVoice() {
    String column = "We told you last week that our council would listen, and we were wrong.";
    assertEquals(List.of(NEWS, column, column, column), of(null, NEWS, column, column, column));
  }

  @Test
  void keepsAWritersSignOffThatSpeaksOnlyToTheReader() {
    String signOff = "I will check the boards again in September. If you ride the 14, send me"
        + " your screenshots.";
    assertEquals(List.of(NEWS, signOff), of(null, NEWS, signOff));
  }

  @Test
  void dropsASentenceAboutAWriterByName() {
    assertEquals(List.of(NEWS), of("Naomi Farrant-Lyle and Tobias Ekwueme", NEWS,
        "Tobias Ekwueme covers the Legislature. He previously reported in Fresno."));
  }

  @Test
  void keepsAWritersCreditForReportingAndDropsANoteOnThePrintEdition() {
    String credit = "Mitchell Haas contributed reporting from Phoenix.";
    assertEquals(List.of(NEWS, credit), of("Renata Oyelaran-Voss and Mitchell Haas", NEWS, credit,
        "A version of this article appears in print on March 5, 2025, Section A, Page 14 of the"
            + " National edition with the headline: Insurers Retreat."));
  }

  @Test
  void dropsAPullQuoteThatDiffersFromItsParagraphInPunctuation() {
    String paragraph = "“A tower clock doesn’t want to be fast. It wants to be faithful,” he says."
        + " “You put a motor in there and it’ll keep perfect time.”";
    assertEquals(List.of(paragraph), of(null, paragraph,
        "“A tower clock doesn’t want to be fast. It wants to be faithful.”"));
  }

  @Test
  void keepsAShortParagraphThatALongerOneHappensToHold() {
    String longer = "The mayor, asked about the cost on Tuesday, said he declined to comment.";
    assertEquals(List.of("He declined to comment.", longer),
        of(null, "He declined to comment.", longer));
  }

  @Test
  void dropsANoteOnTheTranslationAfterTheArticle() {
    assertEquals(List.of(NEWS), of(null, NEWS,
        "This story was translated from the Swedish edition of the Harbour Times."));
  }

  @Test
  void keepsALastParagraphThatSaysALetterWasTranslated() {
    String letter = "The letter, translated from Arabic by the council, asks for the library to"
        + " open on Fridays.";
    assertEquals(List.of(NEWS, letter), of(null, NEWS, letter));
  }
}
