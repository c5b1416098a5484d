package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.cli.Main;
import dev.gloss.fuzz.PageSafety;
import dev.gloss.testing.PageText;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One build per file of {@code src/test/resources/hostile/}, each beside the reference seed: the
 * outcome must be exactly what the file's {@code .expected} sidecar says (a page showing the text
 * literally, or one error line and exit code 1), the reference article must still be built, and no
 * page may carry markup, script or link that came from the input.
 *
 * <p>A sidecar holds lines {@code key: value}: {@code exit} (0 or 1), {@code error} and
 * {@code warning} (the exact lines the build prints, all of them), and for a page {@code title} (the
 * h1), {@code text} (shown in the body as written), {@code slug}, {@code source} (the file name the
 * page shows), {@code href} (the body's links, all of them) and {@code reference-slug}.
 */
class HostileInputTest {

  static final Path HOSTILE = Path.of("src/test/resources/hostile");
  private static final String REFERENCE_NAME = "zz-reference.txt";
  private static final String REFERENCE_SLUG =
      "artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public";

  @TempDir
  Path temp;

  static Stream<String> hostileFiles() throws IOException {
    try (Stream<Path> files = Files.list(HOSTILE)) {
      return files.map(path -> path.getFileName().toString())
          .filter(name -> !name.endsWith(".expected") && !name.equals("README.md"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void buildsAPageOrReportsOneClearError(String name) throws IOException {
    Path sidecar = HOSTILE.resolve(name + ".expected");
    assertTrue(Files.exists(sidecar), "every hostile input says what it expects: " + sidecar);
    Expected expected = Expected.read(sidecar);
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.copy(HOSTILE.resolve(name), seeds.resolve(name));
    Files.copy(Reference.SEED, seeds.resolve(REFERENCE_NAME));
    Path site = temp.resolve("site");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--seeds",
        seeds.toString(), "--out", site.toString());

    List<String> stderr = err.toString().lines().toList();
    assertEquals(expected.all("error"), prefixed(stderr, "error: "), err.toString());
    assertEquals(expected.all("warning"), prefixed(stderr, "warning: "), err.toString());
    assertEquals(expected.all("error").size() + expected.all("warning").size(), stderr.size(),
        () -> "nothing but the error and warning lines, no stack trace: " + err);
    assertEquals(Integer.parseInt(expected.one("exit", "0")), code, err.toString());

    String referenceSlug = expected.one("reference-slug", REFERENCE_SLUG);
    assertTrue(Files.isRegularFile(site.resolve(referenceSlug).resolve("index.html")),
        "the other article is still built");
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of("seeds", "site"), left.map(p -> p.getFileName().toString()).sorted()
          .toList(), "nothing written outside the site, no staging folder left");
    }
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      PageSafety.assertSafe(page.toString(), Files.readString(page, StandardCharsets.UTF_8));
    }
    if (code == Main.OK) {
      assertThePage(site, name, expected);
    }
  }

  private static void assertThePage(Path site, String name, Expected expected) throws IOException {
    Document page = findPage(site, expected.one("source", name), expected.one("slug", null));
    expected.first("title").ifPresent(title -> assertEquals(title, page.selectFirst("h1").text()));
    String body = PageText.withoutLabels(page.selectFirst(".article-body")).wholeText();
    for (String text : expected.all("text")) {
      assertTrue(body.replaceAll("\\s+", " ").contains(text.replaceAll("\\s+", " ")),
          () -> "shown as written: " + text + "\nbody: " + body);
    }
    if (!expected.all("href").isEmpty()) {
      assertEquals(expected.all("href"), page.select(".article-body [href]").eachAttr("href"));
    }
    JsonNode ld = new ObjectMapper().readTree(
        page.selectFirst("script[type=application/ld+json]").data());
    assertEquals(page.selectFirst("h1").text(), ld.get("headline").asText(),
        "the JSON-LD holds the headline as data, not markup");
  }

  private static Document findPage(Path site, String source, String slug) throws IOException {
    if (slug != null) {
      Document page = Jsoup.parse(site.resolve(slug).resolve("index.html").toFile(), "UTF-8");
      assertEquals(source, page.selectFirst(".provenance code").text());
      return page;
    }
    try (Stream<Path> folders = Files.list(site)) {
      for (Path folder : folders.sorted().toList()) {
        Path file = folder.resolve("index.html");
        if (Files.isRegularFile(file)) {
          Document page = Jsoup.parse(file.toFile(), "UTF-8");
          Element provenance = page.selectFirst(".provenance code");
          if (provenance != null && provenance.text().equals(source)) {
            return page;
          }
        }
      }
    }
    throw new AssertionError("no page shows source " + source);
  }

  private static List<String> prefixed(List<String> lines, String prefix) {
    return lines.stream().filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length())).toList();
  }

  /** The lines of a sidecar, {@code key: value} each, in order. */
  private record Expected(List<String[]> entries) {

    static Expected read(Path file) throws IOException {
      List<String[]> entries = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int colon = line.indexOf(": ");
        if (!line.isBlank()) {
          entries.add(new String[] {line.substring(0, colon), line.substring(colon + 2)});
        }
      }
      return new Expected(entries);
    }

    List<String> all(String key) {
      return entries.stream().filter(e -> e[0].equals(key)).map(e -> e[1]).toList();
    }

    java.util.Optional<String> first(String key) {
      return all(key).stream().findFirst();
    }

    String one(String key, String fallback) {
      return first(key).orElse(fallback);
    }
  }
}
