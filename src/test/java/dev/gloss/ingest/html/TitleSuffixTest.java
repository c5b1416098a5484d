package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleSuffixTest {

  @Test
  void splitsTheSiteNameAfterTheHeadline() {
    assertEquals(new TitleSuffix.Split("Ferry fares to double", "The Lakeside Courier"),
        TitleSuffix.split("Ferry fares to double | The Lakeside Courier", null));
    assertEquals(new TitleSuffix.Split("Ferry fares to double", "Courier"),
        TitleSuffix.split("Ferry fares to double \u2014 Courier", null));
  }

  @Test
  void splitsASiteNameBeforeTheHeadlineWhenThePageShowsTheHeadline() {
    assertEquals(new TitleSuffix.Split("Water rates to rise", "Cobalt Springs Register"),
        TitleSuffix.split("Cobalt Springs Register - Water rates to rise",
            "Water rates to rise 9 percent as city replaces mains"));
  }

  @Test
  void keepsATailTooLongToBeASiteName() {
    assertEquals(new TitleSuffix.Split("Storm - what we know about the damage so far", null),
        TitleSuffix.split("Storm - what we know about the damage so far", null));
  }

  @Test
  void removesOnlyTheNamedSite() {
    assertEquals("Ferry fares to double",
        TitleSuffix.withoutSite("Ferry fares to double | The Courier", "The Courier"));
    assertEquals("Ferry fares to double",
        TitleSuffix.withoutSite("the courier - Ferry fares to double", "The Courier"));
    assertEquals("Ferry fares to double | Transport",
        TitleSuffix.withoutSite("Ferry fares to double | Transport", "The Courier"));
    assertEquals("The Courier", TitleSuffix.withoutSite("The Courier", "The Courier"));
  }
}
