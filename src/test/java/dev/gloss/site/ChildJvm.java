package dev.gloss.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the Gloss command line in a JVM of its own, as a user's shell would. */
final class ChildJvm {

  private ChildJvm() {
  }

  /**
   * Starts {@code gloss} with the test's class path.
   *
   * @param jvmOptions options for the JVM ({@code -Duser.timezone=...})
   * @param log where the child's output and errors go
   * @param args the command line
   */
  static Process start(List<String> jvmOptions, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.gloss.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
  }
}
