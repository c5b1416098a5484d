package dev.gloss.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The last check on an article body's HTML before it goes into a page unescaped: links and other
 * URL attributes may only be http, https, mailto or relative (jsoup's {@link Safelist} protocol
 * check decides), and no script, event handler or embedding survives.
 *
 * <p>flexmark already escapes raw HTML and suppresses {@code javascript:} links, but only in lower
 * case and not {@code data:} or {@code vbscript:}; this is the one place every body passes through,
 * whatever made it. The markup the body's renderer chose (paragraph ids, directive classes) is kept
 * as it is, and a clean body keeps its exact bytes.
 */
final class BodyHtmlPolicy {

  /** A base to resolve relative URLs against, so that jsoup can tell them from other schemes. */
  private static final String BASE = "https://gloss.invalid/site/article/";
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action",
      "formaction", "poster", "background", "longdesc", "usemap", "xlink:href", "data", "srcset",
      "ping", "manifest", "codebase");
  private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "iframe",
      "frame", "frameset", "object", "embed", "applet", "base", "link", "meta", "form", "input",
      "button", "textarea", "select", "svg", "math", "template", "noscript");
  private static final Safelist LINKS = new Safelist()
      .addAttributes(":all", "href", "src", "cite")
      .addProtocols(":all", "href", "http", "https", "mailto")
      .addProtocols(":all", "src", "http", "https")
      .addProtocols(":all", "cite", "http", "https")
      .preserveRelativeLinks(true);

  private BodyHtmlPolicy() {
  }

  /**
   * The body with whatever the policy forbids taken out.
   *
   * @param html the body's HTML
   * @return {@code html} itself when nothing was forbidden, else the cleaned HTML
   */
  static String clean(String html) {
    if (html.indexOf('<') < 0) {
      return html;
    }
    Document document = Jsoup.parseBodyFragment(html, BASE);
    boolean changed = false;
    for (Element element : document.body().getAllElements()) {
      if (FORBIDDEN_ELEMENTS.contains(element.normalName())) {
        element.remove();
        changed = true;
        continue;
      }
      List<String> remove = new ArrayList<>();
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")
            || (URL_ATTRIBUTES.contains(key) && !isSafeUrl(element, attribute))) {
          remove.add(attribute.getKey());
        }
      }
      remove.forEach(element::removeAttr);
      changed |= !remove.isEmpty();
    }
    if (!changed) {
      return html;
    }
    document.outputSettings().prettyPrint(false);
    return document.body().html();
  }

  private static boolean isSafeUrl(Element element, Attribute attribute) {
    String key = attribute.getKey().toLowerCase(Locale.ROOT);
    if (!key.equals("href") && !key.equals("src") && !key.equals("cite")) {
      return false; // nothing Gloss makes uses the rarer URL attributes
    }
    // With relative links preserved, the check resolves the URL against BASE but changes nothing.
    return LINKS.isSafeAttribute(element.normalName(), element, attribute);
  }
}
