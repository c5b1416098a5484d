package dev.gloss.annotate;

import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The roles an article gives people, so that "said the premier" resolves to the person it
 * introduced as "The Premier, Natalie Brennock", "the senator" to "Sen. Vernon Achebe", and "the
 * minister" after "one minister, speaking on condition of anonymity" to no one in particular.
 */
final class RoleBook {

  /** Nouns for what people are in political and public life. */
  static final String ROLE = "(?:prime minister|minister|secretary|chancellor|treasurer|premier|"
      + "senator|governor|mayor|commissioner|nominee|presenter|host|leader|speaker|chairman|"
      + "chairwoman|chair|president|councillor|councilman|councilwoman|congressman|"
      + "congresswoman|representative|assemblyman|assemblywoman|candidate|chief|director|judge|"
      + "prosecutor|lawyer|attorney|ambassador|envoy|economist|analyst|official|MP|aide|adviser|"
      + "advisor|backbencher|diplomat|officer|source|insider|strategist|challenger|incumbent|"
      + "spokesman|spokeswoman|spokesperson)";
  private static final String NAME = Names.NAME;
  /** "The Premier, Natalie Brennock," and "the shadow chancellor, Tom Bryce,". */
  private static final Pattern ROLE_THEN_NAME = Pattern.compile("\\b(?i:the|his|her|its|their)\\s+"
      + "(?:[\\p{L}\u2019'-]+\\s+){0,3}?(?i:(" + ROLE + "))(?:\\s+[a-z]+)?,\\s+(" + NAME + ")");
  /** "Gordon Feld, the nominee to lead ..." and "Hannah Okonedo, the former home secretary". */
  private static final Pattern NAME_THEN_ROLE = Pattern.compile("(" + NAME + "),\\s+(?i:the|a|an)"
      + "\\s+(?:[\\p{L}\u2019'-]+\\s+){0,4}?(?i:(" + ROLE + "))\\b");
  /** "One Civic Party minister", "a senior official": someone the text does not name. */
  private static final Pattern ANONYMOUS = Pattern.compile("\\b(?i:one|an?|another)\\s+"
      + "(?:[\\p{L}\u2019'-]+\\s+){0,3}?(?i:(" + ROLE + "))\\b(?!,\\s+\\p{Lu})");
  /** "the premier", "the shadow treasurer": a phrase that is a role alone. */
  private static final Pattern ROLE_PHRASE = Pattern.compile("^(?i:the)\\s+"
      + "(?:[\\p{L}\u2019'-]+\\s+){0,3}?(?i:(" + ROLE + "))$");
  private static final Pattern ANONYMOUS_PHRASE = Pattern.compile("^(?i:one|an?|another)\\s+"
      + "(?:[\\p{L}\u2019'-]+\\s+){0,3}?(?i:(" + ROLE + "))$");
  /** "Leila Haddad, a former deputy director": an apposition describes the name before it. */
  private static final Pattern APPOSITION_BEFORE = Pattern.compile(",\\s*$");
  private static final Map<String, String> ABBREVIATIONS = Map.of("sen", "senator", "rep",
      "congressman", "gov", "governor", "cllr", "councillor", "pm", "prime minister");

  /** Words that make a different office of the title after them: "Deputy Premier". */
  private static final Pattern QUALIFIER = Pattern.compile(
      "(?i)deputy|vice|shadow|assistant|associate|acting|interim|junior|former|lieutenant");

  private record Holder(int at, String role, @Nullable String person) {
  }

  private final List<Holder> holders = new ArrayList<>();

  /** Reads every role the text gives a person, and every unnamed person it gives one. */
  RoleBook(String text) {
    Matcher roleFirst = ROLE_THEN_NAME.matcher(text);
    while (roleFirst.find()) {
      add(roleFirst.start(), qualified(text, roleFirst.start(1), roleFirst.group(1)),
          Names.clean(roleFirst.group(2)));
    }
    Matcher nameFirst = NAME_THEN_ROLE.matcher(text);
    while (nameFirst.find()) {
      add(nameFirst.start(), qualified(text, nameFirst.start(2), nameFirst.group(2)),
          Names.clean(nameFirst.group(1)));
    }
    Matcher anonymous = ANONYMOUS.matcher(text);
    while (anonymous.find()) {
      if (APPOSITION_BEFORE.matcher(text.substring(Math.max(0, anonymous.start() - 3),
          anonymous.start())).find()) {
        continue;
      }
      holders.add(new Holder(anonymous.start(), noun(anonymous.group(1)), null));
    }
    // "Sen. Vernon Achebe", "Fisheries Commissioner Henrike Vaal": titles before the name.
    for (Names.Run titled : Names.names(text)) {
      String run = Names.trimPossessive(titled.text());
      String person = Names.clean(run);
      int at = run.lastIndexOf(person);
      if (person.contains(" ") && at > 0) {
        String qualifier = "";
        for (String word : run.substring(0, at).split("[\\s.]+")) {
          if (QUALIFIER.matcher(word).matches()) {
            qualifier = qualifier + word + " ";
            continue;
          }
          add(titled.start(), qualifier + word, person);
          qualifier = "";
        }
      }
    }
    holders.sort((a, b) -> Integer.compare(a.at, b.at));
  }

  private void add(int at, String role, String person) {
    if (Names.canName(person) && person.contains(" ")) {
      holders.add(new Holder(at, noun(role), person));
    }
  }

  /** "shadow chancellor" for the role "chancellor" written after "shadow". */
  private static String qualified(String text, int roleStart, String role) {
    String before = text.substring(Math.max(0, roleStart - 20), roleStart).strip();
    String word = before.substring(before.lastIndexOf(' ') + 1);
    return QUALIFIER.matcher(word).matches() ? word + " " + role : role;
  }

  private static String noun(String role) {
    String lower = role.toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.getOrDefault(lower, lower);
  }

  /**
   * The speaker a role phrase stands for at a place in the text: the person who last held that
   * role before it, or {@link Speaker#UNKNOWN} if the last holder was unnamed; null if the phrase
   * is no role or no one held it.
   *
   * @param phrase the words naming the speaker ("the premier", "one minister")
   * @param at where the quote is
   */
  @Nullable Speaker speaker(String phrase, int at) {
    String stripped = phrase.strip();
    Matcher anonymous = ANONYMOUS_PHRASE.matcher(stripped);
    if (anonymous.matches()) {
      // An unnamed spokesperson speaks for an organisation, which the caller works out.
      return noun(anonymous.group(1)).startsWith("spokes") ? null : Speaker.UNKNOWN;
    }
    Matcher role = ROLE_PHRASE.matcher(stripped);
    if (!role.matches()) {
      return null;
    }
    String before = stripped.substring(0, role.start(1)).strip();
    String qualifier = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
    // "the Premier" is not the Deputy Premier, nor "the deputy premier" the Premier.
    String noun = QUALIFIER.matcher(qualifier).matches()
        ? noun(qualifier + " " + role.group(1)) : noun(role.group(1));
    Holder last = null;
    for (Holder holder : holders) {
      if (holder.at >= at) {
        break;
      }
      if (holder.role.equals(noun)) {
        last = holder;
      }
    }
    if (last == null) {
      return null;
    }
    return last.person == null ? Speaker.UNKNOWN
        : new Speaker(last.person, SpeakerType.PERSON, null);
  }
}
