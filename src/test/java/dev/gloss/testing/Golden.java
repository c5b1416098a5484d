package dev.gloss.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-file golden comparisons. A golden file changes only on purpose: run the tests with
 * {@code -Dgolden.update=true}, then review the diff before committing it.
 */
public final class Golden {

  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {
  }

  /** Asserts that {@code actual} equals the golden file, or rewrites it when updating. */
  public static void assertMatches(String name, String actual) throws IOException {
    Path file = ROOT.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError("golden file " + file + " is missing; run the tests once with"
          + " -Dgolden.update=true and review what it writes");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "differs from golden file " + file + " (regenerate with -Dgolden.update=true if the"
            + " change is intended)");
  }
}
