package dev.gloss.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD blocks of a page as one set of nodes: each object at the top of a block,
 * in a top-level array, in an {@code @graph}, or a page's {@code mainEntity}; and a node that is
 * only a reference (<code>{"@id": "#author"}</code>) resolved to the node it names, in any block.
 *
 * <p>Publishers' JSON is not always strict: raw line breaks inside strings, a trailing comma, a
 * comment, or an HTML comment or CDATA wrapper around the block are read anyway, as search
 * engines read them. A block that still does not parse is reported, not fatal: the page's other
 * tags then say what it would have.
 */
final class JsonLdGraph {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  private static final Pattern WRAPPER = Pattern.compile(
      "^\\s*(?://\\s*)?(?:<!--|<!\\[CDATA\\[)|(?://\\s*)?(?:-->|]]>)\\s*$");
  /** How deep {@code @graph} and {@code mainEntity} nest before a page is only being hostile. */
  private static final int MAX_DEPTH = 4;
  private static final int MAX_REASON = 120;

  private final List<JsonNode> nodes = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private JsonLdGraph() {
  }

  /** The JSON-LD of a page, read before its scripts are removed. */
  static JsonLdGraph of(Document page) {
    JsonLdGraph graph = new JsonLdGraph();
    int block = 0;
    for (Element script : page.select("script[type]")) {
      String type = script.attr("type").split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (!type.equals("application/ld+json")) {
        continue;
      }
      block++;
      try {
        graph.add(JSON.readTree(WRAPPER.matcher(script.data()).replaceAll("")), 0);
      } catch (JsonProcessingException e) {
        graph.problems.add("its JSON-LD block " + block + " is not valid JSON (" + reason(e)
            + ") and was left out");
      }
    }
    return graph;
  }

  /** The parser's first line, cut short: it may quote a long stretch of the page. */
  private static String reason(JsonProcessingException e) {
    String line = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
    return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "\u2026";
  }

  /** Every node, in page order. */
  List<JsonNode> nodes() {
    return nodes;
  }

  /** What went wrong reading the blocks, one sentence each. */
  List<String> problems() {
    return problems;
  }

  /** The node a reference names, or the node itself when it is more than a reference. */
  JsonNode resolve(JsonNode node) {
    if (node.isObject() && node.size() == 1 && node.has("@id")) {
      return byId.getOrDefault(node.get("@id").asText(), node);
    }
    return node;
  }

  private void add(JsonNode node, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> add(item, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    nodes.add(node);
    JsonNode id = node.get("@id");
    if (id != null && id.isTextual() && node.size() > 1) {
      byId.putIfAbsent(id.asText(), node);
    }
    add(node.get("@graph"), depth + 1);
    JsonNode main = node.get("mainEntity");
    if (main != null && main.isObject() && main.size() > 1) {
      add(main, depth + 1);
    }
  }
}
