/**
 * Stage 4: puts articles into themed Thymeleaf layouts. Only HTML produced by flexmark is inserted
 * unescaped; everything else goes through {@code th:text}.
 */
@NullMarked
package dev.gloss.render;

import org.jspecify.annotations.NullMarked;
