package dev.gloss.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.annotate.Annotator;
import dev.gloss.annotate.eval.Counts;
import dev.gloss.annotate.eval.GoldItem;
import dev.gloss.annotate.eval.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss eval GOLD.jsonl...}: scores the annotator against hand-annotated passages. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores quotes, speakers, claims, entities and dates against gold JSON Lines"
        + " files.")
final class EvalCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "GOLD", arity = "1..*",
      description = "Gold files, one JSON object a line: {\"text\", \"date\"?, \"quotes\":"
          + " [{\"start\",\"end\",\"speaker\",\"kind\"}], \"claims\": [{\"start\",\"end\","
          + "\"type\"}], \"dates\": [{\"start\",\"end\",\"value\",\"conflict\"?}],"
          + " \"entities\": [{\"name\",\"type\",\"mentions\": [{\"start\",\"end\"}]}],"
          + " \"scores\"?: [\"dates\", ...]}. An absent list is not scored.")
  List<Path> gold;

  @Option(names = "--mistakes", description = "Also list every mistake, one a line.")
  boolean mistakes;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<GoldItem> items = new ArrayList<>();
    for (Path file : gold) {
      int number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          items.add(JSON.readValue(line, GoldItem.class));
        } catch (IOException e) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              file + ":" + number + ": not a gold item (" + e.getMessage().lines().findFirst()
                  .orElse("") + ")");
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Scorer.Report report = new Scorer(Annotator.standard()).score(items,
        mistakes ? line -> out.println("  " + line) : line -> { });
    out.printf("%d passages from %s%n%n", report.passages(), gold);
    out.println("| what | matched / predicted / gold | precision | recall | F1 |");
    out.println("|---|---|---|---|---|");
    row(out, "quote spans, exact", report.quotesExact());
    row(out, "quote spans, overlap", report.quotesOverlap());
    row(out, "claims (sentence overlap)", report.claims());
    row(out, "entity mentions, exact", report.entityMentions());
    row(out, "date spans, exact", report.datesExact());
    row(out, "date spans, overlap", report.datesOverlap());
    row(out, "date conflict flags", report.dateConflicts());
    out.println();
    accuracy(out, "speaker accuracy (matched quotes)", report.speakers());
    accuracy(out, "quote kind accuracy (matched quotes)", report.kinds());
    accuracy(out, "claim type accuracy (matched claims)", report.claimTypes());
    accuracy(out, "entity type accuracy (matched entities)", report.entityTypes());
    accuracy(out, "date value accuracy (overlap-matched dates)", report.dateValues());
    return Main.OK;
  }

  /**
   * One table row. A figure with nothing to divide by prints {@code n/a}: precision without
   * predictions, recall without gold items, F1 when there is neither.
   */
  static String row(String what, Counts counts) {
    boolean scored = counts.predicted() > 0 || counts.gold() > 0;
    return String.format(Locale.ROOT, "| %s | %d / %d / %d | %s | %s | %s |", what,
        counts.matched(), counts.predicted(), counts.gold(),
        figure(counts.predicted() > 0, counts.precision()),
        figure(counts.gold() > 0, counts.recall()), figure(scored, counts.f1()));
  }

  /** One accuracy line, {@code n/a} when there was nothing to judge. */
  static String accuracy(String what, Counts counts) {
    return String.format(Locale.ROOT, "%s: %d / %d = %s", what, counts.matched(), counts.gold(),
        figure(counts.gold() > 0, (double) counts.matched() / Math.max(1, counts.gold())));
  }

  private static String figure(boolean defined, double value) {
    return defined ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
  }

  private static void row(PrintWriter out, String what, Counts counts) {
    out.println(row(what, counts));
  }

  private static void accuracy(PrintWriter out, String what, Counts counts) {
    out.println(accuracy(what, counts));
  }
}
