package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article's writers in the lines above its body: an explicit byline first ("By ...",
 * "Author: ...", or a lone "Author:" label over the names), else a line of bare names, looked for
 * first below the headline (where most sites put it) and then just above it.
 */
final class AuthorFinder {

  /** How far above the headline a line of bare names may stand and be its writers'. */
  private static final int MAX_LINES_ABOVE_TITLE = 2;

  private AuthorFinder() {
  }

  /**
   * The index of the explicit byline nearest the body, or -1. Captions are never bylines, though
   * "Photo by" has the word.
   */
  static int bylineIndex(List<SourceLine> header, List<LineKind> kinds) {
    for (int i = header.size() - 1; i >= 0; i--) {
      if (explicitAt(header, kinds, i).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The writers' names.
   *
   * @param header the lines above the body
   * @param kinds their kinds, same indices
   * @param titleIndex the headline's index in {@code header}
   * @param publication the outlet's name, which is never an author and is cut from the end of a
   *     byline that runs into it ("By Jane Doe Meridian Press"); null when unknown
   * @return the names as the page prints them, or null when the page names no writer
   */
  static @Nullable String find(List<SourceLine> header, List<LineKind> kinds, int titleIndex,
      @Nullable String publication) {
    String found = null;
    for (int i = 0; i < header.size() && found == null; i++) {
      found = explicitAt(header, kinds, i).orElse(null);
    }
    for (int i : belowThenAbove(titleIndex, header.size())) {
      if (found != null) {
        break;
      }
      String text = header.get(i).text();
      if (kinds.get(i) == LineKind.OTHER && !text.equalsIgnoreCase(publication)
          && !isLabelledValue(header, i)) {
        found = Byline.bareNames(text).orElse(null);
      }
    }
    return found == null ? null : withoutPublication(found, publication);
  }

  private static Optional<String> explicitAt(List<SourceLine> header, List<LineKind> kinds,
      int i) {
    if (kinds.get(i) == LineKind.CAPTION) {
      return Optional.empty();
    }
    String text = header.get(i).text();
    if (i + 1 < header.size() && Byline.isLabelAlone(text)) {
      return Byline.bareNames(header.get(i + 1).text());
    }
    return Byline.explicit(text);
  }

  /**
   * Whether the line is the value right under a label such as "Source:", "Date:" or "News
   * provided by": what the label says it is, not a byline (author labels are read as bylines
   * before this is asked) nor a headline. A blank line parts a label ("Supported by", over an
   * advert) from what follows.
   */
  static boolean isLabelledValue(List<SourceLine> header, int i) {
    return i > 0 && !header.get(i).blankBefore() && header.get(i - 1).isLabel()
        && header.get(i - 1).words() <= 3;
  }

  /**
   * Whether the line is a writer's job title set right under a line of names ("Émilie Robichaud"
   * over "Legislative Bureau Chief"): the byline's, not a headline.
   */
  static boolean isWritersRole(List<SourceLine> header, int i) {
    return i > 0 && !header.get(i).blankBefore() && Byline.isJobTitle(header.get(i).text())
        && Byline.bareNames(header.get(i - 1).text()).isPresent();
  }

  private static List<Integer> belowThenAbove(int titleIndex, int size) {
    List<Integer> order = new ArrayList<>();
    for (int i = titleIndex + 1; i < size; i++) {
      order.add(i);
    }
    // A name far above the headline is a menu's ("Trending Topics"); an aggregator that puts the
    // writer above the headline puts the name right over it.
    for (int i = titleIndex - 1; i >= 0 && i >= titleIndex - MAX_LINES_ABOVE_TITLE; i--) {
      order.add(i);
    }
    return order;
  }

  private static String withoutPublication(String names, @Nullable String publication) {
    if (publication == null) {
      return names;
    }
    String lowerNames = names.toLowerCase(Locale.ROOT);
    String lowerPublication = publication.toLowerCase(Locale.ROOT);
    if (lowerNames.endsWith(" " + lowerPublication)) {
      return names.substring(0, names.length() - publication.length()).strip();
    }
    return names;
  }
}
