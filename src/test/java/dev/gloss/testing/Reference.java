package dev.gloss.testing;

import java.nio.file.Path;
import java.util.List;

/** The reference article and what a person reading it finds in it, written out by hand. */
public final class Reference {

  /** The scraped page, as copied from the shared seeds. */
  public static final Path SEED = Path.of("seeds/latin-times-artists-leak-openai-sora.txt");

  public static final String TITLE =
      "Artists Get Revenge on OpenAI, Leak Private AI Video Tool to Public";

  /** The body, paragraph by paragraph, as a reader of the page sees it. */
  public static final List<String> PARAGRAPHS = List.of(
      "A group of artists leaked OpenAI's new generative AI video tool to the public, citing"
          + " concerns over exploitation and inadequate recognition for their unpaid contributions"
          + " during the tool's development.",
      "On Tuesday, November 21, artists leaked OpenAI's Sora, an experimental text-to-video"
          + " generator.",
      "The tool was made available in early access to 300 artists and filmmakers for feedback."
          + " The program, valued for its potential to create high-quality videos from text"
          + " prompts, also drew criticism from testers who accused OpenAI of exploiting their"
          + " unpaid labor.",
      "Artists then decided to protest the leak after feeling undervalued and excluded from"
          + " meaningful compensation.",
      "The leak, shared on the AI development platform Hugging Face, allowed users to briefly"
          + " access Sora and generate short video clips, Variety reported.",
      "This release was accompanied by a manifesto on Tuesday condemning the platform's practices"
          + " as exploitative, calling their roles as \"PR puppets.\"",
      "\"We received access to Sora with the promise to be early testers, red teamers and creative"
          + " partners. However, we believe instead we are being lured into 'art washing' to tell"
          + " the world that Sora is a useful tool for artists,\" said the open letter. \"ARTISTS"
          + " ARE NOT YOUR UNPAID R&D ... we are not your: free bug testers, PR puppets, training"
          + " data, validation tokens.\"",
      "In response, OpenAI cut off access to Sora while denying allegations of coercion or unfair"
          + " practices.",
      "\"Sora is still in research preview, and we're working to balance creativity with robust"
          + " safety measures for broader use. Hundreds of artists in our alpha [testing program]"
          + " have shaped Sora's development, helping prioritize new features and safeguards."
          + " Participation is voluntary, with no obligation to provide feedback or use the"
          + " tool.\" Niko Felix, OpenAI rep, told Variety.",
      "The open letter shared was signed by 19 artists, which OpenAI claims that not all had"
          + " access to Sora and were not part of the program.");

  /** Lines of the aggregator's wrapper: none may reach the page. */
  public static final List<String> WRAPPER = List.of("Get all your news in one place",
      "premium titles", "Start reading", "Sign up to read this article",
      "Already a member? Sign in here", "Related Stories", "Top stories on inkl right now",
      "One subscription that gives you access", "Our Picks", "Fourteen days free",
      "Download the app", "One app. One membership.", "trusted global sources");

  private Reference() {
  }
}
