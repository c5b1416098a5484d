package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per scraped page in {@code src/test/resources/ingest/} and
 * {@code src/test/resources/ingest-holdout/}: each page's metadata and body paragraphs must come
 * out exactly as its hand-written {@code .expected.json} says. A failure lists every field that
 * differs, so one run shows all that a rule change broke or mended on the page.
 */
class IngestFixturesTest {

  private static final List<Path> FOLDERS = List.of(
      Path.of("src/test/resources/ingest"), Path.of("src/test/resources/ingest-holdout"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicContainer> everyFixtureIngestsAsExpected() {
    return FOLDERS.stream().map(folder -> DynamicContainer.dynamicContainer(
        folder.getFileName().toString(), pages(folder).stream().map(page ->
            DynamicTest.dynamicTest(page.getFileName().toString(), () -> check(page)))));
  }

  private static List<Path> pages(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void check(Path page) throws IOException {
    String name = page.getFileName().toString();
    JsonNode expected = JSON.readTree(
        page.resolveSibling(name.replace(".txt", ".expected.json")).toFile());
    String text = SeedDecoder.decode(name, Files.readAllBytes(page));
    Article article = TextIngester.standard().ingest(name, text);
    ArticleMeta meta = article.meta();
    List<String> paragraphs = new ArrayList<>();
    expected.get("paragraphs").forEach(node -> paragraphs.add(node.asText()));

    List<String> differences = new ArrayList<>();
    compare(differences, "title", text(expected, "title"), meta.title());
    compare(differences, "author", text(expected, "author"), meta.author());
    compare(differences, "publication", text(expected, "publication"), meta.publication());
    compare(differences, "date", text(expected, "date"),
        meta.date() == null ? null : meta.date().toString());
    compare(differences, "year",
        expected.get("year").isNull() ? null : expected.get("year").asInt(),
        meta.publicationYear());
    compare(differences, "caption", text(expected, "caption"),
        meta.caption() == null ? null : meta.caption().text());
    compare(differences, "credit", text(expected, "credit"),
        meta.caption() == null ? null : meta.caption().credit());
    compare(differences, "copyright", text(expected, "copyright"), meta.copyright());
    compareParagraphs(differences, paragraphs, article.paragraphs());
    if (!differences.isEmpty()) {
      fail(name + " differs in " + differences.size() + " field(s):\n"
          + String.join("\n", differences));
    }
  }

  private static void compare(List<String> differences, String field, Object expected,
      Object actual) {
    if (!Objects.equals(expected, actual)) {
      differences.add("  " + field + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  /** Names the paragraphs that are missing and the ones that should not be there. */
  private static void compareParagraphs(List<String> differences, List<String> expected,
      List<String> actual) {
    if (expected.equals(actual)) {
      return;
    }
    StringBuilder report = new StringBuilder("  body paragraphs: expected " + expected.size()
        + " but was " + actual.size());
    expected.stream().filter(p -> !actual.contains(p))
        .forEach(p -> report.append("\n    missing: ").append(p));
    actual.stream().filter(p -> !expected.contains(p))
        .forEach(p -> report.append("\n    extra:   ").append(p));
    if (expected.size() == actual.size() && expected.containsAll(actual)) {
      report.append("\n    (same paragraphs, different order)");
    }
    differences.add(report.toString());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
