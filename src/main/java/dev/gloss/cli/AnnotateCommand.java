package dev.gloss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gloss.site.ArticleJson;
import dev.gloss.site.Pipeline;
import dev.gloss.site.Seed;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss annotate FILE --json}: prints what Gloss finds in one seed. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Prints the annotations of one seed.")
final class AnnotateCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(paramLabel = "FILE",
      description = "A .txt scrape, an .html or .htm saved page, or a .md article.")
  Path file;

  @Option(names = "--json", required = true, description = "Print JSON (the only format so far).")
  boolean json;

  @Option(names = "--body-only",
      description = "The file is the article's body alone: no page wrapper, no title.")
  boolean bodyOnly;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The article's date, for reading relative dates when the file gives none.")
  java.time.LocalDate date;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return SeedCommands.guard(spec, () -> {
      Pipeline.Annotated annotated = new Pipeline().annotate(bodyOnly ? Seed.text(file)
          : Seed.of(file), bodyOnly, date);
      try {
        spec.commandLine().getOut().println(JSON.writeValueAsString(
            ArticleJson.of(annotated.article(), annotated.annotations())));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      return Main.OK;
    });
  }
}
