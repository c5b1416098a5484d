package dev.gloss.annotate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical gender the text gives a person, so that "she said" does not go to the man
 * named just before the quote. Read from titles ("Mr Pike", "Dame Susan Eke"), from common given
 * names, and from the pronoun of the sentence after one that opens with the name.
 */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** Whether a person of this gender may be referred to by a pronoun of {@code wanted}. */
  boolean fits(Gender wanted) {
    return this == UNKNOWN || wanted == UNKNOWN || this == wanted;
  }

  private static final Pattern MALE_TITLE = Pattern.compile(
      "\\b(?:Mr|Mister|Sir|Lord|King|Prince|Father|Brother)\\.?\\s+(?:\\p{Lu}\\S*\\s+)?");
  private static final Pattern FEMALE_TITLE = Pattern.compile(
      "\\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister)\\.?\\s+(?:\\p{Lu}\\S*\\s+)?");
  private static final Pattern PRONOUN = Pattern.compile("\\b(he|his|him|she|her|hers)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Common given names in English-language news. A short list, not a census: it settles the
   * frequent cases, and the text's own titles and pronouns settle the rest.
   */
  private static final Set<String> MALE_NAMES = Set.of(
      "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
      "charles", "daniel", "matthew", "mark", "paul", "steven", "andrew", "kevin", "brian",
      "george", "edward", "peter", "tom", "jack", "harry", "oliver", "carlos", "jose", "juan",
      "omar", "ahmed", "mohammed", "ali", "walter", "greg", "samuel", "sam", "mike", "mick",
      "niko", "luca", "dale", "simon", "ian", "stephen", "anthony", "jordan", "gary", "martin",
      "patrick", "sean", "ben", "adam", "henry", "nick", "nicholas", "frank", "hugo", "ivan",
      "dmitri", "raj", "arjun", "kenji", "alan", "angus", "callum", "hamish", "gordon", "wendell",
      "bruno", "matthias", "marcus", "dennis", "luis", "darren", "owen", "gareth", "jim", "bill",
      "vernon", "dwight", "harlan", "aurel", "lucien", "eamon", "jonathan", "adebayo", "ifor",
      "lars", "hans", "karl", "pierre", "francois", "giovanni", "marco", "pablo",
      "miguel", "diego", "rafael", "sergei", "andrei", "yusuf", "hassan", "kwame", "kofi",
      "chinedu", "hiroshi", "takeshi", "wei", "rahul", "vikram", "sanjay", "neil", "keith",
      "graham", "douglas", "stuart", "craig", "scott", "ross", "euan", "rhys", "dylan", "liam",
      "connor", "ryan", "tyler", "brandon", "justin", "jason", "eric", "aaron", "nathan", "kyle",
      "travis", "chad", "derek", "roger", "gerald", "harold", "howard", "ralph", "bernard",
      "leonard", "arthur", "albert", "ernest", "fred", "philip", "phil", "tim", "timothy",
      "christopher", "chris", "jeffrey", "jeff", "ronald", "donald", "kenneth", "larry", "terry",
      "barry", "jerry", "carl", "joe", "roy", "eugene", "louis", "russell", "bobby", "johnny",
      "billy", "wayne", "randy", "vincent", "glenn", "rodney", "curtis", "norman", "allen",
      "troy", "todd", "shane", "malcolm", "nigel", "rupert", "giles", "toby", "hugh",
      "fergus", "duncan", "alastair", "rory", "declan", "seamus", "conor", "rohan", "dev",
      "jalen", "pete", "teddy", "edwin", "felix", "max", "leo", "oscar");
  private static final Set<String> FEMALE_NAMES = Set.of(
      "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
      "sarah", "karen", "nancy", "lisa", "margaret", "emily", "emma", "helen", "anna", "rachel",
      "laura", "maria", "jane", "lena", "nora", "rosa", "deborah", "diane", "ellen", "ann",
      "anne", "miriam", "vanessa", "danielle", "erin", "sophie", "olivia", "chloe", "grace",
      "alice", "julia", "catherine", "kate", "claire", "amy", "lucy", "ruth", "carolyn", "aisha",
      "fatima", "mei", "yuki", "ana", "elena", "sofia", "ines", "natasha", "olga", "priya",
      "carla", "joanne", "natalie", "michelle", "irene", "katarina", "hannah", "teresa", "angela",
      "gail", "fiona", "leila", "eleanor", "kendra", "lorna", "henrike", "bec", "rebecca",
      "susanne", "ingrid", "astrid", "greta", "heidi", "monika", "petra", "francesca", "giulia",
      "chiara", "lucia", "carmen", "isabel", "lucía", "marisol", "svetlana", "irina", "tatiana",
      "amina", "zainab", "ngozi", "chioma", "ama", "akosua", "keiko", "sakura", "ling", "sunita",
      "anjali", "deepa", "kavita", "shirley", "dorothy", "betty", "sandra", "donna", "carol",
      "sharon", "michele", "cynthia", "kathleen", "amanda", "melissa", "stephanie", "rebekah",
      "virginia", "kathryn", "christine", "janet", "frances", "joyce", "judith", "judy", "cheryl",
      "martha", "gloria", "heather", "denise", "tammy", "andrea", "marie", "julie", "joan",
      "evelyn", "victoria", "kelly", "christina", "theresa", "beverly", "rose", "brenda",
      "pamela", "nicole", "samantha", "katherine", "ashley", "tiffany", "alison", "louise",
      "harriet", "charlotte", "sophia", "isabella", "mia", "ella", "zoe", "holly", "gemma",
      "kirsty", "siobhan", "aoife", "niamh", "bridget", "maeve", "morag", "eilidh", "rhiannon",
      "bethan", "cerys", "penelope", "priti", "yvette", "yvonne", "jacqueline", "sylvie",
      "colette", "rachael", "liz", "beth", "jill", "sue", "abigail",
      "madison", "lauren", "brittany", "courtney", "whitney", "tanya", "tracy", "stacy", "wendy",
      "vera");
  /** The gender of a full name's given name, when it is a common one. */
  static Gender givenName(String fullName) {
    String given = fullName.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return MALE_NAMES.contains(given) ? MALE : FEMALE_NAMES.contains(given) ? FEMALE : UNKNOWN;
  }

  /**
   * Guesses a person's gender from the text.
   *
   * @param text the whole body
   * @param fullName the name as first introduced
   */
  static Gender of(String text, String fullName) {
    String[] words = fullName.split("\\s+");
    Gender byName = givenName(fullName);
    if (byName != UNKNOWN) {
      return byName;
    }
    String surname = Pattern.quote(words[words.length - 1]);
    if (Pattern.compile(MALE_TITLE.pattern() + surname + "\\b").matcher(text).find()) {
      return MALE;
    }
    if (Pattern.compile(FEMALE_TITLE.pattern() + surname + "\\b").matcher(text).find()) {
      return FEMALE;
    }
    // "Roe said she had...": a pronoun later in a sentence the name opens.
    Matcher same = Pattern.compile("(?:^|[.!?]\\s+|\\n)(?:[\\p{L}.]+\\s+){0,2}" + surname
        + "\\b(?:,[^,.!?\\n]*,)?\\s+\\p{Ll}+\\b([^.!?\\n\"\u201c\u2018]*)").matcher(text);
    while (same.find()) {
      Matcher pronoun = PRONOUN.matcher(same.group(1));
      if (pronoun.find()) {
        String found = pronoun.group(1).toLowerCase(Locale.ROOT);
        return found.startsWith("h") && !found.startsWith("her") ? MALE : FEMALE;
      }
    }
    // "Okafor pleaded guilty. He ...": the first pronoun of the next sentence.
    Matcher opening = Pattern.compile("(?:^|[.!?]\\s+|\\n)(?:[\\p{L}.]+\\s+){0,2}" + surname
        + "\\b[^.!?\\n]*[.!?][\"'\u201d\u2019]?\\s+([^.!?\\n]*)").matcher(text);
    while (opening.find()) {
      Matcher pronoun = PRONOUN.matcher(opening.group(1));
      if (pronoun.find()) {
        String found = pronoun.group(1).toLowerCase(Locale.ROOT);
        return found.startsWith("h") && !found.startsWith("her") ? MALE : FEMALE;
      }
    }
    return UNKNOWN;
  }
}
