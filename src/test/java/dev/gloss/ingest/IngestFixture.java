package dev.gloss.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One scraped page of the ingest fixture folders and what ingest made of it, field by field,
 * beside its hand-written {@code .expected.json}. Shared by {@link IngestFixturesTest} and
 * {@link IngestFigures}, so the test and the printed figures judge a page the same way.
 *
 * @param folder the fixture folder's name ("ingest", "ingest-holdout"...)
 * @param page the page's file name
 * @param expected each field's expected value, in {@link #FIELDS} order (body excluded)
 * @param actual each field's value as ingested, same keys
 * @param expectedParagraphs the body paragraphs the page should give
 * @param actualParagraphs the body paragraphs it gave
 */
record IngestFixture(String folder, String page, Map<String, @Nullable Object> expected,
    Map<String, @Nullable Object> actual, List<String> expectedParagraphs,
    List<String> actualParagraphs) {

  /**
   * The tuning set, the two sets that were held out until tuned on, new page shapes, and the
   * development half of the blind set.
   */
  static final List<Path> FOLDERS = List.of(
      Path.of("src/test/resources/ingest"), Path.of("src/test/resources/ingest-holdout"),
      Path.of("src/test/resources/ingest-unseen"), Path.of("src/test/resources/ingest-shapes"),
      Path.of("src/test/resources/ingest-blind-dev"));
  /** Every field a page is judged on; "body" is the whole list of paragraphs. */
  static final List<String> FIELDS = List.of("title", "author", "publication", "date", "year",
      "caption", "credit", "copyright", "body");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The pages of a fixture folder, by name. */
  static List<Path> pages(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ingests one page and pairs each field with its expected value. */
  static IngestFixture run(Path page) throws IOException {
    String name = page.getFileName().toString();
    JsonNode json = JSON.readTree(
        page.resolveSibling(name.replace(".txt", ".expected.json")).toFile());
    String text = SeedDecoder.decode(name, Files.readAllBytes(page));
    Article article = TextIngester.standard().ingest(name, text);
    ArticleMeta meta = article.meta();

    Map<String, @Nullable Object> expected = new LinkedHashMap<>();
    expected.put("title", text(json, "title"));
    expected.put("author", text(json, "author"));
    expected.put("publication", text(json, "publication"));
    expected.put("date", text(json, "date"));
    expected.put("year", json.get("year").isNull() ? null : json.get("year").asInt());
    expected.put("caption", text(json, "caption"));
    expected.put("credit", text(json, "credit"));
    expected.put("copyright", text(json, "copyright"));

    Map<String, @Nullable Object> actual = new HashMap<>();
    actual.put("title", meta.title());
    actual.put("author", meta.author());
    actual.put("publication", meta.publication());
    actual.put("date", meta.date() == null ? null : meta.date().toString());
    actual.put("year", meta.publicationYear());
    actual.put("caption", meta.caption() == null ? null : meta.caption().text());
    actual.put("credit", meta.caption() == null ? null : meta.caption().credit());
    actual.put("copyright", meta.copyright());

    List<String> paragraphs = new ArrayList<>();
    json.get("paragraphs").forEach(node -> paragraphs.add(node.asText()));
    return new IngestFixture(page.getParent().getFileName().toString(), name, expected, actual,
        paragraphs, article.paragraphs());
  }

  /** Whether ingest got this field exactly right. */
  boolean passes(String field) {
    return field.equals("body") ? expectedParagraphs.equals(actualParagraphs)
        : Objects.equals(expected.get(field), actual.get(field));
  }

  /** What differs in this field, for a failure message. */
  String difference(String field) {
    if (!field.equals("body")) {
      return field + ": expected <" + expected.get(field) + "> but was <" + actual.get(field)
          + ">";
    }
    StringBuilder report = new StringBuilder("body paragraphs: expected "
        + expectedParagraphs.size() + " but was " + actualParagraphs.size());
    expectedParagraphs.stream().filter(p -> !actualParagraphs.contains(p))
        .forEach(p -> report.append("\n    missing: ").append(p));
    actualParagraphs.stream().filter(p -> !expectedParagraphs.contains(p))
        .forEach(p -> report.append("\n    extra:   ").append(p));
    if (expectedParagraphs.size() == actualParagraphs.size()
        && expectedParagraphs.containsAll(actualParagraphs)) {
      report.append("\n    (same paragraphs, different order)");
    }
    return report.toString();
  }

  /** How many ingested paragraphs are expected ones, each expected paragraph matched once. */
  int matchedParagraphs() {
    List<String> left = new ArrayList<>(expectedParagraphs);
    int matched = 0;
    for (String paragraph : actualParagraphs) {
      if (left.remove(paragraph)) {
        matched++;
      }
    }
    return matched;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
