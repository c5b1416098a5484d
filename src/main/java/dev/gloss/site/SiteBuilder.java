package dev.gloss.site;

import dev.gloss.markdown.MarkdownDocument;
import dev.gloss.model.GlossException;
import dev.gloss.render.ArticlePage;
import dev.gloss.render.BaseUrl;
import dev.gloss.render.IndexEntry;
import dev.gloss.render.PageRenderer;
import dev.gloss.render.ThemeSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Builds a whole site from a folder of seeds: every article's page and Markdown, the index, and the
 * themes' assets, written to a staging folder and swapped in at the end.
 *
 * <pre>{@code
 * BuildReport report = new SiteBuilder(ThemeSource.of(Path.of("templates")))
 *     .build(Path.of("seeds"), Path.of("site"), "base");
 * }</pre>
 */
public final class SiteBuilder {

  private final ThemeSource themes;
  private final PageRenderer renderer;
  private final Pipeline pipeline = new Pipeline();

  public SiteBuilder(ThemeSource themes) {
    this(themes, null);
  }

  /**
   * @param themes where the themes come from
   * @param baseUrl where the site is published, for canonical links; {@code null} to leave them out
   */
  public SiteBuilder(ThemeSource themes, @Nullable BaseUrl baseUrl) {
    this.themes = themes;
    this.renderer = new PageRenderer(themes, baseUrl);
  }

  /**
   * Builds the site.
   *
   * @param seeds the folder of seeds
   * @param out the site folder, replaced whole when the build completes
   * @param theme the theme for the index and for articles that do not name one
   * @return what was built and what failed
   * @throws IOException when the site cannot be written; the previous site is then left intact
   * @throws IllegalArgumentException when the theme does not exist
   */
  public BuildReport build(Path seeds, Path out, String theme) throws IOException {
    if (!themes.exists(theme)) {
      throw new IllegalArgumentException("unknown theme '" + theme + "'; themes are "
          + String.join(", ", themes.themeNames()));
    }
    List<String> failures = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (Path path : seedFiles(seeds)) {
      try {
        Seed seed = Seed.of(path);
        ArticleBuild document = pipeline.document(seed);
        String pageTheme = document.theme() != null ? document.theme() : theme;
        if (!themes.exists(pageTheme)) {
          throw new GlossException(seed.name(), 0, "asks for theme '" + pageTheme
              + "', which does not exist; themes are " + String.join(", ", themes.themeNames()));
        }
        String slug = uniqueSlug(document.article().meta().slug().value(), slugs);
        if (!slug.equals(document.article().meta().slug().value())) {
          warnings.add(seed.name() + ": slug '" + document.article().meta().slug()
              + "' is taken by another article; written to '" + slug + "'");
        }
        warnings.addAll(document.problems());
        pages.add(new Page(seed.name(), slug, document, pageTheme));
      } catch (GlossException e) {
        failures.add(e.describe());
      }
    }
    pages.sort(SITE_ORDER);
    try (StagedDirectory staged = StagedDirectory.beside(out)) {
      write(staged.root(), pages, theme);
      staged.publish();
    }
    List<BuildReport.BuiltArticle> built = pages.stream()
        .map(page -> new BuildReport.BuiltArticle(page.source(), page.slug())).toList();
    return new BuildReport(built, failures, warnings);
  }

  private record Page(String source, String slug, ArticleBuild document, String theme) {
  }

  /** Newest first; articles with no date after dated ones; then by title, then by slug. */
  private static final Comparator<Page> SITE_ORDER = Comparator
      .comparing((Page page) -> sortYear(page), Comparator.reverseOrder())
      .thenComparing(page -> page.document().article().meta().date(),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(page -> page.document().article().meta().title())
      .thenComparing(Page::slug);

  private static int sortYear(Page page) {
    Integer year = page.document().article().meta().publicationYear();
    return year == null ? Integer.MIN_VALUE : year;
  }

  private void write(Path root, List<Page> pages, String indexTheme) throws IOException {
    Set<String> usedThemes = new TreeSet<>();
    usedThemes.add(indexTheme);
    List<IndexEntry> entries = new ArrayList<>();
    for (Page page : pages) {
      Path folder = root.resolve(page.slug());
      Files.createDirectories(folder);
      var article = page.document().article();
      ArticleBuild build = page.document();
      String html = renderer.article(new ArticlePage(article, build.bodyHtml(), page.theme(),
          build.annotations(), build.timeline(), build.facts(), build.annotationsEdited()),
          page.slug());
      writeText(folder.resolve("index.html"), html);
      writeText(folder.resolve("index.md"), build.markdown());
      writeText(folder.resolve("annotations.jsonld"),
          renderer.webAnnotations(article, build.annotations()));
      writeText(folder.resolve("timeline.json"), renderer.timelineJson(article, build.timeline()));
      entries.add(new IndexEntry(article.meta(), page.slug() + "/index.html"));
      usedThemes.add(page.theme());
    }
    writeText(root.resolve("index.html"), renderer.index(entries, indexTheme));
    for (String theme : usedThemes) {
      for (Map.Entry<String, Path> asset : themes.assets(theme).entrySet()) {
        Path target = root.resolve("assets").resolve(theme).resolve(asset.getKey()).normalize();
        Files.createDirectories(target.getParent());
        Files.copy(asset.getValue(), target);
      }
    }
  }

  private static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String uniqueSlug(String slug, Set<String> taken) {
    String candidate = slug;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }

  private static List<Path> seedFiles(Path seeds) throws IOException {
    if (!Files.isDirectory(seeds)) {
      throw new IOException("seeds folder " + seeds + " does not exist");
    }
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(Seed::isCandidate)
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .toList();
    }
  }

  /** Exposed for the command line's single-file commands. */
  public Pipeline pipeline() {
    return pipeline;
  }
}
