package dev.gloss.render;

import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.SpeakerType;
import dev.gloss.model.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders pages with Thymeleaf: one engine per theme, configured once when the renderer is made.
 *
 * <pre>{@code
 * PageRenderer renderer = new PageRenderer(ThemeSource.of(Path.of("templates")));
 * String html = renderer.article(page, slug);
 * }</pre>
 */
public final class PageRenderer {

  /** The index page's description, for search results and link previews. */
  static final String SITE_DESCRIPTION =
      "News articles with their quotes, claims and dates marked and checked.";
  private static final String SITE_NAME = "Gloss";

  private final Map<String, TemplateEngine> engines;
  private final @Nullable BaseUrl baseUrl;

  /** Makes an engine for every theme the source has; pages get no canonical address. */
  public PageRenderer(ThemeSource themes) {
    this(themes, null);
  }

  /**
   * Makes an engine for every theme the source has.
   *
   * @param baseUrl where the site is published, for canonical links; {@code null} to leave them out
   */
  public PageRenderer(ThemeSource themes, @Nullable BaseUrl baseUrl) {
    this.baseUrl = baseUrl;
    Map<String, TemplateEngine> byTheme = new HashMap<>();
    for (String theme : themes.themeNames()) {
      TemplateEngine engine = new TemplateEngine();
      int order = 1;
      for (Path folder : themes.templateFolders(theme)) {
        engine.addTemplateResolver(new PathTemplateResolver(folder, order++));
      }
      byTheme.put(theme, engine);
    }
    this.engines = Map.copyOf(byTheme);
  }

  /** The article's page, in the folder named by its slug one level below the site's root. */
  public String article(ArticlePage page) {
    return article(page, page.meta().slug().value());
  }

  /**
   * The article's page.
   *
   * @param folder the folder below the site's root the page is written to, for its canonical link
   */
  public String article(ArticlePage page, String folder) {
    Context context = context(page.theme(), "../");
    context.setVariable("page", page);
    @Nullable String canonical = baseUrl == null ? null : baseUrl.page(folder + "/");
    context.setVariable("head", new PageHead(page.meta().title(), page.description(), "article",
        page.meta().publication(), canonical));
    // Thymeleaf's JavaScript inlining serialises the map as JSON and escapes "</" inside it.
    context.setVariable("jsonLd", NewsArticleJsonLd.of(page, canonical));
    return engine(page.theme()).process("article", context);
  }

  /** The article's annotations as a W3C Web Annotation collection (JSON-LD). */
  public String webAnnotations(Article article, Annotations annotations) {
    return JsonText.write(WebAnnotations.of(article, annotations));
  }

  /** The article's timeline in TimelineJS's JSON format. */
  public String timelineJson(Article article, Timeline timeline) {
    return JsonText.write(TimelineJson.of(article, timeline));
  }

  /** The site's front page, listing every article. */
  public String index(List<IndexEntry> entries, String theme) {
    Context context = context(theme, "");
    context.setVariable("entries", entries);
    context.setVariable("head", new PageHead("Annotated articles", SITE_DESCRIPTION, "website",
        SITE_NAME, baseUrl == null ? null : baseUrl.page("")));
    return engine(theme).process("index", context);
  }

  private static Context context(String theme, String root) {
    Context context = new Context(java.util.Locale.ENGLISH);
    context.setVariable("theme", theme);
    context.setVariable("root", root);
    return context;
  }

  private TemplateEngine engine(String theme) {
    TemplateEngine engine = engines.get(theme);
    if (engine == null) {
      throw new IllegalArgumentException("no theme named '" + theme + "'; themes are "
          + String.join(", ", engines.keySet().stream().sorted().toList()));
    }
    return engine;
  }

  /** schema.org {@code NewsArticle} data for an article's page. */
  static final class NewsArticleJsonLd {
    private NewsArticleJsonLd() {
    }

    static Map<String, Object> of(ArticlePage page, @Nullable String canonical) {
      ArticleMeta meta = page.meta();
      String description = page.description();
      Map<String, Object> ld = new LinkedHashMap<>();
      ld.put("@context", "https://schema.org");
      ld.put("@type", "NewsArticle");
      ld.put("headline", meta.title());
      ld.put("description", description);
      if (canonical != null) {
        ld.put("url", canonical);
      }
      if (meta.author() != null) {
        ld.put("author", typed("Person", meta.author()));
      }
      if (meta.publication() != null) {
        ld.put("publisher", typed("Organization", meta.publication()));
      }
      if (meta.date() != null) {
        ld.put("datePublished", meta.date().toString());
      }
      if (meta.publicationYear() != null) {
        ld.put("copyrightYear", meta.publicationYear());
      }
      if (meta.copyright() != null) {
        ld.put("copyrightNotice", meta.copyright());
      }
      List<Object> quotations = new ArrayList<>();
      for (Quote quote : page.annotations().quotes()) {
        if (quote.kind() == QuoteKind.SCARE) {
          continue;
        }
        Map<String, Object> quotation = new LinkedHashMap<>();
        quotation.put("@type", "Quotation");
        quotation.put("@id", "#" + quote.id());
        quotation.put("text", quote.text());
        if (quote.speaker().isKnown()) {
          quotation.put("creator", typed(quote.speaker().type() == SpeakerType.PERSON ? "Person"
              : quote.speaker().type() == SpeakerType.ORGANIZATION ? "Organization"
              : "CreativeWork", quote.speaker().name()));
        }
        quotations.add(quotation);
      }
      if (!quotations.isEmpty()) {
        ld.put("hasPart", quotations);
      }
      return ld;
    }

    /** A typed schema.org node; ordered so that the page's bytes never depend on hashing. */
    static Map<String, Object> typed(String type, String name) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("@type", type);
      node.put("name", name);
      return node;
    }
  }
}
