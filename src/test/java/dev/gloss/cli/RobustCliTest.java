package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.Reference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors on the command line: one safe line by default, the stack trace with --verbose. */
class RobustCliTest {

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

  @Test
  void verboseAddsTheStackTraceAndOnlyThen() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.writeString(seeds.resolve("bad.md"), "---\ntitle: [\n---\n");
    String[] build = {"build", "--seeds", seeds.toString(), "--out", temp.resolve("s").toString()};
    Result quiet = run(build);
    assertEquals(Main.ARTICLE_FAILED, quiet.code());
    assertEquals(1, quiet.err().lines().count(), quiet.err());
    assertTrue(quiet.err().startsWith("error: bad.md:"), quiet.err());

    Result verbose = run(append(build, "--verbose"));
    assertEquals(Main.ARTICLE_FAILED, verbose.code());
    assertTrue(verbose.err().startsWith(quiet.err().strip()), verbose.err());
    assertTrue(verbose.err().contains("\tat dev.gloss."), "the stack trace: " + verbose.err());

    Result single = run("annotate", "--json", "--verbose", seeds.resolve("bad.md").toString());
    assertTrue(single.err().contains("GlossException") && single.err().contains("\tat "),
        single.err());
  }

  @Test
  void aFileNamedLikeAnOptionIsReadAfterDoubleDash() throws IOException {
    Path dash = temp.resolve("-article.txt");
    Files.copy(Reference.SEED, dash);
    assertEquals(Main.USAGE, run("markdown", "-article.txt").code(), "an unknown option");
    Result result = run("markdown", "--", dash.toString());
    assertEquals(Main.OK, result.code(), result.err());
    assertTrue(result.out().contains("source: -article.txt"), result.out());
  }

  @Test
  void controlCharactersInMessagesAreEscapedNotSentToTheTerminal() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.writeString(seeds.resolve("evil.md"),
        "---\ntitle: x\nslug: \"\\e[2J\\e]0;owned\\a\u202e\"\n---\n");
    Result result = run("build", "--seeds", seeds.toString(), "--out",
        temp.resolve("s").toString());
    assertEquals(Main.ARTICLE_FAILED, result.code());
    assertTrue(result.err().contains("'\\u001B[2J\\u001B]0;owned\\u0007\\u202E'"), result.err());
    assertFalse(result.err().chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E));
  }

  @Test
  void aFileSystemProblemNamesThePath() throws IOException {
    Path notAFolder = Files.writeString(temp.resolve("file"), "x");
    Result result = run("build", "--seeds", "seeds", "--out",
        notAFolder.resolve("site").toString());
    assertEquals(Main.ARTICLE_FAILED, result.code());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("gloss: cannot use " + notAFolder), result.err());
  }

  @Test
  void terminalTextLeavesOrdinaryTextAlone() {
    String text = "caf\u00e9 \u201cquote\u201d \u540d\u524d: fine";
    assertEquals(text, TerminalText.safe(text));
    assertEquals("a\\u0000b\\u009B", TerminalText.safe("a\u0000b\u009b"));
  }

  private static String[] append(String[] args, String more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }
}
