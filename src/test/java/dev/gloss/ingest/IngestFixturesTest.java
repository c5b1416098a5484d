package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per scraped page in {@code src/test/resources/ingest/} and
 * {@code src/test/resources/ingest-holdout/}: each field of the page's metadata and its body
 * paragraphs must come out exactly as its hand-written {@code .expected.json} says, except for
 * the fields listed in {@link #KNOWN_MISSES}, which must still come out wrong. A failure lists
 * every field that differs, so one run shows all that a rule change broke or mended on the page.
 */
class IngestFixturesTest {

  /**
   * A field that no general rule gets right yet.
   *
   * @param folder the fixture folder's name
   * @param page the page's file name
   * @param field one of {@link IngestFixture#FIELDS}
   * @param why what the page does that the rules do not handle
   */
  private record KnownMiss(String folder, String page, String field, String why) {
  }

  /**
   * Reviewed list of misses. When a rule change mends one, the page's test fails until the entry
   * is removed here; when a rule change breaks a field not listed here, the test fails too.
   */
  private static final List<KnownMiss> KNOWN_MISSES = List.of(
      holdout("au-regional-surf-rescue", "caption",
          "the caption ends in a bare \"(Supplied)\" credit with no credit word; a bracketed"
              + " capitalised word after a sentence is also how agency copy ends a paragraph"),
      holdout("au-regional-surf-rescue", "credit", "same bare \"(Supplied)\" credit"),
      holdout("business-wire-snack-deal", "body",
          "the print-edition note under the body is one sentence long enough to read as prose,"
              + " and no phrase in wrapper-phrases.txt knows its wording"),
      holdout("ie-local-greenway", "publication",
          "no copyright line and no \"| Outlet\" suffix; the header repeats the menu's"
              + " \"News\" as a section label, which wins over the masthead"),
      holdout("magazine-tower-clocks", "body",
          "a pull quote that repeats only part of a paragraph's sentence, an author bio whose"
              + " wording no bio phrase knows, and a print-edition note all read as paragraphs"),
      holdout("newsletter-mooring-fees", "body",
          "the mid-post \"Thanks for reading X! Subscribe ...\" prompt: its first sentence is"
              + " in no phrase list, so the line reads as prose"),
      holdout("science-seagrass-acidity", "body",
          "the \"Story Source:\" block's \"Materials provided by ...\" sentence reads as prose;"
              + " a labelled block after the body is not yet told from a subhead"));

  private static KnownMiss holdout(String page, String field, String why) {
    return new KnownMiss("ingest-holdout", page + ".txt", field, why);
  }

  @TestFactory
  Stream<DynamicContainer> everyFixtureIngestsAsExpected() {
    return IngestFixture.FOLDERS.stream().map(folder -> DynamicContainer.dynamicContainer(
        folder.getFileName().toString(), IngestFixture.pages(folder).stream().map(page ->
            DynamicTest.dynamicTest(page.getFileName().toString(), () -> check(page)))));
  }

  @Test
  void everyKnownMissNamesAnExistingPageAndField() {
    Set<String> seen = new HashSet<>();
    for (KnownMiss miss : KNOWN_MISSES) {
      Path page = Path.of("src/test/resources", miss.folder(), miss.page());
      assertTrue(Files.exists(page), () -> "no such fixture: " + page);
      assertTrue(IngestFixture.FIELDS.contains(miss.field()), () -> "no such field: " + miss);
      assertTrue(seen.add(miss.folder() + "/" + miss.page() + "#" + miss.field()),
          () -> "listed twice: " + miss);
      assertTrue(!miss.why().isBlank(), () -> "a known miss needs a reason: " + miss);
    }
  }

  private static void check(Path page) throws Exception {
    IngestFixture result = IngestFixture.run(page);
    List<String> problems = new ArrayList<>();
    for (String field : IngestFixture.FIELDS) {
      boolean known = KNOWN_MISSES.stream().anyMatch(miss -> miss.folder().equals(result.folder())
          && miss.page().equals(result.page()) && miss.field().equals(field));
      boolean passes = result.passes(field);
      if (!passes && !known) {
        problems.add("  " + result.difference(field));
      } else if (passes && known) {
        problems.add("  " + field + ": listed as a known miss but now comes out right; remove it"
            + " from KNOWN_MISSES");
      }
    }
    if (!problems.isEmpty()) {
      fail(result.page() + " differs in " + problems.size() + " field(s):\n"
          + String.join("\n", problems));
    }
  }
}
