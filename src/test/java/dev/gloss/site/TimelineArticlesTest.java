package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.model.Dispute;
import dev.gloss.model.TimelineEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole articles through every stage, their timelines and dispute headings compared with what a
 * reader should see ({@code src/test/resources/timeline/NAME.expected}, one test an article).
 */
class TimelineArticlesTest {

  private static final Path FOLDER = Path.of("src/test/resources/timeline");

  @TestFactory
  Stream<DynamicTest> eachArticleHasTheTimelineAndDisputesExpected() throws IOException {
    Pipeline pipeline = new Pipeline();
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".expected")).sorted().toList().stream()
          .map(expected -> DynamicTest.dynamicTest(expected.getFileName().toString(),
              () -> check(pipeline, expected)));
    }
  }

  private static void check(Pipeline pipeline, Path expectedFile) throws IOException {
    String name = expectedFile.getFileName().toString().replace(".expected", "");
    Path seed = Stream.of(FOLDER.resolve(name + ".md"), Path.of("seeds", name + ".txt"))
        .filter(Files::exists).findFirst().orElseThrow();
    ArticleBuild build = pipeline.document(Seed.of(seed));
    List<String> expected = new ArrayList<>();
    for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        expected.add(line);
      }
    }
    List<String> actual = new ArrayList<>(List.of("timeline"));
    int event = 0;
    for (TimelineEvent e : build.timeline().events()) {
      String line = expected.size() > event + 1 ? expected.get(event + 1) : "";
      String written = written(e);
      // A "*" date is not checked: the annotate stage's reading of it is not what is tested.
      actual.add(line.startsWith("* |") ? "* | " + e.label() : written);
      event++;
    }
    actual.add("disputes");
    build.facts().disputes().stream().map(Dispute::subject).forEach(actual::add);
    assertEquals(String.join("\n", expected), String.join("\n", actual), name);
  }

  private static String written(TimelineEvent event) {
    String when = event.whenShown() == null ? "Undated" : event.whenShown();
    if (event.coarse()) {
      when += " (" + event.precision().unit() + ")";
    }
    if (event.approximate()) {
      when += " (placed)";
    }
    return when + " | " + event.label();
  }
}
