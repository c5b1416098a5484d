package dev.gloss.render;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address the site is published at, such as {@code https://example.github.io/gloss/}: what
 * canonical links and Open Graph URLs are made from. Without one, pages carry neither, since a
 * guessed address would be worse than none.
 *
 * <pre>{@code
 * BaseUrl.parse("https://example.org/gloss").page("my-article/")  // https://example.org/gloss/my-article/
 * }</pre>
 *
 * @param uri an absolute http or https address whose path ends with a slash
 */
public record BaseUrl(URI uri) {

  public BaseUrl {
    if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null || !uri.getPath().endsWith("/") || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new IllegalArgumentException("base URL '" + uri + "' is not an absolute http(s)"
          + " address of a folder, such as https://example.org/gloss/");
    }
  }

  /**
   * Reads a base URL as a person types it; a missing final slash is added, because the site is a
   * folder and resolving against {@code .../gloss} would drop {@code gloss}.
   *
   * @throws IllegalArgumentException when the text is no absolute http(s) address
   */
  public static BaseUrl parse(String text) {
    String folder = text.endsWith("/") ? text : text + "/";
    try {
      return new BaseUrl(new URI(folder));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base URL '" + text + "' is not a URL: " + e.getReason());
    }
  }

  /** The absolute address of a path relative to the site's root, such as {@code slug/}. */
  public String page(String relative) {
    return uri.resolve(relative).toString();
  }
}
