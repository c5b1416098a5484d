package dev.gloss.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A directory written in full beside its destination and swapped in only when complete, so that a
 * failed or interrupted build leaves the previous site as it was.
 *
 * <p>The folders it makes beside the target are named {@code .<target>.staging-<pid>-<random>} and
 * {@code .<target>.previous-<pid>-<random>}. A build killed outright cannot remove its own, so each
 * build first removes those whose process is gone, and puts a previous site back if the build was
 * killed between moving the old site aside and moving the new one in. Folders of a build still
 * running are left alone. Ctrl-C and {@code kill} (but not {@code kill -9}) remove the staging
 * folder on the way out.
 */
final class StagedDirectory implements AutoCloseable {

  /** The file that marks a folder as a Gloss site, safe for Gloss to replace. */
  static final String MARKER = ".gloss-site";
  private static final String STAGING = ".staging-";
  private static final String PREVIOUS = ".previous-";

  private final Path target;
  private final Path staging;
  private final Thread cleanupOnExit;
  /** Guards the swap against the exit hook deleting the staging folder halfway through it. */
  private final Object swap = new Object();
  private boolean published;
  private boolean abandoned;

  private StagedDirectory(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
    this.cleanupOnExit = new Thread(this::abandon, "gloss-staging-cleanup");
  }

  /**
   * Creates an empty staging folder next to {@code target}, after clearing what killed builds left.
   *
   * @throws IOException if the target exists, is not empty, and is not a Gloss site
   */
  static StagedDirectory beside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new IOException("refusing to use " + target + " as the site folder: it is the root");
    }
    Files.createDirectories(parent);
    recoverFromKilledBuilds(absolute);
    if (Files.exists(absolute) && !isReplaceable(absolute)) {
      throw new IOException("refusing to replace " + target + ": it is not empty and has no "
          + MARKER + " file, so it was not made by Gloss; choose an empty or new --out folder");
    }
    Path staging = Files.createTempDirectory(parent, prefix(absolute, STAGING));
    Files.writeString(staging.resolve(MARKER),
        "Made by Gloss. This folder is replaced whole by every build.\n", StandardCharsets.UTF_8);
    StagedDirectory directory = new StagedDirectory(absolute, staging);
    Runtime.getRuntime().addShutdownHook(directory.cleanupOnExit);
    return directory;
  }

  /** The folders a build of {@code target} by this process would make start with this. */
  private static String prefix(Path target, String kind) {
    return "." + target.getFileName() + kind + ProcessHandle.current().pid() + "-";
  }

  /**
   * Removes the staging and previous folders of builds whose process has died, first putting the
   * previous site back if a killed build left the target missing.
   */
  static void recoverFromKilledBuilds(Path target) throws IOException {
    List<Path> stale = new ArrayList<>();
    String name = "." + target.getFileName();
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      siblings.filter(path -> isLeftBy(name, path)).sorted().forEach(stale::add);
    }
    for (Path path : stale) {
      boolean previous = path.getFileName().toString().startsWith(name + PREVIOUS);
      if (previous && !Files.exists(target)) {
        move(path, target);
      } else {
        deleteTree(path);
      }
    }
  }

  /** Whether a sibling of the target is a staging or previous folder of a process now gone. */
  private static boolean isLeftBy(String targetName, Path path) {
    String file = path.getFileName().toString();
    for (String kind : List.of(STAGING, PREVIOUS)) {
      String prefix = targetName + kind;
      if (file.startsWith(prefix) && Files.isDirectory(path)) {
        return ownerPid(file.substring(prefix.length()))
            .flatMap(ProcessHandle::of)
            .map(process -> !process.isAlive())
            .orElse(true);
      }
    }
    return false;
  }

  private static Optional<Long> ownerPid(String rest) {
    int dash = rest.indexOf('-');
    try {
      return Optional.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isReplaceable(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return false;
    }
    if (Files.exists(target.resolve(MARKER))) {
      return true;
    }
    try (var children = Files.list(target)) {
      return children.findAny().isEmpty();
    }
  }

  /** Where to write the new content. */
  Path root() {
    return staging;
  }

  /** Swaps the staged folder in for the target. */
  void publish() throws IOException {
    Path previous = null;
    synchronized (swap) {
      if (abandoned) {
        throw new IOException("the build was stopped before its site was complete");
      }
      if (Files.exists(target)) {
        previous = Files.createTempDirectory(target.getParent(), prefix(target, PREVIOUS));
        Files.delete(previous);
        move(target, previous);
      }
      move(staging, target);
      published = true;
    }
    if (previous != null) {
      deleteTree(previous);
    }
  }

  /** Removes the staging folder unless it was published. */
  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException e) {
      return; // the JVM is exiting, and the hook is removing the folder
    }
    if (!published && Files.exists(staging)) {
      deleteTree(staging);
    }
  }

  /** The exit hook: the build is being stopped, so its half-written site goes. */
  private void abandon() {
    synchronized (swap) {
      abandoned = true;
      if (published) {
        return;
      }
    }
    try {
      deleteTree(staging);
    } catch (IOException | RuntimeException e) {
      // Best effort while the JVM exits; the next build removes what is left.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(@Nullable Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
