package dev.gloss.annotate;

import dev.gloss.model.EntityType;
import dev.gloss.model.SpeakerType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gives a name its entity type from the words of the name ("Harbour Herald" is an outlet, "Unity
 * Party" an organisation) and from the words around it: the head noun of an apposition ("the AI
 * development platform Hugging Face", "Sentinel Aerospace, a company whose..."), a programme
 * ("Sunrise programme"), a product owned by a company ("OpenAI's Sora"), shares traded in it.
 */
final class EntityTyper {

  /** Words papers, broadcasters and wires are named with. */
  private static final Set<String> OUTLET_WORDS = Set.of("herald", "times", "post", "daily",
      "courier", "ledger", "wire", "gazette", "tribune", "dispatch", "journal", "chronicle",
      "telegraph", "guardian", "observer", "mail", "express", "standard", "radio", "today", "bbc",
      "cnn", "reuters", "news", "press", "tv", "television", "broadcasting", "sky", "itv", "npr",
      "bloomberg", "variety", "politico", "sentinel", "examiner", "bulletin", "inquirer", "mirror",
      "abc", "nbc", "cbs");
  /** Head nouns that say what an organisation is. */
  private static final String ORG_NOUNS = "(?:company|firm|platform|agency|party|ministry|group|"
      + "startup|start-up|maker|bank|union|think tank|developer|retailer|chain|insurer|lender|"
      + "carrier|manufacturer|charity|consultancy|conglomerate|contractor|supplier|operator|"
      + "regulator|watchdog|lab|laboratory|fund|studio|publisher|provider|giant|organisation|"
      + "organization|campaign group|lobby group|network|exchange|airline|brand|club|school|"
      + "university|institute|foundation|coalition|alliance|caucus)";
  private static final Set<String> OUTLET_NOUNS = Set.of("newspaper", "paper", "broadcaster",
      "station", "magazine", "website", "tabloid", "outlet");

  private EntityTyper() {
  }

  /**
   * The type of a name the text gives.
   *
   * @param text the article body
   * @param name the name as cleaned
   * @param names the article's people and institutions
   */
  static EntityType classify(String text, String name, NameBook names) {
    String quoted = Pattern.quote(name);
    // "Variety reported", "Statehouse Current reporter Jun Park", "which the Ledger obtained".
    if (Pattern.compile(quoted + "\\s+(?:reported|reports|has learned|reporters?|correspondents?|"
        + "columnists?|journalists?|photographers?)\\b|\\b(?:obtained|seen) by\\s+(?:the\\s+)?"
        + quoted + "\\b|\\bwhich\\s+(?:the\\s+)?" + quoted + "\\s+(?:obtained|has seen|reviewed)\\b")
        .matcher(text).find()) {
      return EntityType.OUTLET;
    }
    if (Names.isDocumentName(name)) {
      return EntityType.DOCUMENT;
    }
    // What the writer says the thing is outranks what its name suggests.
    String head = apposedNoun(text, quoted);
    if (head != null) {
      return OUTLET_NOUNS.contains(head) ? EntityType.OUTLET : EntityType.ORGANIZATION;
    }
    if (isOutletName(name)) {
      return EntityType.OUTLET;
    }
    if (Pattern.compile(quoted + "['\u2019]?s?\\s+(?:programme|program|show|podcast)\\b")
        .matcher(text).find()) {
      return EntityType.OTHER;
    }
    // "OpenAI's Sora": a name owned by an organisation is its product.
    if (name.split("\\s+").length == 1 && Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*['\u2019]s\\s+"
        + "(?:new\\s+)?" + quoted + "\\b").matcher(text).find()) {
      return EntityType.PRODUCT;
    }
    if (Organisations.isOrganisation(name) || Pattern.compile(
        "\\b(?:shares|stake|stock) in " + quoted + "\\b|" + quoted + "\\s+(?:stock|shares)\\b")
        .matcher(text).find()) {
      return EntityType.ORGANIZATION;
    }
    return names.typeOf(name) == SpeakerType.PERSON ? EntityType.PERSON
        : EntityType.ORGANIZATION;
  }

  /** Whether the name is an outlet's by its words: "Capitol Ledger", "Sky Today", "BBC". */
  static boolean isOutletName(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (OUTLET_WORDS.contains(word)) {
        return true;
      }
    }
    return OUTLET_WORDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The head noun an apposition gives the name: "the platform Hugging Face", "Sentinel
   * Aerospace, a company whose", "the Resolution Forum, a think tank"; null if none.
   */
  private static @Nullable String apposedNoun(String text, String quoted) {
    String nouns = "(" + ORG_NOUNS + "|" + String.join("|", OUTLET_NOUNS) + ")";
    var before = Pattern.compile("\\b" + nouns + "\\s+" + quoted + "\\b",
        Pattern.CASE_INSENSITIVE).matcher(text);
    if (before.find() && Character.isLowerCase(text.charAt(before.start()))) {
      return before.group(1).toLowerCase(Locale.ROOT);
    }
    var after = Pattern.compile(quoted + ",\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
        + nouns + "\\b").matcher(text);
    return after.find() ? after.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
