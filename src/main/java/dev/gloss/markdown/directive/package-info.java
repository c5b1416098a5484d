/**
 * A flexmark extension for Gloss's inline directives, the editable markup of annotations in Gloss
 * Markdown: {@code :quote[words]{#q1 by="Niko Felix"}}, {@code :claim[...]{#c1 type=figure}} and
 * {@code :date[...]{#d1 value=2024-11-21}}, after CommonMark generic directives. Anything that is
 * not a well-formed directive with a known name stays literal text.
 */
@NullMarked
package dev.gloss.markdown.directive;

import org.jspecify.annotations.NullMarked;
