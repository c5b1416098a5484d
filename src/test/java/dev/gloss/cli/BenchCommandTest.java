package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.Reference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's contract: it builds, counts and reports; its numbers are not asserted. */
class BenchCommandTest {

  @TempDir
  Path temp;

  @Test
  void timesBuildsAndLeavesNothingBehind() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.copy(Reference.SEED, seeds.resolve("ref.txt"));
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "bench", "--seeds", seeds.toString(), "--runs", "2", "--warmup", "0");
    assertEquals(0, code);
    String report = out.toString();
    assertTrue(report.startsWith("1 article(s) from " + seeds + ", 0 warm-up + 2 timed builds"),
        report);
    assertTrue(report.matches("(?s).*build: median \\d+ ms, min \\d+ ms, max \\d+ ms\\n"), report);
  }

  @Test
  void refusesZeroRuns() {
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "bench", "--runs", "0");
    assertEquals(2, code);
  }
}
