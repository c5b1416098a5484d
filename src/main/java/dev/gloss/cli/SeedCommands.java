package dev.gloss.cli;

import dev.gloss.model.GlossException;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/** What the single-seed commands share: a user error is one line on stderr and exit code 1. */
final class SeedCommands {

  private SeedCommands() {
  }

  static int guard(CommandLine.Model.CommandSpec spec, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (GlossException e) {
      spec.commandLine().getErr().println("error: " + e.describe());
      return Main.ARTICLE_FAILED;
    }
  }
}
