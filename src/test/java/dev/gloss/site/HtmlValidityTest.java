package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.render.ThemeSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * Builds the site from {@code seeds/} with every theme under {@code templates/} and checks each of
 * its pages with the Nu Html Checker, the checker behind validator.w3.org/nu.
 */
class HtmlValidityTest {

  private static final Path TEMPLATES = Path.of("templates");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  static List<String> themes() throws IOException {
    try (Stream<Path> folders = Files.list(TEMPLATES)) {
      return folders.filter(Files::isDirectory).map(path -> path.getFileName().toString())
          .sorted().toList();
    }
  }

  @ParameterizedTest(name = "theme {0}")
  @MethodSource("themes")
  void everyPageOfTheSiteIsValidHtml(String theme) throws IOException, SAXException {
    Path site = temp.resolve("site");
    BuildReport report = new SiteBuilder(ThemeSource.of(TEMPLATES)).build(Path.of("seeds"), site,
        theme);
    assertTrue(report.ok(), report.failures().toString());
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
    }
    assertEquals(report.built().size() + 1, pages.size(), "every article's page and the index");

    List<String> errors = new ArrayList<>();
    for (Path page : pages) {
      for (Message message : check(page)) {
        String where = site.relativize(page) + ":" + message.line();
        System.out.println(where + ": " + message.kind() + ": " + message.text());
        if (message.isError()) {
          errors.add(where + ": " + message.text());
        }
      }
    }
    assertEquals(List.of(), errors, () -> errors.size() + " errors from the Nu Html Checker");
  }

  @Test
  void theCheckerReportsAnInvalidPageWithItsLine() throws IOException, SAXException {
    Path page = temp.resolve("invalid.html");
    Files.writeString(page, """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Two ids</title></head>
        <body><p id="a">One</p>
        <p id="a">Two</p></body>
        </html>
        """);
    List<Message> errors = check(page).stream().filter(Message::isError).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(5, errors.get(0).line());
    assertTrue(errors.get(0).text().contains("Duplicate ID"), errors.get(0).text());
  }

  /**
   * One message of the checker: {@code error}, {@code non-document-error} (the file could not be
   * read), or {@code info}, which includes warnings; warnings are printed but do not fail.
   */
  record Message(String type, String subType, int line, String text) {
    boolean isError() {
      return !type.equals("info");
    }

    String kind() {
      return subType.isEmpty() ? type : subType;
    }
  }

  private static List<Message> check(Path page) throws IOException, SAXException {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    // Language detection only guesses whether lang="en" is right; the pages declare it.
    validator.setNoLangDetect(true);
    JsonNode report = JSON.readTree(validator.validate(page));
    List<Message> messages = new ArrayList<>();
    for (JsonNode message : report.path("messages")) {
      messages.add(new Message(message.path("type").asText(), message.path("subType").asText(""),
          message.path("lastLine").asInt(0), message.path("message").asText()));
    }
    return messages;
  }
}
