/**
 * Wires the stages together and writes a whole site atomically. The only package that imports the
 * stages.
 */
@NullMarked
package dev.gloss.site;

import org.jspecify.annotations.NullMarked;
