package dev.gloss.site;

import dev.gloss.ingest.SeedDecoder;
import dev.gloss.model.ArticleMeta;
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
   * Builds the site. Seeds are read in the order of their file names, so which of two articles
   * with the same slug keeps it (the first) never depends on the file system; the other gets
   * {@code -2}, {@code -3}... and a warning.
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
    List<Path> files = seedFiles(seeds);
    List<BuildReport.Failure> failures = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    // The site's own folder names are taken before any article asks for them.
    Set<String> slugs = new HashSet<>(Set.of(ASSETS));
    try (StagedDirectory staged = StagedDirectory.beside(out)) {
      for (Path path : files) {
        String name = path.getFileName().toString();
        try {
          pages.add(writeArticle(staged.root(), Seed.of(path), theme, slugs, warnings));
        } catch (GlossException e) {
          failures.add(new BuildReport.Failure(e.describe(), e));
        } catch (RuntimeException | StackOverflowError e) {
          // A bug of Gloss's, not the user's: report it with this seed and build the others.
          failures.add(new BuildReport.Failure(name + ": internal error ("
              + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
              + e.getMessage().lines().findFirst().orElse("")) + "); the other articles were"
              + " built; run with --verbose and report it with this file", e));
        }
      }
      pages.sort(SITE_ORDER);
      writeIndexAndAssets(staged.root(), pages, theme);
      staged.publish();
    }
    List<BuildReport.BuiltArticle> built = pages.stream()
        .map(page -> new BuildReport.BuiltArticle(page.source(), page.slug())).toList();
    return new BuildReport(built, failures, warnings);
  }

  /** The folder of the themes' static files in the site, which no article may take. */
  private static final String ASSETS = "assets";

  /** What the index needs of an article that was written. */
  private record Page(String source, String slug, ArticleMeta meta, String theme) {
  }

  /** Newest first; articles with no date after dated ones; then by title, then by slug. */
  private static final Comparator<Page> SITE_ORDER = Comparator
      .comparing((Page page) -> sortYear(page), Comparator.reverseOrder())
      .thenComparing(page -> page.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(page -> page.meta().title())
      .thenComparing(Page::slug);

  private static int sortYear(Page page) {
    Integer year = page.meta().publicationYear();
    return year == null ? Integer.MIN_VALUE : year;
  }

  /** Reads, renders and writes one article, so that only its metadata stays in memory. */
  private Page writeArticle(Path root, Seed seed, String defaultTheme, Set<String> slugs,
      List<String> warnings) throws IOException {
    ArticleBuild document = pipeline.document(seed);
    // A saved page is decoded by its own charset rules; the pipeline reports its notes.
    String note = seed.kind() == Seed.Kind.HTML ? null
        : SeedDecoder.read(seed.name(), seed.bytes()).note();
    String pageTheme = document.theme() != null ? document.theme() : defaultTheme;
    if (!themes.exists(pageTheme)) {
      throw new GlossException(seed.name(), frontMatterLine(document.markdown(), "theme:"),
          "asks for theme '" + pageTheme
          + "', which does not exist; themes are " + String.join(", ", themes.themeNames()));
    }
    var article = document.article();
    String wanted = article.meta().slug().value();
    String slug = uniqueSlug(wanted, slugs);
    if (note != null) {
      warnings.add(seed.name() + ": " + note);
    }
    if (!slug.equals(wanted)) {
      warnings.add(seed.name() + ": slug '" + wanted + "' is taken by another article or by the"
          + " site; written to '" + slug + "'");
    }
    warnings.addAll(document.problems());
    String html = renderer.article(new ArticlePage(article,
        BodyHtmlPolicy.clean(document.bodyHtml()), pageTheme, document.annotations(),
        document.timeline(), document.facts(), document.origin()), slug);
    Path folder = root.resolve(slug).normalize();
    if (!root.equals(folder.getParent())) {
      throw new IllegalStateException("slug '" + slug + "' would leave the site folder");
    }
    Files.createDirectories(folder);
    writeText(folder.resolve("index.html"), html);
    writeText(folder.resolve("index.md"), document.markdown());
    writeText(folder.resolve("annotations.jsonld"),
        renderer.webAnnotations(article, document.annotations()));
    writeText(folder.resolve("timeline.json"),
        renderer.timelineJson(article, document.timeline()));
    return new Page(seed.name(), slug, article.meta(), pageTheme);
  }

  /** The line of the front matter that starts with {@code key}, or 0 when there is none. */
  private static int frontMatterLine(String markdown, String key) {
    int line = 1;
    for (int start = 0; start < markdown.length(); line++) {
      int end = markdown.indexOf('\n', start);
      String text = markdown.substring(start, end < 0 ? markdown.length() : end);
      if (text.startsWith(key)) {
        return line;
      }
      if (end < 0 || (line > 1 && text.strip().equals("---"))) {
        return 0;
      }
      start = end + 1;
    }
    return 0;
  }

  private void writeIndexAndAssets(Path root, List<Page> pages, String indexTheme)
      throws IOException {
    Set<String> themesToCopy = new TreeSet<>();
    themesToCopy.add(indexTheme);
    pages.forEach(page -> themesToCopy.add(page.theme()));
    List<IndexEntry> entries = pages.stream()
        .map(page -> new IndexEntry(page.meta(), page.slug() + "/index.html")).toList();
    writeText(root.resolve("index.html"), renderer.index(entries, indexTheme));
    for (String theme : themesToCopy) {
      for (Map.Entry<String, Path> asset : themes.assets(theme).entrySet()) {
        Path target = root.resolve(ASSETS).resolve(theme).resolve(asset.getKey()).normalize();
        if (!target.startsWith(root.resolve(ASSETS))) {
          throw new IOException("theme '" + theme + "' has an asset outside its folder: "
              + asset.getKey());
        }
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
