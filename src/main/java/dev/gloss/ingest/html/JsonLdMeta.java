package dev.gloss.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.model.Caption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * What a page's schema.org article node says: {@code headline}, {@code author} (names, people or
 * organisations, references), {@code datePublished}, {@code publisher}'s name and the lead
 * {@code image}'s caption and credit. A news type ({@code NewsArticle},
 * {@code ReportageNewsArticle}...) wins over a generic one ({@code Article}, {@code BlogPosting}),
 * which a page may also carry for its site or its teasers.
 */
final class JsonLdMeta {

  private static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "ReportageNewsArticle",
      "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
      "AskPublicNewsArticle");
  private static final Set<String> ARTICLE_TYPES = Set.of("Article", "BlogPosting",
      "LiveBlogPosting", "Report", "SatiricalArticle", "ScholarlyArticle", "TechArticle",
      "AdvertiserContentArticle");
  private static final Pattern SCHEMA_PREFIX =
      Pattern.compile("^(?:schema:|https?://schema\\.org/)");
  private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final JsonLdGraph graph;

  private JsonLdMeta(JsonLdGraph graph) {
    this.graph = graph;
  }

  /**
   * The article's metadata as its JSON-LD gives it.
   *
   * @param graph the page's JSON-LD
   * @return the fields it gives; {@link PageMeta#NONE} when it has no article node
   */
  static PageMeta read(JsonLdGraph graph) {
    JsonNode article = article(graph);
    return article == null ? PageMeta.NONE : new JsonLdMeta(graph).meta(article);
  }

  /**
   * The article's text as its JSON-LD gives it ({@code articleBody}): what a page built by
   * JavaScript, saved before the script ran, still carries for search engines.
   *
   * @param graph the page's JSON-LD
   * @return the text, or null when the article node has none
   */
  static @Nullable String articleBody(JsonLdGraph graph) {
    JsonNode article = article(graph);
    JsonNode body = article == null ? null : article.get("articleBody");
    if (body == null || !body.isTextual() || body.asText().isBlank()) {
      return null;
    }
    return Parser.unescapeEntities(body.asText(), false).strip();
  }

  private static @Nullable JsonNode article(JsonLdGraph graph) {
    JsonNode article = find(graph, NEWS_TYPES);
    return article != null ? article : find(graph, ARTICLE_TYPES);
  }

  private static @Nullable JsonNode find(JsonLdGraph graph, Set<String> types) {
    for (JsonNode node : graph.nodes()) {
      for (JsonNode type : items(node.get("@type"))) {
        if (types.contains(SCHEMA_PREFIX.matcher(type.asText()).replaceFirst(""))) {
          return node;
        }
      }
    }
    return null;
  }

  private PageMeta meta(JsonNode article) {
    String title = text(article.get("headline"));
    List<String> authors = new ArrayList<>();
    for (JsonNode author : items(article.get("author"))) {
      String name = name(author);
      if (name != null && !name.startsWith("http")) {
        authors.add(BY.matcher(name).replaceFirst(""));
      }
    }
    String published = text(article.get("datePublished"));
    LocalDate date = published == null ? null : PublishedDate.parse(published).orElse(null);
    return new PageMeta(title != null ? title : text(article.get("name")),
        PageMeta.names(authors), first(article.get("publisher")), date,
        caption(article.get("image")));
  }

  /** The first picture that has a caption, with its credit if the picture names one. */
  private @Nullable Caption caption(@Nullable JsonNode images) {
    for (JsonNode item : items(images)) {
      JsonNode image = graph.resolve(item);
      String caption = text(image.get("caption"));
      if (caption != null) {
        String credit = text(image.get("creditText"));
        for (String field : List.of("copyrightHolder", "creator", "author")) {
          credit = credit != null ? credit : first(image.get(field));
        }
        return new Caption(caption, credit);
      }
    }
    return null;
  }

  /** The name of the first thing a property names. */
  private @Nullable String first(@Nullable JsonNode value) {
    for (JsonNode item : items(value)) {
      String name = name(item);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** A thing's name: the string itself, its {@code name}, or a person's given and family names. */
  private @Nullable String name(JsonNode value) {
    JsonNode node = graph.resolve(value);
    if (!node.isObject()) {
      return text(node);
    }
    String name = text(node.get("name"));
    if (name == null && node.has("familyName")) {
      String full = node.path("givenName").asText("") + " " + node.path("familyName").asText("");
      name = full.isBlank() ? null : SPACE.matcher(full.strip()).replaceAll(" ");
    }
    return name;
  }

  /** A property's values: the items of an array, or the value alone. */
  private static List<JsonNode> items(@Nullable JsonNode value) {
    List<JsonNode> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(items::add);
    } else if (value != null && !value.isNull()) {
      items.add(value);
    }
    return items;
  }

  /**
   * A string value with HTML entities decoded (some publishing systems write "&amp;#8217;" in
   * their JSON) and white space folded; anything else, or a blank, is no value. Markup in the
   * string stays as written: it is the article's text, shown as text.
   */
  private static @Nullable String text(@Nullable JsonNode value) {
    JsonNode node = value != null && value.isArray() && !value.isEmpty() ? value.get(0) : value;
    if (node == null || !node.isTextual()) {
      return null;
    }
    String text = SPACE.matcher(Parser.unescapeEntities(node.asText(), false)).replaceAll(" ")
        .strip();
    return text.isEmpty() ? null : text;
  }
}
