package dev.gloss.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where themes come from: a project's own {@code templates/} folder first, then the themes bundled
 * in the Gloss jar. A theme overrides only the files it has; the rest falls back to {@code base}.
 */
public final class ThemeSource {

  /** The theme every other theme falls back to. */
  public static final String BASE = "base";
  private static final String BUNDLED = "/gloss/themes";

  private final List<Path> roots;

  private ThemeSource(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * @param projectTemplates a folder of themes that overrides the bundled ones, if any
   * @return the themes of that folder, then the bundled ones
   */
  public static ThemeSource of(@Nullable Path projectTemplates) {
    List<Path> roots = new ArrayList<>();
    if (projectTemplates != null) {
      roots.add(projectTemplates.toAbsolutePath().normalize());
    }
    bundledRoot().ifPresent(roots::add);
    return new ThemeSource(roots);
  }

  /** Whether a theme of that name exists in any root. */
  public boolean exists(String theme) {
    return themeNames().contains(theme);
  }

  /** Every theme's name, sorted. */
  public List<String> themeNames() {
    List<String> names = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> children = Files.list(root)) {
        children.filter(Files::isDirectory)
            .map(path -> path.getFileName().toString().replace("/", ""))
            .filter(name -> !names.contains(name))
            .forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    names.sort(null);
    return names;
  }

  /** The folders a theme's templates are looked up in, most specific first. */
  List<Path> templateFolders(String theme) {
    List<Path> folders = new ArrayList<>();
    for (String name : theme.equals(BASE) ? List.of(BASE) : List.of(theme, BASE)) {
      for (Path root : roots) {
        Path folder = root.resolve(name);
        if (Files.isDirectory(folder)) {
          folders.add(folder);
        }
      }
    }
    return folders;
  }

  /**
   * A theme's static assets, by their path relative to the theme's {@code assets/} folder: the
   * theme's own files over the base theme's, the project's over the bundled ones.
   */
  public Map<String, Path> assets(String theme) {
    Map<String, Path> assets = new TreeMap<>();
    List<Path> folders = new ArrayList<>(templateFolders(theme));
    java.util.Collections.reverse(folders);
    for (Path folder : folders) {
      Path assetRoot = folder.resolve("assets");
      if (!Files.isDirectory(assetRoot)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(assetRoot)) {
        files.filter(Files::isRegularFile).forEach(file -> assets.put(
            assetRoot.relativize(file).toString().replace('\\', '/'), file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return assets;
  }

  private static Optional<Path> bundledRoot() {
    URL url = ThemeSource.class.getResource(BUNDLED);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          jar = FileSystems.getFileSystem(uri);
        }
        return Optional.of(jar.getPath(BUNDLED));
      }
      return Optional.of(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled themes at " + url, e);
    }
  }
}
