package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per saved page ({@code .html} or {@code .htm}) in
 * {@code src/test/resources/ingest-html/}: every field of the article's metadata and every body
 * paragraph must be what the page's hand-written {@code .expected.json} says (the format of
 * {@code src/test/resources/ingest/}). A failure lists every field that
 * differs, so one run shows all that a change broke on the page.
 */
class HtmlFixturesTest {

  static final Path FOLDER = Path.of("src/test/resources/ingest-html");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(path -> path.toString().matches(".*\\.html?$")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPageIngestsAsExpected() throws IOException {
    List<Path> pages = pages();
    assertFalse(pages.isEmpty(), "the fixture folder holds pages");
    return pages.stream().map(page ->
        DynamicTest.dynamicTest(page.getFileName().toString(), () -> check(page)));
  }

  private static void check(Path page) throws IOException {
    String name = page.getFileName().toString();
    JsonNode expected = JSON.readTree(
        page.resolveSibling(name.replaceFirst("\\.html?$", ".expected.json")).toFile());
    Article article = HtmlIngester.standard().ingest(name, Files.readAllBytes(page)).article();
    Map<String, Object> actual = fields(article.meta());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> field : actual.entrySet()) {
      JsonNode value = expected.get(field.getKey());
      Object want = value == null || value.isNull() ? null
          : value.isInt() ? (Object) value.asInt() : value.asText();
      if (!Objects.equals(want, field.getValue())) {
        problems.add("  " + field.getKey() + ": expected <" + want + "> but was <"
            + field.getValue() + ">");
      }
    }
    List<String> paragraphs = new ArrayList<>();
    expected.get("paragraphs").forEach(node -> paragraphs.add(node.asText()));
    if (!paragraphs.equals(article.paragraphs())) {
      problems.add("  body paragraphs: expected " + paragraphs.size() + " but was "
          + article.paragraphs().size());
      paragraphs.stream().filter(p -> !article.paragraphs().contains(p))
          .forEach(p -> problems.add("    missing: " + p));
      article.paragraphs().stream().filter(p -> !paragraphs.contains(p))
          .forEach(p -> problems.add("    extra:   " + p));
    }
    if (!problems.isEmpty()) {
      fail(name + " differs in:\n" + String.join("\n", problems));
    }
  }

  private static Map<String, Object> fields(ArticleMeta meta) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", meta.title());
    fields.put("author", meta.author());
    fields.put("publication", meta.publication());
    fields.put("date", meta.date() == null ? null : meta.date().toString());
    fields.put("year", meta.publicationYear());
    fields.put("caption", meta.caption() == null ? null : meta.caption().text());
    fields.put("credit", meta.caption() == null ? null : meta.caption().credit());
    fields.put("copyright", meta.copyright());
    return fields;
  }
}
