/** The {@code gloss} command line: a thin layer of picocli commands over {@link dev.gloss.site}. */
@NullMarked
package dev.gloss.cli;

import org.jspecify.annotations.NullMarked;
