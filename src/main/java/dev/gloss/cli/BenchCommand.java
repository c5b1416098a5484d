package dev.gloss.cli;

import dev.gloss.render.ThemeSource;
import dev.gloss.site.BuildReport;
import dev.gloss.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gloss bench}: times whole builds in one warm JVM, the figure a unit test must never
 * assert. Each run builds every seed into a fresh temporary folder; the first runs warm the JIT
 * and are not counted.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Times builds of a seeds folder in a warm JVM and prints the median and spread.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--seeds", paramLabel = "DIR", description = "Seeds to build (default: seeds).")
  Path seeds = Path.of("seeds");

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs (default: 10).")
  int runs = 10;

  @Option(names = "--warmup", paramLabel = "N", description = "Untimed runs first (default: 3).")
  int warmup = 3;

  @Option(names = "--theme", paramLabel = "NAME", description = "Theme (default: base).")
  String theme = "base";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (runs < 1 || warmup < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--runs must be at least 1 and --warmup at least 0");
    }
    SiteBuilder builder = new SiteBuilder(ThemeSource.of(Path.of("templates")));
    Path scratch = Files.createTempDirectory("gloss-bench");
    long[] millis = new long[runs];
    int articles = 0;
    try {
      for (int i = 0; i < warmup + runs; i++) {
        Path out = scratch.resolve("site" + i);
        long start = System.nanoTime();
        BuildReport report = builder.build(seeds, out, theme);
        long took = (System.nanoTime() - start) / 1_000_000;
        articles = report.built().size();
        if (i >= warmup) {
          millis[i - warmup] = took;
        }
        delete(out);
      }
    } finally {
      delete(scratch);
    }
    Arrays.sort(millis);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d article(s) from %s, %d warm-up + %d timed builds (theme %s)%n",
        articles, seeds, warmup, runs, theme);
    out.printf(Locale.ROOT, "build: median %d ms, min %d ms, max %d ms%n",
        millis[runs / 2], millis[0], millis[runs - 1]);
    return Main.OK;
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
