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
 * One test per scraped page in each of {@link IngestFixture#FOLDERS} ({@code ingest/},
 * {@code ingest-holdout/}, {@code ingest-unseen/}, {@code ingest-shapes/},
 * {@code ingest-blind-dev/}): each field of the page's metadata and its body paragraphs must come
 * out exactly as its hand-written {@code .expected.json} says, except for the fields listed in
 * {@link #KNOWN_MISSES}, which must still come out wrong. A failure lists every field that
 * differs, so one run shows all that a rule change broke or mended on the page.
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
  private static final List<KnownMiss> KNOWN_MISSES = List.of();

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
