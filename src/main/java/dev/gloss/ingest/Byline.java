package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds authors' names in a header line: "By Jane Doe", "Posted on 12 June 2023 by Alex Kim", "By
 * JANE DOE and JOHN ROE", "By state political reporter Jane Doe", "Von Jana Köhler", a label
 * ("Author: Jane Doe"), a bare name ("M.B. Mack"), or a name with a role ("Farah Haddad, Senior
 * Correspondent"), of which only the names are kept; and tells a job title alone on its line.
 */
final class Byline {

  private static final String NAME_TOKEN =
      "(?:\\p{Lu}\\.(?:\\s?\\p{Lu}\\.){0,2}|\\p{Lu}[\\p{L}'\u2019]*(?:-\\p{L}[\\p{L}'\u2019]+)?"
          + "|de|da|del|van|von|der|den|la|le|al|bin|el|du|dos|di)";
  private static final String NAME = NAME_TOKEN + "(?:\\s+" + NAME_TOKEN + "){1,3}";
  private static final String SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)";
  private static final String NAMES = NAME + "(?:" + SEPARATOR + NAME + ")*";
  private static final Pattern BARE_NAMES = Pattern.compile("^(" + NAMES + ")$");
  private static final Pattern SPLIT_NAMES = Pattern.compile(SEPARATOR);
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  /** What parts a line of fields: "Jane Doe · CNB News · Posted: ...", "Jane Doe | Sep 4". */
  private static final Pattern FIELD = Pattern.compile("\\s+[\u00b7|\u2022]\\s+");
  /** The outlet a byline ends with: "By Jane Doe, Consumer Reporter for The Daily Heraldry". */
  private static final Pattern FOR_OUTLET = Pattern.compile("\\s(?i:for)\\s+((?i:the\\s+)?"
      + "\\p{Lu}[\\p{L}&.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}&.'\u2019-]*){0,4})$");
  private static final int MAX_OUTLET_WORDS = 5;
  private static final int MAX_ROLE_WORDS = 4;
  private static final Pattern BY = Pattern.compile("(?:^|\\s)(?i:by)\\s*:?\\s+(" + NAMES + ")");
  /**
   * Words that name a writer's job. A job title ends with one ("Legislative Bureau Chief",
   * "Senior Political Correspondent"), and a byline may set one between "By" and the name.
   */
  private static final Set<String> ROLE_WORDS = Set.of("correspondent", "editor", "reporter",
      "writer", "columnist", "contributor", "producer", "analyst", "chief", "journalist",
      "critic", "photographer");
  private static final String ROLE_WORD = "(?:" + String.join("|", new TreeSet<>(ROLE_WORDS))
      + ")s?";
  /**
   * "By state political reporter Jane Doe", "By our science correspondent Ann Roe": the writer's
   * job in lower case between "By" and the name, as some broadcasters print it.
   */
  private static final Pattern BY_ROLE = Pattern.compile(
      "^(?i:by)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}?" + ROLE_WORD + "\\s+(" + NAMES + ")");
  /**
   * "Von Jana Köhler": a byline word of another language ({@code byline-words.txt}) at the start
   * of the line, then a capitalised name.
   */
  private static final Pattern BY_ABROAD = Pattern.compile("^(?i:"
      + PhraseList.load("byline-words.txt", true).alternation("") + ")\\s+(?=\\p{Lu})(" + NAMES
      + ")");
  private static final int MAX_JOB_TITLE_WORDS = 8;
  private static final Pattern ROLE_WORD_ALONE = Pattern.compile(ROLE_WORD);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]$");
  /** A label that says the names after it are the writers': "Author: Jane Doe", "Words: ...". */
  private static final String AUTHOR_LABEL =
      "(?i:authors?|written\\s+by|words(?:\\s+by)?|reporters?|text(?:\\s+by)?)";
  private static final Pattern LABELLED =
      Pattern.compile("^" + AUTHOR_LABEL + "\\s*:\\s*(" + NAMES + ")");
  private static final Pattern LABEL_ALONE =
      Pattern.compile("^(?:" + AUTHOR_LABEL + "|(?i:by))\\s*:?$");
  /**
   * Words that make a line a job title, a section name, an outlet or an organisation, not a
   * person.
   */
  private static final Set<String> NOT_NAME_WORDS = Set.of("correspondent", "editor", "reporter",
      "writer", "staff", "columnist", "contributor", "producer", "analyst", "senior", "chief",
      "journalist", "critic", "photographer", "news", "times", "press", "daily", "review", "ledger",
      "tribune", "post", "journal", "herald", "dispatch", "gazette", "courier", "observer",
      "chronicle", "sentinel", "magazine", "weekly", "media", "group", "sport", "sports",
      "business", "politics", "opinion", "world", "local", "home", "health", "culture", "menu",
      "search", "more", "live", "follow", "the", "and", "issue", "edition", "archive", "university",
      "institute", "college", "school", "council", "department", "ministry", "agency",
      "association", "society", "foundation", "company", "hospital", "police", "authority",
      "commission", "committee", "office", "service");

  private Byline() {
  }

  /**
   * The authors named by "By ...", an author label, or a name set first in a line of fields
   * that dates the article ("Jane Doe · CNB News · Posted: Sep 04, 2025"), if the line has them.
   */
  static Optional<String> explicit(String line) {
    Optional<String> labelled = labelled(line);
    if (labelled.isPresent()) {
      return labelled;
    }
    Optional<String> by = byPrefix(line);
    if (by.isPresent()) {
      return by;
    }
    String[] fields = FIELD.split(line, 2);
    return fields.length == 2 && DateLine.find(fields[1]).isPresent()
        ? bareNames(fields[0].strip()) : Optional.empty();
  }

  /**
   * The outlet a byline names besides its writers: the field after the names ("Jane Doe · CNB
   * News · Posted: ...") or the words after a closing "for" ("By Jane Doe for The Daily
   * Heraldry").
   *
   * @param byline a line that {@link #explicit} reads names from
   */
  static Optional<String> outlet(String byline) {
    String[] fields = FIELD.split(byline);
    if (fields.length >= 3 && bareNames(fields[0].strip()).isPresent()) {
      String field = fields[1].strip();
      boolean name = field.split("\\s+").length <= MAX_OUTLET_WORDS
          && DateLine.find(field).isEmpty() && Character.isUpperCase(field.codePointAt(0));
      return name ? Optional.of(field) : Optional.empty();
    }
    Matcher matcher = FOR_OUTLET.matcher(byline);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The authors named by "By ..." on this line, if it has them. */
  static Optional<String> byPrefix(String line) {
    Optional<String> names = namesAfter(BY.matcher(line));
    names = names.isPresent() ? names : namesAfter(BY_ROLE.matcher(line));
    return names.isPresent() ? names : namesAfter(BY_ABROAD.matcher(line));
  }

  /**
   * Whether the line is a job title alone ("Legislative Bureau Chief", "Chef du bureau législatif
   * / Legislative Bureau Chief"): a few words, no sentence, ending with a word for a writer's job,
   * as the head noun of an English job title stands last.
   */
  static boolean isJobTitle(String line) {
    String[] words = line.strip().split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return words.length <= MAX_JOB_TITLE_WORDS && !SENTENCE_END.matcher(line).find()
        && ROLE_WORD_ALONE.matcher(last).matches();
  }

  /** The authors named after a label such as "Author:" on this line, if it has them. */
  static Optional<String> labelled(String line) {
    return namesAfter(LABELLED.matcher(line));
  }

  /** Whether the line is only a label ("Author:", "By") whose names stand on the next line. */
  static boolean isLabelAlone(String line) {
    return LABEL_ALONE.matcher(line).matches();
  }

  /**
   * The names on a line that holds nothing but one or more people's names, perhaps followed by a
   * comma and a role.
   */
  static Optional<String> bareNames(String line) {
    var matcher = BARE_NAMES.matcher(line);
    if (matcher.matches() && !hasNonNameWord(matcher.group(1))) {
      return Optional.of(matcher.group(1));
    }
    // "Farah Haddad, Senior Correspondent": the part after the last comma may be a role.
    int comma = line.lastIndexOf(',');
    if (comma > 0 && line.substring(comma + 1).strip().split("\\s+").length <= MAX_ROLE_WORDS) {
      return bareNames(line.substring(0, comma).strip());
    }
    return Optional.empty();
  }

  /** Each person's name in a list such as "Jane Doe, John Roe and Ana Diaz". */
  static List<String> split(String names) {
    List<String> people = new ArrayList<>();
    for (String name : SPLIT_NAMES.split(names)) {
      if (!name.isBlank()) {
        people.add(name.strip());
      }
    }
    return people;
  }

  private static Optional<String> namesAfter(Matcher matcher) {
    if (!matcher.find()) {
      return Optional.empty();
    }
    String names = withoutRoles(matcher.group(1).replaceAll("[\\s,]+$", ""));
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /**
   * Cuts the list at the first part after a comma that is not a person ("Anjali Raghavan, Senior
   * Correspondent", "Jane Doe, Associated Press"): what follows a role is not a writer either,
   * unless the list goes on with "and" ("Jane Doe, Open Ledger, and Ana Diaz, The Sentinel", a
   * story two outlets publish together). An outlet glued to a name without a comma ("By Jane Doe
   * Meridian Press") is left for the caller, who knows the outlet's name.
   */
  private static String withoutRoles(String names) {
    String[] parts = COMMA.split(names);
    StringBuilder kept = new StringBuilder(parts[0]);
    boolean dropped = false;
    boolean afterRole = false;
    for (int i = 1; i < parts.length; i++) {
      boolean goesOn = parts[i].startsWith("and ");
      if (hasNonNameWord(SPLIT_NAMES.split(parts[i])[0])) {
        dropped = true;
        afterRole = true;
      } else if (afterRole && !goesOn) {
        break;
      } else {
        kept.append(goesOn ? " " : ", ").append(parts[i]);
        afterRole = false;
      }
    }
    return dropped ? kept.toString().strip() : names;
  }

  private static boolean hasNonNameWord(String names) {
    for (String word : names.toLowerCase(Locale.ROOT).split("[\\s,&]+")) {
      if (NOT_NAME_WORDS.contains(word) && !word.equals("and")) {
        return true;
      }
    }
    return false;
  }
}
