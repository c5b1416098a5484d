package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.testing.Golden;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @TempDir
  Path temp;

  private record Result(int code, String out, String err) {
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "markdown", "annotate"})
  void everyCommandHasHelp(String command) {
    Result result = run(command, "--help");
    assertEquals(0, result.code());
    assertTrue(result.out().contains("Usage: gloss " + command), result.out());
  }

  @Test
  void aWrongCommandLineIsAUsageError() {
    assertEquals(Main.USAGE, run("build", "--no-such-option").code());
    assertEquals(Main.USAGE, run("frobnicate").code());
    assertEquals(Main.USAGE, run().code());
    Result theme = run("build", "--seeds", "seeds", "--out", temp.resolve("s").toString(),
        "--theme", "nope");
    assertEquals(Main.USAGE, theme.code());
    assertTrue(theme.err().contains("unknown theme 'nope'"), theme.err());
  }

  @Test
  void markdownPrintsTheReferenceArticleAsTheGoldenFileHasIt() throws IOException {
    Result result = run("markdown", Reference.SEED.toString());
    assertEquals(0, result.code(), result.err());
    Golden.assertMatches("reference.md", result.out());
  }

  @Test
  void annotatePrintsTheArticleAsJson() throws IOException {
    Result result = run("annotate", Reference.SEED.toString(), "--json");
    assertEquals(0, result.code(), result.err());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(Reference.TITLE, json.get("title").asText());
    assertEquals("M.B. Mack", json.get("author").asText());
    assertEquals("Latin Times", json.get("publication").asText());
    assertEquals("2024", json.get("date").asText());
    assertEquals(Reference.PARAGRAPHS.size(), json.get("paragraphs").size());
    assertEquals(String.join("\n\n", Reference.PARAGRAPHS), json.get("text").asText());
  }

  @Test
  void buildNamesEachFailedFileAndExitsOne() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.copy(Reference.SEED, seeds.resolve("good.txt"));
    Files.writeString(seeds.resolve("empty.txt"), "");
    Path site = temp.resolve("site");
    Result result = run("build", "--seeds", seeds.toString(), "--out", site.toString());
    assertEquals(Main.ARTICLE_FAILED, result.code());
    assertTrue(result.err().contains("error: empty.txt: is empty"), result.err());
    assertFalse(result.err().contains("Exception"), "no stack trace for a user error");
    assertTrue(Files.exists(site.resolve("index.html")));
  }

  @Test
  void aSingleSeedErrorIsOneLine() {
    Result result = run("markdown", temp.resolve("missing.txt").toString());
    assertEquals(Main.ARTICLE_FAILED, result.code());
    assertEquals(1, result.err().strip().lines().count(), result.err());
    assertTrue(result.err().startsWith("error: missing.txt: cannot be read"), result.err());
  }
}
