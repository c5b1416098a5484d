package dev.gloss.timeline;

import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sentence's words for the signs of its clauses, without building anything: where a
 * clause with a subject starts, where a verb group ends, what opens a relative clause and what its
 * pronoun stands for, whether a verb of saying comes before. {@link ClauseFinder} builds the
 * clauses from these answers.
 */
final class ClauseSigns {

  private static final int MAX_NOUN_PHRASE = 12;
  private static final int MAX_DATELINE = 8;
  private static final int MAX_HEARER = 4;

  private final Sentence sentence;
  private final List<Word> w;

  ClauseSigns(Sentence sentence) {
    this.sentence = sentence;
    this.w = sentence.words();
  }


  /** "WASHINGTON (CNA) —": where the story was filed, not who did what. */
  int datelineEnd() {
    boolean capitals = false;
    for (int i = 0; i < Math.min(w.size(), MAX_DATELINE); i++) {
      String text = w.get(i).text();
      if (text.matches("[—–]|--") && capitals) {
        return i + 1;
      }
      if (text.matches("\\p{Lu}[\\p{Lu}.'-]+")) {
        capitals = true;
      } else if (!text.matches("[(),]") && !Character.isUpperCase(text.charAt(0))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * "An analysis published in April estimated": a past participle followed, past a phrase that
   * is no subject, by another finite verb was a modifier of the subject.
   */
  int participleResumes(int verb, int to) {
    if (!w.get(verb).is("VERB") || !Grammar.pastForm(w.get(verb))
        || verb + 1 < to && w.get(verb + 1).is("NOUN", "DET", "PRON", "PROPN")) {
      return -1;
    }
    for (int i = verb + 1; i < to; i++) {
      Word word = w.get(i);
      if (word.is("CCONJ", "SCONJ") || Grammar.RELATIVE.contains(Grammar.lower(word))
          || Grammar.lower(word).equals("that") || Grammar.personalPronoun(word)) {
        return -1;
      }
      // "passed on June 13 sits on the desk": the tagger reads such a verb as a plural noun.
      boolean misread = word.is("NOUN") && Grammar.lower(word).endsWith("s")
          && sentence.date(w.get(i - 1)) && i + 1 < to && w.get(i + 1).is("ADP", "DET");
      if ((Grammar.finite(w, i) || misread) && !sentence.date(word)
          && !Grammar.lower(w.get(i - 1)).equals("to")) {
        int np = i;
        while (np > verb + 1 && (Grammar.inNounPhrase(w.get(np - 1))
            || sentence.date(w.get(np - 1)))) {
          np--;
        }
        return np == verb + 1 || w.get(np - 1).is("ADP") ? i : -1;
      }
    }
    return -1;
  }

  /** A relative clause's opening: where it starts, its pronoun, and a quantifier before it. */
  record Opening(int start, int pronoun, @Nullable Word quantifier, boolean oblique) {
  }

  @Nullable Opening relativeAt(int i) {
    String lower = Grammar.lower(w.get(i));
    if (Grammar.RELATIVE.contains(lower) && !w.get(i).is("DET") || lower.equals("whose")) {
      return new Opening(i, i, null, false);
    }
    if (Grammar.QUANTIFIERS.contains(lower) && i + 2 < w.size()
        && Grammar.lower(w.get(i + 1)).equals("of")
        && Grammar.lower(w.get(i + 2)).matches("whom|which")) {
      return new Opening(i, i + 2, w.get(i), false);
    }
    if (w.get(i).is("ADP") && i + 1 < w.size()
        && Grammar.lower(w.get(i + 1)).matches("whom|which") && i > 0) {
      return new Opening(i, i + 1, null, true);
    }
    if (lower.equals("that") && i > 0 && i + 1 < w.size()
        && w.get(i - 1).is("NOUN", "PROPN") && !w.get(i + 1).is("NOUN")
        && (Grammar.finite(w, skipAdverbs(i + 1, w.size())) || clauseAt(i + 1) >= 0)) {
      return new Opening(i, i, null, false);
    }
    return null;
  }

  /**
   * What a relative pronoun stands for: the noun phrase before it, or, when that phrase is an
   * apposition after a name ("Haldane, a Long Beach lawmaker who..."), the name.
   */
  List<Word> antecedent(int relative) {
    int end = relative;
    if (end > 0 && Grammar.separator(w.get(end - 1))) {
      end--;
    }
    int start = chunkStart(end);
    int np = nounPhraseStart(start, end);
    if (np < end && appositive(start, end)) {
      int nameEnd = start - 1;
      int name = nameEnd;
      while (name > 0 && w.get(name - 1).is("PROPN")) {
        name--;
      }
      if (name < nameEnd) {
        return w.subList(name, nameEnd);
      }
    }
    return w.subList(np, end);
  }

  /**
   * Whether {@code [start, end)} is an apposition after a name: a noun phrase opening on a
   * determiner, with no verb of its own, right after a comma ("Olufemi, an organiser with the
   * union, who...").
   */
  boolean appositive(int start, int end) {
    if (start < 2 || !Grammar.separator(w.get(start - 1)) || !w.get(start).is("DET")) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (Grammar.finite(w, i) || Grammar.RELATIVE.contains(Grammar.lower(w.get(i)))) {
        return false;
      }
    }
    return true;
  }

  int chunkStart(int end) {
    int start = end;
    while (start > 0 && !Grammar.separator(w.get(start - 1))) {
      start--;
    }
    return start;
  }

  /** Where the noun phrase ending at {@code end} starts, no earlier than {@code from}. */
  int nounPhraseStart(int from, int end) {
    int i = end;
    boolean noun = false;
    while (i > from) {
      Word x = w.get(i - 1);
      boolean joins = (Grammar.lower(x).equals("of") || x.is("CCONJ")) && noun && i - 1 > from
          && Grammar.inNounPhrase(w.get(i - 2));
      if (Grammar.inNounPhrase(x) && !(Grammar.personalPronoun(x) && noun) || joins) {
        noun |= Grammar.nominal(x);
        i--;
      } else {
        break;
      }
    }
    while (i < end && w.get(i).is("CCONJ")) {
      i++;
    }
    return i;
  }

  /** "many of whom": many of the people the antecedent names. */
  static List<Word> quantified(@Nullable Word quantifier, List<Word> antecedent) {
    if (quantifier == null || antecedent.isEmpty()) {
      return antecedent;
    }
    List<Word> words = new ArrayList<>(List.of(quantifier, Labels.synthetic("of", "ADP")));
    Word head = antecedent.get(0);
    if (!head.is("DET") && !Grammar.possessive(head)) {
      words.add(Labels.synthetic("the", "DET"));
    }
    if (!head.is("PROPN")) {
      words.add(Labels.synthetic(Grammar.lower(head), head.tag()));
      words.addAll(antecedent.subList(1, antecedent.size()));
    } else {
      words.addAll(antecedent);
    }
    return words;
  }

  /**
   * Whether the last verb before {@code i} lets or makes someone do something: "let nine Bay Area
   * and Southern California counties ask voters" joins two nouns, not two clauses, since the
   * verb after them is the bare infinitive such a verb takes.
   */
  boolean afterCausative(int from, int i) {
    for (int j = i - 1; j >= from; j--) {
      if (Grammar.verb(w, j)) {
        return Grammar.lower(w.get(j)).matches("let|lets|make|makes|made|help|helps|helped");
      }
    }
    return false;
  }

  /** Where the first clause with a subject starts in {@code [from, to)}, or -1. */
  int firstClause(int from, int to) {
    for (int j = from; j < to; j++) {
      if (clauseAt(j) >= 0) {
        return j;
      }
      if (Grammar.finite(w, j)) {
        return -1;
      }
    }
    return -1;
  }

  /** The index of the finite verb of a clause starting at {@code from} with a subject, or -1. */
  int clauseAt(int from) {
    int i = from;
    int nominals = 0;
    while (i < w.size() && i - from < MAX_NOUN_PHRASE) {
      Word x = w.get(i);
      boolean joins = nominals > 0 && (Grammar.lower(x).equals("of") || x.is("CCONJ"))
          && i + 1 < w.size() && Grammar.inNounPhrase(w.get(i + 1));
      boolean pair = i == from && Grammar.lower(x).matches("both|neither|either");
      // "without new money they would cut": a pronoun after a noun starts a new subject.
      boolean newSubject = nominals > 0 && Grammar.personalPronoun(x);
      if ((Grammar.inNounPhrase(x) || sentence.date(x) || joins || pair) && !newSubject) {
        nominals += Grammar.nominal(x) ? 1 : 0;
        i++;
      } else {
        break;
      }
    }
    i = skipAdverbs(i, w.size());
    return nominals > 0 && i < w.size() && Grammar.finite(w, i) ? i : -1;
  }

  /** One past the verb group at {@code verb}: "had driven", "agreed to sign", "ran out". */
  int groupEnd(int verb) {
    int j = verb;
    while (j < w.size() && (w.get(j).is("AUX", "PART") || Grammar.lower(w.get(j)).equals("cannot")
        || w.get(j).is("ADV") && j + 1 < w.size() && w.get(j + 1).is("AUX", "VERB", "PART"))) {
      j++;
    }
    if (j < w.size() && Grammar.verb(w, j)) {
      j++;
      while (j + 1 < w.size() && Grammar.lower(w.get(j)).equals("to") && Grammar.verb(w, j + 1)) {
        j += 2;
      }
      if (j < w.size() && Grammar.PARTICLES.contains(Grammar.lower(w.get(j)))
          && !(j + 1 < w.size() && Grammar.lower(w.get(j + 1)).equals("of"))) {
        j++;
      }
    }
    return Math.max(j, verb + 1);
  }

  int skipAdverbs(int from, int to) {
    int i = from;
    while (i < to && (w.get(i).is("ADV") || Grammar.SEQUENCE.contains(Grammar.lower(w.get(i))))) {
      i++;
    }
    return i;
  }

  boolean reporting(int i) {
    return i >= 0 && i < w.size() && w.get(i).is("VERB")
        && Grammar.REPORTING.contains(Grammar.lower(w.get(i)));
  }

  /** The word before {@code i}, passing over adverbs and dates: "said on late Monday that". */
  int previousContent(int i) {
    int j = i - 1;
    while (j >= 0 && (w.get(j).is("ADV") || sentence.date(w.get(j))
        || w.get(j).is("ADP") && j + 1 < w.size() && sentence.date(w.get(j + 1)))) {
      j--;
    }
    return j;
  }

  /** Whether a verb comes just before, or a verb of saying and its hearer: "told us that". */
  boolean afterVerb(int i) {
    int j = previousContent(i);
    if (j >= 0 && Grammar.verb(w, j)) {
      return true;
    }
    // The hearer may be a phrase: "warned senior executives that".
    for (int k = j; k >= 1 && j - k < MAX_HEARER && (w.get(k).is("PRON", "NUM")
        || Grammar.inNounPhrase(w.get(k))); k--) {
      if (reporting(previousContent(k))) {
        return true;
      }
    }
    return false;
  }
}
