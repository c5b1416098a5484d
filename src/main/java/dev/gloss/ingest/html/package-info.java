/**
 * Stage 1 for saved web pages ({@code .html}, {@code .htm}): reads the page's own metadata
 * (schema.org JSON-LD, Open Graph and other meta tags, then the markup), turns what a reader sees
 * of the page into the text a person would copy from it, and lets
 * {@link dev.gloss.ingest.TextIngester} find the article in that text, so that one set of wrapper
 * rules serves scrapes and saved pages alike. {@link dev.gloss.ingest.html.HtmlIngester} is the
 * front door; the rest is its parts.
 */
@NullMarked
package dev.gloss.ingest.html;

import org.jspecify.annotations.NullMarked;
