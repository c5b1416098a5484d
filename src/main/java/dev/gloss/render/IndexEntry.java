package dev.gloss.render;

import dev.gloss.model.ArticleMeta;

/**
 * One article as the site's index lists it.
 *
 * @param meta the article's metadata
 * @param href the relative link to its page from the site's root
 */
public record IndexEntry(ArticleMeta meta, String href) {
}
