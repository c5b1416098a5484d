package dev.gloss.timeline;

import dev.gloss.nlp.Word;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One clause of a sentence, as indices into the sentence's words: who (its subject, which may be
 * words from elsewhere in the sentence, as the antecedent of "who"), its verb group, and where
 * its own words end (where the first clause inside it begins).
 *
 * @param kind how the clause hangs in the sentence
 * @param start the first word of the clause, its opening word ("who", "after", "and") included
 * @param subject the words naming its subject; empty when it has none the text gives
 * @param verb the first word of its verb group, or -1 when it has no verb
 * @param verbEnd one past the verb group's last word ("had driven", "agreed to sign", "ran out")
 * @param end one past the last word of its own: where a clause inside it begins, or its end
 * @param movedObject the antecedent an object relative moved out of it ("the agreement that they
 *     announced": "the agreement"), placed after the verb in a label; empty otherwise
 * @param parent the index of the clause it hangs on, or -1 for a main clause
 * @param quote the index of the quotation word its verb reports, or -1
 * @param opener the word that opened it ("if", "when", "that"), or null
 */
record Clause(Kind kind, int start, List<Word> subject, int verb, int verbEnd, int end,
    List<Word> movedObject, int parent, int quote, @Nullable Word opener) {

  Clause {
    subject = List.copyOf(subject);
    movedObject = List.copyOf(movedObject);
  }

  /** How a clause hangs in its sentence. */
  enum Kind {
    /** The sentence's main clause. */
    MAIN,
    /** A clause joined to the main one by "and" or "but", with its own subject. */
    COORDINATE,
    /** A second verb of the same subject: "became speaker and is expected to run". */
    VERB_PHRASE,
    /** "who became speaker", "that the governors announced". */
    RELATIVE,
    /** "after the aid ran out", "while the counties prepared". */
    ADVERBIAL,
    /** What was said or thought: "said (that) the governor agreed". */
    COMPLEMENT
  }

  boolean hasVerb() {
    return verb >= 0;
  }

  Clause withEnd(int newEnd) {
    return new Clause(kind, start, subject, verb, verbEnd, newEnd, movedObject, parent, quote,
        opener);
  }
}
