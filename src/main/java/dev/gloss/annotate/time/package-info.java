/**
 * Date and time expressions in news prose: found with rules, normalised to TIMEX3-style values
 * against the article's date with {@code java.time}, and checked for weekdays that contradict
 * their dates.
 */
@NullMarked
package dev.gloss.annotate.time;

import org.jspecify.annotations.NullMarked;
