package dev.gloss.timeline;

import dev.gloss.model.Span;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the tagger's tokens into the words a reader sees, so that a label is never cut inside
 * one: the tokenizer splits "Haldane-backed" into "Haldane-" and "backed", and "half-cent" into
 * three tokens, and a cut between them leaves "a Haldane-". Also mends two slips of the tagger that
 * would otherwise move a clause's verb.
 */
final class WrittenWords {

  private WrittenWords() {
  }

  /** The written words of a tagged sentence, in order. */
  static List<Word> of(List<Word> tokens) {
    List<List<Word>> groups = new ArrayList<>();
    for (Word token : tokens) {
      List<Word> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && joined(last.get(last.size() - 1), token)) {
        last.add(token);
      } else {
        groups.add(new ArrayList<>(List.of(token)));
      }
    }
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Word> group = groups.get(i);
      Word next = i + 1 < groups.size() ? groups.get(i + 1).get(0) : null;
      words.add(group.size() == 1 ? group.get(0) : compound(group, next));
    }
    for (int i = 0; i < words.size(); i++) {
      words.set(i, mend(words, i));
    }
    return words;
  }

  /** Two tokens with nothing between them and a hyphen at the join are one written word. */
  private static boolean joined(Word before, Word after) {
    return before.span().end() == after.span().start()
        && (before.text().endsWith("-") || after.text().startsWith("-"))
        && !before.text().equals("--") && !after.text().equals("--");
  }

  /**
   * A hyphenated compound: a name when every part is one ("Tran-Delacroix"), a number when every
   * part is ("2-1"), else a modifier before a noun ("a Haldane-backed bill"), a verb when it ends
   * on one ("second-guessed"), or a noun ("a bait-and-switch").
   */
  private static Word compound(List<Word> parts, Word next) {
    StringBuilder text = new StringBuilder();
    parts.forEach(p -> text.append(p.text()));
    Span span = new Span(parts.get(0).span().start(), parts.get(parts.size() - 1).span().end());
    List<Word> content = parts.stream().filter(p -> !p.text().equals("-")).toList();
    String tag;
    if (content.stream().allMatch(p -> p.is("PROPN"))) {
      tag = "PROPN";
    } else if (content.stream().allMatch(p -> p.is("NUM"))) {
      tag = "NUM";
    } else if (next != null && next.is("NOUN", "PROPN", "ADJ", "NUM")) {
      tag = "ADJ";
    } else if (content.get(content.size() - 1).is("VERB")) {
      // "had second-guessed a judgment"
      tag = "VERB";
    } else {
      tag = "NOUN";
    }
    return new Word(text.toString(), span, tag);
  }

  /**
   * A capitalised word inside the sentence that the tagger read as a verb or adjective is a name
   * ("which Statehouse Current obtained"); a verb straight after a determiner is a modifier or a
   * noun ("a proposed tax", "met that deadline"), since no English clause puts a verb there.
   */
  private static Word mend(List<Word> words, int i) {
    Word word = words.get(i);
    boolean sentenceStart = i == 0 || words.get(i - 1).text().matches("[\"“‘:(]");
    if (!sentenceStart && Character.isUpperCase(word.text().charAt(0))
        && word.is("VERB", "ADJ") && !word.text().equals("I")) {
      return new Word(word.text(), word.span(), "PROPN");
    }
    boolean afterDeterminer = i > 0 && (words.get(i - 1).is("DET")
        || Grammar.lower(words.get(i - 1)).matches("my|his|her|its|our|their|your")
        // "met that deadline": "that" after a verb and before no subject is a determiner.
        || Grammar.lower(words.get(i - 1)).equals("that") && i > 1 && words.get(i - 2).is("VERB")
            && !word.text().endsWith("ed"));
    boolean modifier = i + 1 < words.size() && words.get(i + 1).is("NOUN", "ADJ", "PROPN");
    // "the coming year" has a modifier; "the spending" is a noun.
    if (afterDeterminer && word.is("VERB")) {
      return new Word(word.text(), word.span(), modifier ? "ADJ" : "NOUN");
    }
    return word;
  }
}
