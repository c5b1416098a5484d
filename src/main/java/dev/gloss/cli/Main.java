package dev.gloss.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gloss} command. {@link #main} only exits with what {@link #run} returns, so the whole
 * command line can be tested in-process.
 */
@Command(name = "gloss", mixinStandardHelpOptions = true, version = "gloss 0.1.0",
    description = "Turns news articles into annotated article pages.",
    subcommands = {BuildCommand.class, MarkdownCommand.class, AnnotateCommand.class, EvalCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

  /** Exit code: every article built. */
  public static final int OK = 0;
  /** Exit code: some article failed; the others were built. */
  public static final int ARTICLE_FAILED = 1;
  /** Exit code: the command line was wrong. */
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * Runs one command.
   *
   * @param out where results go
   * @param err where errors and the build report go
   * @param args the command line
   * @return the exit code: {@link #OK}, {@link #ARTICLE_FAILED} or {@link #USAGE}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      boolean verbose = parseResult.subcommand() != null
          && parseResult.subcommand().hasMatchedOption("--verbose");
      line.getErr().println("gloss: " + TerminalText.safe(describe(exception)));
      if (verbose) {
        exception.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return exception instanceof IllegalArgumentException ? USAGE : ARTICLE_FAILED;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * One line for an error that stopped a command: the message of a problem with the input or the
   * file system, or a request to report what is a bug of Gloss's.
   */
  private static String describe(Exception exception) {
    String message = exception.getMessage() == null ? ""
        : exception.getMessage().lines().findFirst().orElse("");
    if (exception instanceof java.nio.file.FileSystemException files) {
      // Its message is little more than the path: say what happened to it.
      return "cannot use " + files.getFile() + " (" + exception.getClass().getSimpleName()
          + (files.getReason() == null ? "" : ": " + files.getReason()) + ")";
    }
    if (exception instanceof java.io.IOException || exception instanceof IllegalArgumentException
        || exception instanceof dev.gloss.model.GlossException) {
      return message.isEmpty() ? exception.getClass().getSimpleName() : message;
    }
    return "internal error (" + exception.getClass().getSimpleName()
        + (message.isEmpty() ? "" : ": " + message) + "); run again with --verbose and report it";
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("gloss: name a command (gloss --help lists them)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }
}
