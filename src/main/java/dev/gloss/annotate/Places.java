package dev.gloss.annotate;

import dev.gloss.nlp.DataLines;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a place from a named actor by the words around it, since places are not entities: "in
 * Leeds", "from Montana", "the people of Ostmark", "outside the Capitol", the state of a dateline
 * ("HARTWELL, Ohio —") and a country whose people the text names ("Kestonia" beside "Kestonian
 * scientists"). A place keeps its status wherever else it appears: "Kestonia would vote against
 * it" is still the country.
 */
final class Places {

  /** Where a place follows; "in the Senate" is an institution, so "in" takes no article. */
  private static final Pattern BEFORE = Pattern.compile(
      "(?:\\b(?:in|from|across|people of)|\\b(?:outside|inside|near)\\s+the)\\s+$");
  /** "Shares in Tallis Grain" is a company. */
  private static final Pattern HOLDING = Pattern.compile(
      "\\b(?:shares|stake|stock|stocks|invested|investment|investments|jobs|role|work)\\s+in\\s+$");
  private static final Pattern SECURITY_AFTER = Pattern.compile("^\\s+(?:stock|shares)\\b");
  /** "HARTWELL, Ohio —": the city in capitals, then its state, then the dash. */
  private static final Pattern DATELINE_BEFORE = Pattern.compile("(?:^|\\n)\\p{Lu}[\\p{Lu} .'-]+,\\s+$");
  private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*[\u2014\u2013-]");
  /** "Kestonia"/"Kestonian", "Drevland"/"Drevish": what is left for the people's adjective. */
  private static final Pattern COUNTRY_ENDING = Pattern.compile("(?:ia|a|land|stan)$");

  private static final Pattern DEMONYM_ENDING = Pattern.compile("(?:ian|ean|ish|ese|ican)$");
  private static final Pattern SPEECH = Pattern.compile(
      "(?:said|says|told|added|wrote|asked|replied|argued|warned|insisted|is|was|has|had)\\W*");

  /** "Eureka County", "Kent County": a county is where, though "county" also names a council. */
  private static final Pattern COUNTY = Pattern.compile("(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,3}County");
  /** Countries, regions and cities by name ({@code places.txt}). */
  private static final Set<String> KNOWN = Set.copyOf(DataLines.all(Places.class, "places.txt"));
  /** "a former mayor of Fresno", "the people of Ostmark": what comes after is a place. */
  private static final Pattern PLACE_OF = Pattern.compile("\\b(?:mayor|governor|city|town|"
      + "village|state|province|county|suburb|outskirts|capital|streets|residents|people|"
      + "north|south|east|west|centre|center)\\s+of\\s+$");

  private Places() {
  }

  /** Whether the name is a country, region or city Gloss knows: "Fresno", "Bay Area". */
  static boolean isKnown(String name) {
    return KNOWN.contains(name);
  }

  /**
   * Whether the name at this position of the text is a place.
   *
   * @param text the article body
   * @param name the name as cleaned
   * @param start where the name's run starts in the text
   * @param end where it ends
   * @param demonymInText whether the text uses the adjective of a name's people
   *     ({@link #hasDemonym}), which callers asking often may remember
   */
  static boolean isPlace(String text, String name, int start, int end,
      Predicate<String> demonymInText) {
    if (isKnown(name) || COUNTY.matcher(name).matches()) {
      return true;
    }
    if (Organisations.isOrganisation(name)) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 40), start);
    String after = text.substring(end, Math.min(text.length(), end + 12));
    if (isKnown(name) || PLACE_OF.matcher(before).find()) {
      return true;
    }
    if (BEFORE.matcher(before).find() && !HOLDING.matcher(before).find()
        && !SECURITY_AFTER.matcher(after).find()) {
      return true;
    }
    if (DATELINE_BEFORE.matcher(before).find() && DATELINE_AFTER.matcher(after).find()) {
      return true;
    }
    return demonymInText.test(name);
  }

  /**
   * Whether a word is a people's adjective ("American people", "Kestonian scientists"): it ends
   * like one, is followed by a lowercase word, and never by a verb or the end of a clause.
   */
  static boolean isDemonym(String text, String word) {
    if (word.contains(" ") || !DEMONYM_ENDING.matcher(word).find()) {
      return false;
    }
    Matcher after = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word)
        + "(?![\\p{L}\\p{N}])(\\s+\\S+)?").matcher(text);
    boolean found = false;
    while (after.find()) {
      String next = after.group(1) == null ? "" : after.group(1).strip();
      if (next.isEmpty() || SPEECH.matcher(next).matches()) {
        return false;
      }
      // "Kestonian Ministry of Fisheries": inside a longer name, which is judged on its own.
      found |= Character.isLowerCase(next.charAt(0));
    }
    return found;
  }

  /** Whether the text calls something by the adjective of this country's people. */
  static boolean hasDemonym(String text, String name) {
    if (name.contains(" ") || name.length() < 5) {
      return false;
    }
    String stem = COUNTRY_ENDING.matcher(name).replaceFirst("");
    if (stem.length() < 3) {
      return false;
    }
    return Pattern.compile("\\b(?:" + Pattern.quote(name) + "n|" + Pattern.quote(stem)
        + "(?:ian|ish|ese|i))\\s+\\p{L}").matcher(text).find();
  }
}
