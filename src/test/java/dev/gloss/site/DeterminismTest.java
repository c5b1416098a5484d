package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.testing.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seeds give the same bytes whatever the time zone, locale, default charset and processor
 * count of the JVM, and whatever order the files were written in: each build runs in a JVM of its
 * own, from a seeds folder filled in a different order.
 */
class DeterminismTest {

  /** Seeds with dates, non-ASCII text, duplicate slugs and a Markdown article. */
  private static final List<String> HOSTILE = List.of("windows-1252.txt", "utf16le-bom.txt",
      "thymeleaf-in-markdown.md", "duplicate-slug.md", "\u00fcn\u00efc\u00f6d\u00e9-\u540d\u524d.txt",
      "unbalanced-quotes.txt", "link-schemes.md", "empty.txt");

  @TempDir
  Path temp;

  @Test
  void theSameSeedsGiveTheSameBytesInAnyJvmAndFileOrder() throws Exception {
    List<List<String>> jvms = List.of(
        List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US"),
        List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
            "-Dfile.encoding=ISO-8859-1", "-XX:ActiveProcessorCount=1"),
        List.of("-Duser.timezone=America/St_Johns", "-Duser.language=ar", "-Duser.country=SA",
            "-Dfile.encoding=UTF-8", "-XX:ActiveProcessorCount=2"));
    List<Process> running = new ArrayList<>();
    for (int run = 0; run < jvms.size(); run++) {
      Path seeds = seedsInOrder(run);
      running.add(ChildJvm.start(jvms.get(run), temp.resolve("log-" + run), "build", "--seeds",
          seeds.toString(), "--out", temp.resolve("site-" + run).toString(), "--templates",
          "templates"));
    }
    for (Process process : running) {
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build finishes");
      assertEquals(1, process.exitValue(), "empty.txt fails, the others build");
    }
    Map<String, byte[]> first = bytes(temp.resolve("site-0"));
    assertTrue(first.size() > 2 * HOSTILE.size(), first.keySet().toString());
    for (int run = 1; run < jvms.size(); run++) {
      Map<String, byte[]> other = bytes(temp.resolve("site-" + run));
      assertEquals(first.keySet(), other.keySet(), "the same files under " + jvms.get(run));
      for (String file : first.keySet()) {
        assertTrue(Arrays.equals(first.get(file), other.get(file)),
            () -> file + " differs under another JVM setting");
      }
    }
    assertEquals(Files.readString(temp.resolve("log-0")),
        Files.readString(temp.resolve("log-2")).replace("site-2", "site-0"),
        "the same messages, in the same order");
  }

  /** A seeds folder whose files were created in a shuffled order. */
  private Path seedsInOrder(int run) throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds-" + run));
    List<Path> sources = new ArrayList<>();
    sources.add(Reference.SEED);
    HOSTILE.forEach(name -> sources.add(HostileInputTest.HOSTILE.resolve(name)));
    List<String> names = new ArrayList<>();
    for (Path source : sources) {
      names.add(source.getFileName().toString());
    }
    names.add("copy-of-reference.txt");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(run));
    for (int i : order) {
      Path source = i < sources.size() ? sources.get(i) : Reference.SEED;
      Files.copy(source, seeds.resolve(names.get(i)));
    }
    return seeds;
  }

  private static Map<String, byte[]> bytes(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
