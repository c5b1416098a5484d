package dev.gloss.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a capitalised run of words names, read from the run alone: "Senate Majority Leader Jane
 * Roe" names Jane Roe, "Rep. Lorna Vickers of Arizona" names Lorna Vickers, "Pennsylvania
 * Avenue" and "Tuesday" name no one.
 */
final class Names {

  /** A capitalised run of words: "Niko Felix", "M.B. Mack", "Hugging Face", "Ana de la Cruz". */
  static final String NAME = "(?:\\p{Lu}(?:[\\p{L}\\p{N}.&-]|['\u2019](?=\\p{L}{2}))*)"
      + "(?:(?<=s)['\u2019](?=[ \\t]+\\p{Lu}))?"
      + "(?:[ \\t]+(?:(?:de|da|del|van|von|der|den|la|le|al|bin|el|du|of|for|and)[ \\t]+)*"
      + "\\p{Lu}(?:[\\p{L}\\p{N}.&-]|['\u2019](?=\\p{L}{2}))*"
      + "(?:(?<=s)['\u2019](?=[ \\t]+\\p{Lu}))?)*";
  static final Pattern NAME_RUN = Pattern.compile(NAME);

  /** Titles dropped from the front of a name: the person is "Carolyn Mabry", not "Sen. Mabry". */
  private static final String TITLES = "(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|"
      + "Cllr|Coun|Rev|St)\\.?|Sir|Dame|"
      + "Lord|Lady|President|Premier|Chancellor|Minister|Secretary|Senator|Governor|Mayor|"
      + "Judge|Justice|Officer|Detective|Inspector|Superintendent|Commissioner|Chief|Director|"
      + "Professor|Doctor|Father|Bishop|Coach|Captain|Councillor|Councilor|Alderman|"
      + "(?:Assembly|Congress|Council|Chair|Spokes)(?:wo)?man|Chairman|Chairwoman|Chair|"
      + "Opposition|Former|Deputy|Acting|Interim|Leader|Prime Minister|U\\.S\\.|US|UK|"
      + "District|Assistant|Attorney|General|Home|Foreign|Health|Executive|Constable|"
      + "Admiral|Prosecutor|Det\\.|Supt\\.|Insp\\.|Cmdr\\.?|Sheriff|"
      + "Pastor|Rabbi|Imam|Dean|Principal|Head|Headteacher|Manager|Striker|Midfielder|"
      + "Defender|Goalkeeper|Pensioner|Resident|Nurse|Paramedic|Farmer|Teacher";
  private static final Pattern TITLE = Pattern.compile("^(?:" + TITLES + ")\\s+");
  /**
   * Words that end a run of titles before a name, wherever they stand in the run: "Senate
   * Majority Leader Jane Roe", "House Speaker Dwight Kessler", "Fisheries Commissioner Henrike
   * Vaal".
   */
  private static final Pattern TITLE_HEAD = Pattern.compile("(?:" + TITLES + "|Speaker|"
      + "Treasurer|Ambassador|Envoy|Spokesperson|Whip|Marshal|Commander|Presenter|Host)");

  /** Words that start sentences with a capital but never start a name. */
  private static final Pattern LEADING_FUNCTION_WORD = Pattern.compile(
      "^(?:The|A|An|In|On|At|By|For|From|But|And|Or|So|When|While|After|Before|If|As|This|That|"
          + "These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|Its|Yet|Then|Now|Since|Under|"
          + "With|Without|Last|Next|Every|Some|Many|Most|All|Both|One|Two|Three|Meanwhile|"
          + "However|According|Across|Among|During|Despite|Although|Though|Because|Once|Until|"
          + "Why|What|Who|How|Where|Asked|Speaking|Writing|Still|Pressed|Later|Even|Only|Also|"
          + "Instead|Outside|Inside|Like|Unlike|Whether|Today|Yesterday|Tonight)\\s+");

  private static final Pattern PARTICLE_OR_INITIAL =
      Pattern.compile("^(?:de|da|del|van|von|der|den|la|le|al|bin|el|du|\\p{Lu}\\.)$");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and");
  /** Last words of street and place names: "Pennsylvania Avenue" is where, not who. */
  private static final Set<String> PLACE_WORDS = Set.of("Street", "St", "St.", "Avenue", "Ave",
      "Ave.", "Road", "Rd", "Lane", "Square", "Boulevard", "Blvd", "Place", "Drive", "Way",
      "Hill", "Hills", "Bridge", "Park", "Gardens", "Terrace", "Crescent", "Close", "Row",
      "Quay", "Wharf", "Green", "Island", "Islands", "Valley", "River", "Lake", "Mountains",
      "Coast", "Sea", "Ocean", "Airport", "Station");

  private static final Pattern ABBREVIATED = Pattern.compile(
      "\\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St)\\.$|\\b\\p{Lu}\\.$");

  private static final Pattern CALENDAR = Pattern.compile(
      "(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
          + "april|may|june|july|august|september|october|november|december|today|yesterday)"
          + "(?:\\.?\\s+\\p{L}+)?\\.?");

  private Names() {
  }

  /** A name as the text gives it, without a leading function word, title or possessive. */
  static String clean(String run) {
    String name = trimPossessive(run.strip());
    for (int i = 0; i < 3; i++) {
      String stripped = LEADING_FUNCTION_WORD.matcher(name + " ").replaceFirst("").strip();
      if (stripped.equals(name)) {
        break;
      }
      name = stripped;
    }
    return stripTitle(name);
  }

  /** The name without the titles before it, nor a place after it ("of Arizona"). */
  static String stripTitle(String name) {
    String result = name;
    for (int i = 0; i < 4; i++) {
      String stripped = TITLE.matcher(result).replaceFirst("");
      if (stripped.equals(result) || stripped.isBlank()
          || Organisations.isOrganisation(stripped) && !stripped.contains(" ")) {
        // "General Motors" is a company, not General Motors the officer.
        break;
      }
      result = stripped;
    }
    return lastNameWords(withoutPlace(afterTitleHead(result)));
  }

  /** "House Speaker Dwight Kessler" gives "Dwight Kessler": the words after the last title. */
  private static String afterTitleHead(String name) {
    String[] words = name.split("\\s+");
    for (int i = words.length - 3; i >= 0; i--) {
      if (TITLE_HEAD.matcher(words[i]).matches()) {
        String[] rest = Arrays.copyOfRange(words, i + 1, words.length);
        String person = String.join(" ", rest);
        boolean looksLikePerson = rest.length <= 4 && !Organisations.isOrganisation(person)
            && !CONNECTORS.contains(rest[0]) && !isTitleOnly(person);
        return looksLikePerson ? person : name;
      }
    }
    return name;
  }

  /** "Lorna Vickers of Arizona" gives "Lorna Vickers"; "Bank of England" stays whole. */
  private static String withoutPlace(String name) {
    if (Organisations.isOrganisation(name)) {
      return name;
    }
    String[] words = name.split("\\s+");
    for (int i = 2; i < words.length - 1; i++) {
      if (CONNECTORS.contains(words[i])) {
        return String.join(" ", Arrays.copyOfRange(words, 0, i));
      }
    }
    return name;
  }

  /**
   * Titles are an open class ("Pensioner Margaret Dunn", "Assistant District Attorney Kim
   * Tran"), so a run of three or more capitalised words that is not an organisation is read as
   * titles followed by a given name and a surname, keeping particles and middle initials.
   */
  private static String lastNameWords(String name) {
    String[] words = name.split("\\s+");
    if (words.length < 3 || Organisations.isOrganisation(name) || hasConnector(name)) {
      return name;
    }
    int start = words.length - 2;
    while (start > 0 && (PARTICLE_OR_INITIAL.matcher(words[start]).matches()
        || PARTICLE_OR_INITIAL.matcher(words[start - 1]).matches())) {
      start--;
    }
    return String.join(" ", Arrays.copyOfRange(words, start, words.length));
  }

  /** "Teachers for Tomorrow", "Reform and Renewal": a connector makes a name an institution's. */
  static boolean hasConnector(String name) {
    for (String word : name.split("\\s+")) {
      if (CONNECTORS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name ends like a street or a place: "Clifton Road", "State Street". */
  static boolean isPlace(String name) {
    String[] words = name.split("\\s+");
    return words.length >= 2 && PLACE_WORDS.contains(words[words.length - 1]);
  }

  /** "ARTISTS ARE NOT YOUR": words in capitals are emphasis, not a name. */
  static boolean isShouted(String name) {
    String[] words = name.split("\\s+");
    int shouted = 0;
    for (String word : words) {
      if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
          && word.chars().anyMatch(Character::isLetter)) {
        shouted++;
      }
    }
    return words.length > 1 && shouted == words.length;
  }

  static String trimPossessive(String name) {
    String trimmed = name.replaceAll("['\u2019]s?$", "").replaceAll(",$", "");
    // "Brightwave Inc." keeps the full stop of its abbreviation; a sentence's full stop goes.
    return ABBREVIATED.matcher(trimmed).find() ? trimmed : trimmed.replaceAll("\\.$", "");
  }

  /** Days and months are capitalised but name no one. */
  static boolean isCalendar(String name) {
    return CALENDAR.matcher(name).matches();
  }

  /** "Home Secretary", "Mayor": a run made of titles alone names an office, not a person. */
  static boolean isTitleOnly(String name) {
    String rest = name.strip() + " ";
    for (int i = 0; i < 5 && !rest.isBlank(); i++) {
      String stripped = TITLE.matcher(rest).replaceFirst("");
      if (stripped.equals(rest)) {
        return false;
      }
      rest = stripped;
    }
    return rest.isBlank();
  }

  /** "the Foreign Secretary" for a phrase that is a determiner and titles alone, else null. */
  static @Nullable String titleOnly(String phrase) {
    Matcher matcher = Pattern.compile("^(?i:the)\\s+(.+)$").matcher(phrase.strip());
    return matcher.matches() && isTitleOnly(matcher.group(1)) ? "the " + matcher.group(1) : null;
  }

  /** Whether the words are one capitalised run: "Callum Marsh", "Castlegate Homes". */
  static boolean isProperName(String words) {
    Matcher matcher = NAME_RUN.matcher(words);
    return matcher.matches() && !clean(words).isBlank() && !isTitleOnly(words);
  }

  /** Whether a cleaned run can be someone's name: not a day, a title, a shout or a street. */
  static boolean canName(String clean) {
    return !clean.isBlank() && !isShouted(clean) && !isCalendar(clean) && !isTitleOnly(clean)
        && !isPlace(clean);
  }

  /** Every capitalised run in a stretch of text, in order. */
  static List<String> runs(String text) {
    List<String> runs = new ArrayList<>();
    Matcher matcher = NAME_RUN.matcher(text);
    while (matcher.find()) {
      runs.add(matcher.group());
    }
    return runs;
  }
}
