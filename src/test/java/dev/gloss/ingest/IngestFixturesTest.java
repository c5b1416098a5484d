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
      holdout("au-regional-surf-rescue", "title",
          "the caption above the body ends in a bare \"(Supplied)\" credit with no credit word,"
              + " so it is read as the last header line before the body and taken as headline"),
      holdout("au-regional-surf-rescue", "caption", "same bare \"(Supplied)\" credit"),
      holdout("au-regional-surf-rescue", "credit", "same bare \"(Supplied)\" credit"),
      holdout("business-wire-snack-deal", "title",
          "a ticker widget (\"Companies in this story\") stands between headline and body"),
      holdout("business-wire-snack-deal", "body",
          "the print-edition note under the body is one sentence long enough to read as prose"),
      holdout("ie-local-greenway", "publication",
          "no copyright line; the first short header lines are a cookie banner's buttons and the"
              + " menu's \"News\", which the header repeats as a section label"),
      holdout("in-daily-water-tankers", "title",
          "the caption \"... | Photo Credit: X\" is not recognised, so it is taken as headline"),
      holdout("in-daily-water-tankers", "date",
          "the body is cut at \"Also Read | ...\", so \"First published:\" falls outside the"
              + " article's footer and the header's \"Updated:\" date is used"),
      holdout("in-daily-water-tankers", "caption", "\"| Photo Credit:\" separator not recognised"),
      holdout("in-daily-water-tankers", "credit", "\"| Photo Credit:\" separator not recognised"),
      holdout("in-daily-water-tankers", "body",
          "\"Also Read | headline\" starts like a \"most read\"-style list that closes the"
              + " article, so the body stops there"),
      holdout("live-updates-tornado", "title",
          "\"Key points\" bullets stand between the headline and the body; the last bullet is"
              + " taken as headline"),
      holdout("magazine-tower-clocks", "title",
          "\"From the April 2024 issue\" stands between byline and body and reads as a headline"),
      holdout("magazine-tower-clocks", "publication",
          "the copyright holder \"Harbor & Field Magazine LLC\" keeps \"Magazine\", which the"
              + " masthead does not print"),
      holdout("magazine-tower-clocks", "body",
          "a pull quote that repeats only part of a paragraph's sentence, an author bio without a"
              + " bio phrase, and a print-edition note all read as paragraphs"),
      holdout("newsletter-mooring-fees", "author",
          "the copyright holder is the writer, so her name is taken as the publication and then"
              + " refused as an author"),
      holdout("newsletter-mooring-fees", "publication", "same: copyright holder is a person"),
      holdout("newsletter-mooring-fees", "body",
          "the mid-post \"Thanks for reading X! Subscribe ...\" prompt is two sentences long"),
      holdout("science-seagrass-acidity", "publication",
          "\"Copyright 2008\u20132024 Discovery Ledger, Inc.\": the comma before \"Inc.\" stays"),
      holdout("science-seagrass-acidity", "body",
          "the \"Story Source:\" block's \"Materials provided by ...\" sentence reads as prose"),
      holdout("us-tv-station-water-main", "title",
          "the \"Author: X\" line is the last short header line above the body's caption"));

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
