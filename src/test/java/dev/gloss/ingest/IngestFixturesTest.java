package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per scraped page in {@code src/test/resources/ingest/}: each page's metadata and body
 * paragraphs must come out exactly as its hand-written {@code .expected.json} says.
 */
class IngestFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/ingest");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyFixtureIngestsAsExpected() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(FIXTURES)) {
      pages = files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
    }
    return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(),
        () -> check(page)));
  }

  private static void check(Path page) throws IOException {
    String name = page.getFileName().toString();
    JsonNode expected = JSON.readTree(
        FIXTURES.resolve(name.replace(".txt", ".expected.json")).toFile());
    String text = SeedDecoder.decode(name, Files.readAllBytes(page));
    Article article = TextIngester.standard().ingest(name, text);
    ArticleMeta meta = article.meta();
    List<String> paragraphs = new ArrayList<>();
    expected.get("paragraphs").forEach(node -> paragraphs.add(node.asText()));
    assertEquals(String.join("\n", paragraphs), String.join("\n", article.paragraphs()),
        "body paragraphs");
    assertEquals(text(expected, "title"), meta.title(), "title");
    assertEquals(text(expected, "author"), meta.author(), "author");
    assertEquals(text(expected, "publication"), meta.publication(), "publication");
    assertEquals(text(expected, "date"), meta.date() == null ? null : meta.date().toString(),
        "date");
    assertEquals(expected.get("year").isNull() ? null : expected.get("year").asInt(),
        meta.publicationYear(), "year");
    assertEquals(text(expected, "caption"),
        meta.caption() == null ? null : meta.caption().text(), "caption");
    assertEquals(text(expected, "credit"),
        meta.caption() == null ? null : meta.caption().credit(), "credit");
    assertEquals(text(expected, "copyright"), meta.copyright(), "copyright");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
