package dev.gloss.model;

/**
 * A number an article states, for the key-figures box.
 *
 * @param id the item's id on the page ({@code fig2})
 * @param number the number as written ("300", "$1.2 billion", "40%")
 * @param counts what it counts, from the words around it ("artists"), or empty when the text leaves
 *     it unclear
 * @param sourceId the id of the claim mark the number was read from
 * @param sentence the claim's sentence
 */
public record KeyFigure(String id, String number, String counts, String sourceId, String sentence) {
}
