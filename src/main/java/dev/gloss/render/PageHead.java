package dev.gloss.render;

import org.jspecify.annotations.Nullable;

/**
 * What the layout's {@code <head>} says about a page to search engines and link previews: the
 * meta description, the canonical link, Open Graph and the Twitter card.
 *
 * @param title the page's own title, without the site's or publication's name
 * @param description a sentence or two about the page, plain text
 * @param type the Open Graph type: {@code article} or {@code website}
 * @param siteName who published it (the article's publication), if known
 * @param canonicalUrl the page's absolute address, when the site's base URL is known
 */
public record PageHead(String title, String description, String type, @Nullable String siteName,
    @Nullable String canonicalUrl) {
}
