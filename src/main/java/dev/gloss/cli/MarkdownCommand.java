package dev.gloss.cli;

import dev.gloss.site.Pipeline;
import dev.gloss.site.Seed;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gloss markdown FILE}: prints the Gloss Markdown made of one seed. */
@Command(name = "markdown", mixinStandardHelpOptions = true,
    description = "Prints the Gloss Markdown (front matter and body) that Gloss makes of a seed.")
final class MarkdownCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE",
      description = "A .txt scrape, an .html or .htm saved page, or a .md article.")
  Path file;

  @CommandLine.Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return SeedCommands.guard(spec, () -> {
      spec.commandLine().getOut().print(new Pipeline().markdown(Seed.of(file)));
      return Main.OK;
    });
  }
}
