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

/**
 * A directory written in full beside its destination and swapped in only when complete, so that a
 * failed or interrupted build leaves the previous site as it was.
 */
final class StagedDirectory implements AutoCloseable {

  /** The file that marks a folder as a Gloss site, safe for Gloss to replace. */
  static final String MARKER = ".gloss-site";

  private final Path target;
  private final Path staging;
  private boolean published;

  private StagedDirectory(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Creates an empty staging folder next to {@code target}.
   *
   * @throws IOException if the target exists, is not empty, and is not a Gloss site
   */
  static StagedDirectory beside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !isReplaceable(absolute)) {
      throw new IOException("refusing to replace " + target + ": it is not empty and has no "
          + MARKER + " file, so it was not made by Gloss; choose an empty or new --out folder");
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, ".site-staging-");
    Files.writeString(staging.resolve(MARKER),
        "Made by Gloss. This folder is replaced whole by every build.\n", StandardCharsets.UTF_8);
    return new StagedDirectory(absolute, staging);
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
    if (Files.exists(target)) {
      previous = Files.createTempDirectory(target.getParent(), ".site-previous-");
      Files.delete(previous);
      move(target, previous);
    }
    move(staging, target);
    published = true;
    if (previous != null) {
      deleteTree(previous);
    }
  }

  /** Removes the staging folder unless it was published. */
  @Override
  public void close() throws IOException {
    if (!published && Files.exists(staging)) {
      deleteTree(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
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
