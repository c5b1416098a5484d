package dev.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseUrlOptionTest {

  @TempDir
  Path temp;

  @Test
  void buildPutsTheBaseUrlIntoCanonicalLinks() throws IOException {
    Path site = temp.resolve("site");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build",
        "--seeds", "seeds", "--out", site.toString(), "--base-url", "https://example.org/gloss");
    assertEquals(Main.OK, code, err.toString());
    assertTrue(Files.readString(site.resolve("index.html"))
        .contains("<link rel=\"canonical\" href=\"https://example.org/gloss/\">"));
  }

  @Test
  void aBaseUrlThatIsNoAddressIsAUsageError() {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build",
        "--seeds", "seeds", "--out", temp.resolve("site").toString(), "--base-url", "example.org");
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString().contains("--base-url: base URL 'example.org"), err.toString());
  }
}
