package dev.gloss.cli;

import dev.gloss.model.GlossException;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/**
 * What the single-seed commands share: a user error is one line on stderr and exit code 1, with
 * its stack trace only under {@code --verbose}.
 */
final class SeedCommands {

  private SeedCommands() {
  }

  static int guard(CommandLine.Model.CommandSpec spec, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (GlossException e) {
      spec.commandLine().getErr().println("error: " + TerminalText.safe(e.describe()));
      if (spec.findOption("--verbose") != null
          && Boolean.TRUE.equals(spec.findOption("--verbose").getValue())) {
        e.printStackTrace(spec.commandLine().getErr());
      }
      return Main.ARTICLE_FAILED;
    }
  }
}
