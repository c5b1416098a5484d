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
      + "(?:[ \\t]+(?:(?:de|da|del|van|von|der|den|la|le|al|bin|el|du|of|for|and|pro)[ \\t]+)*"
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
          + "Instead|Outside|Inside|Like|Unlike|Whether|Today|Yesterday|Tonight|Several|Few|"
          + "Each|Any|No|Such|Other|Another|More|Less|Four|Five|Six|Seven|Eight|Nine|Ten|"
          + "Hundreds|Thousands|Dozens|Millions|Almost|Nearly|About|Around|Over|Just|Not|"
          + "Neither|Either|Nor|There|Here|Thus|Indeed|Perhaps|Maybe|Never|Often|Already|Again|"
          + "Earlier|Soon|Through|Throughout|Against|Between|Behind|Beyond|Amid|Upon|Toward|"
          + "Towards|Into|Onto|Unless|Whatever|Whoever|Which|Whose|Let|Yes|Dear|Please|Thanks|"
          + "Tomorrow|Overnight|Everyone|Everybody|Nobody|Someone|Anyone|Nothing|Everything)\\s+");

  private static final Pattern LEGISLATIVE_BODY = Pattern.compile("Senate|House|Assembly|"
      + "Congress|Parliament|Council|Cabinet|Commission|Legislature|Bundestag|Knesset|Duma|Dáil");

  private static final Pattern PARTICLE_OR_INITIAL =
      Pattern.compile("^(?:de|da|del|van|von|der|den|la|le|al|bin|el|du|\\p{Lu}\\.)$");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and");
  /** Last words of street and place names: "Pennsylvania Avenue" is where, not who. */
  private static final Set<String> PLACE_WORDS = Set.of("Street", "St", "St.", "Avenue", "Ave",
      "Ave.", "Road", "Rd", "Lane", "Square", "Boulevard", "Blvd", "Place", "Drive",
      "Hills", "Bridge", "Gardens", "Terrace", "Crescent",
      "Quay", "Wharf", "Island", "Islands", "Valley", "River", "Mountains",
      // Not "Park", "Hill", "Green", "Lake", "Close", "Way", "Row": they are surnames as often
      // ("Jun Park", "Fiona Hill"); the places among them are in places.txt.
      "Coast", "Sea", "Ocean", "Airport", "Station");

  /** Last words of the names of laws, treaties and official texts. */
  private static final Set<String> DOCUMENT_WORDS = Set.of("Act", "Bill", "Treaty", "Accord",
      "Accords", "Agreement", "Convention", "Directive", "Regulation", "Regulations", "Charter",
      "Protocol", "Amendment", "Declaration", "Manifesto", "Constitution", "Code", "Statute");

  private static final Pattern ABBREVIATED = Pattern.compile(
      "\\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St)\\.$|\\b\\p{Lu}\\.$");

  private static final Pattern CALENDAR = Pattern.compile(
      "(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
          + "(?:\\.?\\s+\\p{L}+)?"
          // "May Okafor", "April Ryan": a month before a capitalised word is a given name.
          + "|(?i:january|february|march|april|may|june|july|august|september|october|november|"
          + "december)(?:\\.?\\s+(?:(?!\\p{Lu}\\p{Ll})\\p{L}+|(?i:first|second|third|fourth|"
          + "fifth|sixth|seventh|eighth|ninth|tenth|twelfth|fifteenth|twentieth)))?)\\.?");

  private Names() {
  }

  /** A run without a leading function word or a possessive: titles are kept. */
  static String bare(String run) {
    String name = trimPossessive(run.strip());
    for (int i = 0; i < 3; i++) {
      String stripped = LEADING_FUNCTION_WORD.matcher(name + " ").replaceFirst("").strip();
      if (stripped.equals(name)) {
        break;
      }
      name = stripped;
    }
    return name;
  }

  /** A name as the text gives it, without a leading function word, title or possessive. */
  static String clean(String run) {
    String name = bare(run);
    String[] words = name.split("\\s+");
    String institution = institutionBeforeTitle(name);
    if (institution != null && TITLE_HEAD.matcher(words[words.length - 1]).matches()) {
      // "Senate President", then "pro Tem Alma Ruelas": the run names the Senate.
      return institution;
    }
    return stripTitle(name);
  }

  /** The name without the titles before it, nor a place after it ("of Arizona"). */
  static String stripTitle(String name) {
    if (Places.isKnown(name)) {
      return name;
    }
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

  /**
   * The institution named before a title in a run: "Senate" in "Senate Majority Leader Jane
   * Roe" and in "Senate President", "Assembly" in "Assembly Republican Leader Dwight Kasabian";
   * null if the run has no title or nothing institutional before it.
   */
  static @Nullable String institutionBeforeTitle(String run) {
    String[] words = LEADING_FUNCTION_WORD.matcher(trimPossessive(run.strip()) + " ")
        .replaceFirst("").strip().split("\\s+");
    int title = -1;
    for (int i = 1; i < words.length && title < 0; i++) {
      if (TITLE_HEAD.matcher(words[i]).matches()) {
        title = i;
      }
    }
    for (int end = title; end > 0; end--) {
      String prefix = String.join(" ", Arrays.copyOfRange(words, 0, end));
      if (CONNECTORS.contains(words[end - 1]) || hasConnector(String.join(" ",
          Arrays.copyOfRange(words, end, title)))) {
        // "Union Water and Irrigation Minister": the office's name runs on to the title.
        return null;
      }
      // "Energy Minister" and "Police Chief" name offices; a lone word must be a body that
      // holds titles ("Senate", "Assembly"), and a longer prefix must end in an institution's.
      boolean body = end == 1 ? LEGISLATIVE_BODY.matcher(prefix).matches()
          : Organisations.isOrganisation(words[end - 1]);
      if (body && !TITLE.matcher(prefix + " ").lookingAt()) {
        return prefix;
      }
    }
    return null;
  }

  /** "Lorna Vickers of Arizona" gives "Lorna Vickers"; "Bank of England" stays whole. */
  private static String withoutPlace(String name) {
    String[] words = name.split("\\s+");
    for (int i = 2; i < words.length - 1; i++) {
      if (CONNECTORS.contains(words[i])) {
        // "Hana Oyelaran-Mbeki of Varnholt University" is the person; "Riders Union of Los
        // Angeles" and "Bank of England" are institutions by the words before the "of".
        String head = String.join(" ", Arrays.copyOfRange(words, 0, i));
        return Organisations.isOrganisation(head) ? name : head;
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
    if (words.length < 3 || Organisations.isOrganisation(name) || hasConnector(name)
        || isDocumentName(name)) {
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

  /**
   * The names a run joins with "and": "Gov. Ramon Ferreira and Assembly Speaker Lorraine
   * Haldane" is two people, "Reform and Renewal" one party. A run is split where a side reads as
   * a person's (a title, a common given name, or a name the article already uses alone).
   *
   * @param run a capitalised run as matched by {@link #NAME_RUN}
   * @param knownName whether the article elsewhere uses a one-word name on its own
   * @return the run's parts, in order; the run alone when it names one thing
   */
  static List<String> conjuncts(String run, java.util.function.Predicate<String> knownName) {
    String[] parts = run.split("[ \\t]+and[ \\t]+");
    if (parts.length == 1) {
      return List.of(run);
    }
    boolean allPersonShaped = true;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      // A later side must open as a person's name: "Union Water and Irrigation Minister Vikram
      // Sondhi" is one minister, whose title the "and" is part of.
      if (i == 0 ? readsAsPerson(part, knownName) : opensAsPerson(part, knownName)) {
        return List.of(parts);
      }
      String[] words = part.strip().split("\\s+");
      allPersonShaped &= words.length >= 2 && words.length <= 3 && !hasConnector(part)
          && !Organisations.isOrganisation(part);
    }
    // "Jun Park and May Okafor": names of two or three words with nothing institutional in
    // them are people, even when the given names are ones Gloss does not know.
    return allPersonShaped ? List.of(parts) : List.of(run);
  }

  private static boolean opensAsPerson(String part, java.util.function.Predicate<String> known) {
    String bare = trimPossessive(part.strip());
    String[] words = bare.split("\\s+");
    return words.length > 1 && (TITLE.matcher(bare + " ").lookingAt()
        || Gender.givenName(bare) != Gender.UNKNOWN)
        || words.length == 1 && known.test(bare);
  }

  private static boolean readsAsPerson(String part, java.util.function.Predicate<String> known) {
    String bare = trimPossessive(part.strip());
    if (bare.isBlank()) {
      return false;
    }
    String[] words = bare.split("\\s+");
    if (Organisations.isOrganisation(bare)) {
      return false;
    }
    return TITLE.matcher(bare + " ").lookingAt() && words.length > 1
        || Gender.givenName(bare) != Gender.UNKNOWN && words.length > 1
        || words.length == 1 && known.test(bare)
        || !clean(bare).equals(bare(bare)) && clean(bare).contains(" ");
  }

  /** "the Groundwater Accountability Act", "the Paris Agreement": a named law or text. */
  static boolean isDocumentName(String name) {
    String[] words = name.split("\\s+");
    return words.length >= 2 && DOCUMENT_WORDS.contains(words[words.length - 1]);
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
    // "Haldane-backed", "Trump-era": a name made into a modifier still names its owner.
    String trimmed = name.replaceAll("-\\p{Ll}[\\p{Ll}-]*$", "")
        .replaceAll("['\u2019]s?$", "").replaceAll(",$", "");
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

  /** A capitalised run and where it starts in the text. */
  record Run(int start, String text) {
    int end() {
      return start + text.length();
    }
  }

  /**
   * Every name in the text, in order: its capitalised runs, each split into the names it joins
   * with "and" (see {@link #conjuncts}), judged against the one-word names the text uses alone.
   */
  static List<Run> names(String text) {
    List<Run> runs = new ArrayList<>();
    Matcher matcher = NAME_RUN.matcher(text);
    while (matcher.find()) {
      Run run = new Run(matcher.start(), matcher.group());
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && isOwnedInstitution(text.substring(last.end(), run.start()), run.text())) {
        // "the Legislative Analyst's Office", "the European People’s Forum": one name.
        runs.set(runs.size() - 1, new Run(last.start(), text.substring(last.start(), run.end())));
      } else {
        runs.add(run);
      }
    }
    Set<String> alone = new java.util.HashSet<>();
    for (Run run : runs) {
      String bare = trimPossessive(run.text());
      if (!bare.contains(" ")) {
        alone.add(bare);
      }
    }
    List<Run> names = new ArrayList<>();
    for (Run run : runs) {
      int from = 0;
      for (String part : conjuncts(run.text(), alone::contains)) {
        int at = run.text().indexOf(part, from);
        names.add(new Run(run.start() + at, part));
        from = at + part.length();
      }
    }
    return names;
  }

  /** Whether a run after a possessive ("’s ") ends an institution's name: "’s Office". */
  private static boolean isOwnedInstitution(String between, String next) {
    return between.matches("['\u2019]s ") && next.split("\\s+").length <= 2
        && Organisations.isOrganisation(next) && Character.isUpperCase(next.charAt(0));
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
