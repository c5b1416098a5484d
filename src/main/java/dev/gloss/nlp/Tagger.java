package dev.gloss.nlp;

import dev.gloss.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Splits a sentence into words and tags each with its part of speech, using OpenNLP's English
 * Universal Dependencies models. The models are loaded once; the tagging objects are not
 * thread-safe, so each thread gets its own.
 */
public final class Tagger {

  private static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
      TokenizerModel::new);
  private static final POSModel TAGS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
      POSModel::new);
  private static final ThreadLocal<TokenizerME> TOKENIZER =
      ThreadLocal.withInitial(() -> new TokenizerME(TOKENS));
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(TAGS));

  private Tagger() {
  }

  /** The words of {@code text} between {@code span}'s ends, with spans into the whole text. */
  public static List<Word> tag(String text, Span span) {
    String sentence = span.of(text);
    opennlp.tools.util.Span[] spans = TOKENIZER.get().tokenizePos(sentence);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(sentence).toString();
    }
    String[] tags = TAGGER.get().tag(words);
    List<Word> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Word(words[i],
          new Span(span.start() + spans[i].getStart(), span.start() + spans[i].getEnd()), tags[i]));
    }
    return tokens;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = Tagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
