package dev.gloss.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.render.ThemeSource;
import dev.gloss.testing.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * A build that fails or is killed part-way leaves the previous site exactly as it was, and nothing
 * beside it that gets in the way of the next build.
 */
class StagedBuildTest {

  private static final SiteBuilder BUILDER = new SiteBuilder(ThemeSource.of(Path.of("templates")));

  @TempDir
  Path temp;
  private Path site;
  private Map<String, String> before;

  @BeforeEach
  void buildAPreviousSite() throws IOException {
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    Files.copy(Reference.SEED, seeds.resolve("ref.txt"));
    site = temp.resolve("site");
    assertTrue(BUILDER.build(seeds, site, ThemeSource.BASE).ok());
    before = contents(site);
  }

  @Test
  void aBuildFailingAfterItStartedWritingLeavesThePreviousSite() throws IOException {
    // A theme whose index template breaks: the articles are written, then the index fails.
    Path templates = Files.createDirectories(temp.resolve("templates/broken"));
    Files.writeString(templates.resolve("index.html"),
        "<html><body th:text=\"${entries.get(99).nothing}\"></body></html>");
    SiteBuilder builder = new SiteBuilder(ThemeSource.of(temp.resolve("templates")));
    assertThrows(TemplateProcessingException.class,
        () -> builder.build(temp.resolve("seeds"), site, "broken"));
    assertEquals(before, contents(site));
    assertEquals(List.of(), leftBeside(site));
  }

  @Test
  void aKilledBuildLeavesThePreviousSiteAndTheNextBuildClearsUp() throws Exception {
    Process child = startBigBuild();
    Path staging = waitForStagingWithArticles(child);
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertEquals(before, contents(site), "the previous site, untouched");
    assertTrue(Files.isDirectory(staging), "kill -9 leaves the half-written staging folder");
    BuildReport next = BUILDER.build(temp.resolve("seeds"), site, ThemeSource.BASE);
    assertTrue(next.ok());
    assertEquals(before, contents(site));
    assertEquals(List.of(), leftBeside(site), "the next build removed what the killed one left");
  }

  @Test
  void aStoppedBuildRemovesItsOwnStagingFolder() throws Exception {
    Process child = startBigBuild();
    waitForStagingWithArticles(child);
    child.destroy(); // SIGTERM, as Ctrl-C or a CI timeout sends
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertEquals(before, contents(site));
    assertEquals(List.of(), leftBeside(site));
  }

  @Test
  void aBuildKilledMidSwapGetsThePreviousSiteBack() throws IOException {
    // As if killed between moving the old site aside and moving the new one in; no such process.
    Path previous = temp.resolve(".site.previous-2147483646-12345");
    Files.move(site, previous);
    Files.createDirectories(temp.resolve(".site.staging-2147483646-678/half-written"));
    StagedDirectory.recoverFromKilledBuilds(site.toAbsolutePath());
    assertEquals(before, contents(site));
    assertEquals(List.of(), leftBeside(site));
  }

  @Test
  void aRunningBuildsFoldersAreLeftAlone() throws IOException {
    Path mine = temp.resolve(".site.staging-" + ProcessHandle.current().pid() + "-1");
    Files.createDirectories(mine);
    StagedDirectory.recoverFromKilledBuilds(site.toAbsolutePath());
    assertTrue(Files.isDirectory(mine));
  }

  /** Starts a child JVM building 600 copies of the reference article over the previous site. */
  private Process startBigBuild() throws IOException {
    Path many = Files.createDirectories(temp.resolve("many"));
    for (int i = 0; i < 600; i++) {
      Files.copy(Reference.SEED, many.resolve(String.format("seed-%03d.txt", i)));
    }
    return ChildJvm.start(List.of("-Xshare:auto"), temp.resolve("child.log"), "build", "--seeds",
        many.toString(), "--out", site.toString(), "--templates", "templates");
  }

  private Path waitForStagingWithArticles(Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertTrue(child.isAlive(), () -> "the build finished before it could be stopped: "
          + readLog());
      for (Path staging : leftBeside(site)) {
        try (Stream<Path> children = Files.list(staging)) {
          if (children.count() >= 3) {
            return staging;
          }
        } catch (IOException raced) {
          // The folder went while we looked; look again.
        }
      }
      Thread.sleep(10);
    }
    child.destroyForcibly();
    throw new AssertionError("no staging folder appeared: " + readLog());
  }

  private String readLog() {
    try {
      Path log = temp.resolve("child.log");
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Folders a build of {@code site} made beside it. */
  private static List<Path> leftBeside(Path site) throws IOException {
    try (Stream<Path> siblings = Files.list(site.getParent())) {
      return siblings.filter(p -> p.getFileName().toString().startsWith("." + site.getFileName()
          + ".")).sorted().toList();
    }
  }

  static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertFalse(files.isEmpty(), "a site is there");
    return files;
  }
}
