package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorFinderTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(PhraseList.load("wrapper-phrases.txt", true));

  private static String author(String page, String title) {
    List<SourceLine> header = PageLines.of(page);
    int titleIndex = 0;
    while (!header.get(titleIndex).text().equals(title)) {
      titleIndex++;
    }
    return AuthorFinder.find(header, CLASSIFIER.classify(header), titleIndex, null);
  }

  @Test
  void aNameRightOverTheHeadlineIsTheWriters() {
    assertEquals("Priya Raman", author("""
        The Coastal Courier
        Priya Raman

        Port City's electric ferries delayed again
        """, "Port City's electric ferries delayed again"));
  }

  @Test
  void aNameFarUpInTheMenuIsNot() {
    assertNull(author("""
        Multimedia Gallery
        Trending Topics
        Contact
        Search

        Water authority completes smart meter rollout
        """, "Water authority completes smart meter rollout"));
  }

  @Test
  void theNameUnderAProvidedByLabelIsNotAWriter() {
    assertNull(author("""
        Water authority completes smart meter rollout

        NEWS PROVIDED BY
        Brindlewood Waters
        """, "Water authority completes smart meter rollout"));
  }
}
