package dev.gloss.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every page Gloss writes must satisfy whatever its input: no element named
 * {@code gloss-marker} (the tracer the hostile corpus and the fuzzers put in the input), no script
 * but the JSON-LD (which must parse), no event handler, and no URL but http, https, mailto or
 * relative.
 */
public final class PageSafety {

  /** The tag name inputs carry to show whether their markup survives. */
  public static final String MARKER = "gloss-marker";
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageSafety() {
  }

  /**
   * Fails if the page carries markup, script or a link that came from the input.
   *
   * @param what the page's name, for messages
   * @param html the page
   */
  public static void assertSafe(String what, String html) throws IOException {
    Document page = Jsoup.parse(html);
    assertTrue(page.select(MARKER).isEmpty(), () -> what + " has a tracer element");
    for (Element script : page.select("script")) {
      assertEquals("application/ld+json", script.attr("type"), what + ": " + script);
      assertNotNull(JSON.readTree(script.data()), "the JSON-LD parses");
    }
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertFalse(attribute.getKey().startsWith("on"), () -> what + ": " + element);
        if (List.of("href", "src", "action", "formaction", "cite").contains(attribute.getKey())) {
          assertTrue(isSafeUrl(attribute.getValue()), () -> what + ": " + element);
        }
      }
    }
  }

  /**
   * Whether a URL is http, https, mailto or relative. A URL whose first colon comes after a slash,
   * {@code ?} or {@code #} has no scheme; a protocol-relative one ({@code //host/x}) is http or
   * https, whichever the page was loaded with.
   */
  static boolean isSafeUrl(String url) {
    // Browsers drop tabs and newlines anywhere in a URL and spaces around it.
    String lower = url.replaceAll("[\\t\\n\\r]", "").strip().toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    boolean relative = colon < 0 || before(lower, '/', colon) || before(lower, '?', colon)
        || before(lower, '#', colon);
    return relative || lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }

  private static boolean before(String text, char c, int index) {
    int at = text.indexOf(c);
    return at >= 0 && at < index;
  }
}
