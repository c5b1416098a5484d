package dev.gloss.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAnnotatorTest {

  private final DateAnnotator annotator = new DateAnnotator();

  /** Each found expression as {@code text=value}, joined by " | ". */
  private String found(String text, String anchor) {
    return annotator.annotate(text, List.of(), DateContext.of(LocalDate.parse(anchor))).stream()
        .map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = ';', value = {
      // absolute dates, with and without year
      "It opened on Nov. 21, 2024.; 2025-01-10; Nov. 21, 2024=2024-11-21",
      "It opened on 21 November 2024.; 2025-01-10; 21 November 2024=2024-11-21",
      "It took effect on 2024-11-26.; 2025-01-10; 2024-11-26=2024-11-26",
      "She pleaded guilty in March.; 2024-11-22; March=2024-03",
      "The plant opened in 1998.; 2024-11-22; 1998=1998",
      "Sales peaked in the 1990s.; 2024-11-22; 1990s=199",
      "It was big in the ’90s.; 2024-11-22; ’90s=199",
      "It happened in February 2011.; 2024-11-22; February 2011=2011-02",
      "It fell in August last year.; 2025-03-12; August last year=2024-08",
      // year inference
      "Sentencing is scheduled for Jan. 17.; 2024-12-05; Jan. 17=2025-01-17",
      "The bridge closed on 14 March.; 2023-11-24; 14 March=2023-03-14",
      "The sides will meet again in February.; 2024-07-29; February=2025-02",
      "Shares have fallen since last January.; 2023-01-19; last January=2022-01",
      "Cases have risen since September.; 2024-03-10; September=2023-09",
      // relative days and weeks across month and year ends
      "The minister spoke yesterday.; 2024-03-01; yesterday=2024-02-29",
      "The minister spoke yesterday.; 2025-01-01; yesterday=2024-12-31",
      "The vote is tomorrow.; 2024-12-31; tomorrow=2025-01-01",
      "The council met on Tuesday.; 2024-03-01; Tuesday=2024-02-27",
      "The shop will close on Saturday.; 2024-12-30; Saturday=2025-01-04",
      "Officials said last week that it was over.; 2024-12-30; last week=2024-W52",
      "A decision is expected next week.; 2024-12-27; next week=2025-W01",
      "Prices rose last month.; 2025-01-15; last month=2024-12",
      "Rents rose earlier this month.; 2025-01-29; earlier this month=2025-01",
      "It will reopen early next year.; 2023-06-07; early next year=2024",
      "It seemed impossible a decade ago.; 2025-02-11; a decade ago=2015",
      "The trial began on 3 March last year. He was arrested two days later.; 2023-02-08;"
          + " 3 March last year=2022-03-03 | two days later=2022-03-05",
      "The ordinance took effect on 2024-05-01. The suit came nine months later.; 2025-03-07;"
          + " 2024-05-01=2024-05-01 | nine months later=2025-02",
      "Farmers fear for their crops this spring.; 2024-01-10; this spring=2024-SP",
      "This winter could be the worst.; 2025-10-09; This winter=2025-WI",
      "It was the coldest this winter.; 2024-01-20; this winter=2023-WI",
      // vague
      "Regulators have scrutinised it in recent months.; 2024-01-10; recent months=PAST_REF",
      "The group had recently hired lawyers.; 2024-01-10; recently=PAST_REF",
      "The rules will change soon.; 2024-01-10; soon=FUTURE_REF",
      "It will last for the foreseeable future.; 2024-01-10; foreseeable future=FUTURE_REF",
      // durations
      "It will cut posts over the next two years.; 2024-03-14; next two years=P2Y",
      "He was jailed for three years.; 2024-02-02; three years=P3Y",
      "The final lasted three hours and 12 minutes.; 2024-09-09; three hours and 12 minutes=PT3H12M",
      "He signed a five-year contract.; 2023-08-30; five-year=P5Y",
      "A lot can change in a fortnight.; 2024-06-20; a fortnight=P2W",
      "It sold out in under an hour.; 2024-03-26; an hour=PT1H",
      "The hackers had access for weeks.; 2024-11-28; weeks=PXW",
      // times and parts of day
      "Protesters gathered on Wednesday evening.; 2024-03-14; Wednesday evening=2024-03-13TEV",
      "Heavy snow fell overnight Wednesday.; 2024-01-19; overnight Wednesday=2024-01-17TNI",
      "The window closes on Friday at 11pm.; 2023-08-30; Friday=2023-09-01 | 11pm=2023-09-01T23:00",
      "The warning runs from 6 p.m. Tuesday until noon Thursday.; 2024-01-15;"
          + " 6 p.m.=2024-01-16T18:00 | Tuesday=2024-01-16 | noon=2024-01-18T12:00"
          + " | Thursday=2024-01-18",
      "The meeting on Monday, June 10, ran until almost 1 a.m.; 2024-06-14;"
          + " Monday, June 10=2024-06-10 | 1 a.m.=2024-06-11T01:00",
      "The crash happened at 10:30 a.m. yesterday.; 2025-06-16;"
          + " 10:30 a.m.=2025-06-15T10:30 | yesterday=2025-06-15",
      "The club said last night that he had signed.; 2023-08-30; last night=2023-08-29TNI",
      // tense: the verb before the date governs it; a modal's verb group looks ahead
      "She had flown to Leeds on Monday in the hope of a vote.; 2026-06-30; Monday=2026-06-29",
      "They said they would hold a board meeting on Thursday to consider a rate-cut plan.;"
          + " 2026-06-30; Thursday=2026-07-02",
      "The whips met the would-be rebels on Monday night.; 2026-11-04;"
          + " Monday night=2026-11-02TNI",
      "The statues will be handed over at a ceremony on Oct. 15.; 2024-10-04; Oct. 15=2024-10-15",
      "The rules would be reviewed in April.; 2024-11-21; April=2025-04",
      "The motion is listed for debate on Friday.; 2025-11-12; Friday=2025-11-14",
      "A vote could come as early as Friday.; 2025-05-29; Friday=2025-05-30",
      // a past clause sends a later month back a year, unless the date is near or after "for"
      "The levy, which took effect in October, was struck down.; 2026-04-22; October=2025-10",
      "Shipping lines sued in November.; 2026-04-22; November=2025-11",
      "Farmers have called a protest for March 23.; 2026-03-17; March 23=2026-03-23",
      // clock times: the paragraph's day, else the day the opening reports; later is next day
      "The deal fell apart late Monday.\\n\\nShe spoke shortly after 10 p.m.; 2026-06-30;"
          + " late Monday=2026-06-29 | 10 p.m.=2026-06-29T22:00",
      "The deal fell apart late Monday.\\n\\nShe spoke at 10 p.m. Twenty minutes later he left.;"
          + " 2026-06-30; late Monday=2026-06-29 | 10 p.m.=2026-06-29T22:00"
          + " | Twenty minutes later=2026-06-29",
      "A blaze broke out overnight Wednesday.\\n\\nCrews came at 11:40 p.m. and left by 5:30 a.m.;"
          + " 2023-09-07; overnight Wednesday=2023-09-06TNI | 11:40 p.m.=2023-09-06T23:40"
          + " | 5:30 a.m.=2023-09-07T05:30",
  })
  void normalises(String text, String anchor, String expected) {
    assertEquals(expected.strip(), found(text.strip().replace("\\n", "\n"), anchor.strip()));
  }

  @org.junit.jupiter.api.Test
  void hoursAndMinutesLaterStayOnTheDayOrMoveByWholeDays() {
    // Found by building an unseen political story: minutes after a date threw an exception.
    String minutes = found("The vote was on March 3. Forty minutes later, the whip resigned.",
        "2024-03-10");
    String hours = found("The vote was on March 3. Thirty hours later, the whip resigned.",
        "2024-03-10");
    assertEquals(true, minutes.startsWith("March 3=2024-03-03 | "), minutes);
    assertEquals(true, minutes.endsWith("=2024-03-03"), minutes);
    assertEquals(true, hours.endsWith("=2024-03-04"), hours);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Ministers may decide later.",
      "Protesters will march on the capital.",
      "Theresa May told the Sunday Times she would resign.",
      "The hotline runs 24/7.",
      "The laptop runs Windows 11.",
      "Cases of COVID-19 fell.",
      "Early access to the tool went to 300 artists.",
      "He is a 71-year-old retired teacher.",
      "The boy, nine years old, was unhurt.",
      "The scheme costs £1.7bn a year and pays $17 an hour.",
      "The leap day comes round every four years.",
      "She appeared on the BBC's Sunday Morning programme.",
      "One of these days it will all be over.",
      "It came as recently as the spring.",
  })
  void leavesFalseFriendsAlone(String text) {
    assertEquals("", found(text, "2024-05-15"));
  }

  @Test
  void aWeekdayThatContradictsItsDateKeepsTheDateAndSaysSo() {
    List<DateMention> dates = annotator.annotate("On Tuesday, November 21, artists leaked it.",
        List.of(), DateContext.yearOnly(2024));
    DateMention date = dates.get(0);
    assertEquals("2024-11-21", date.value());
    assertTrue(date.conflict());
    assertEquals(List.of("2023-11-21", "2024-11-19", "2024-11-26"), date.alternatives());
    assertTrue(date.warnings().get(0).startsWith("21 November 2024 was a Thursday, not a Tuesday;"
        + " the nearest year in which 21 November is a Tuesday is 2023"), date.warnings().get(0));
  }

  @Test
  void aWeekdayThatMatchesItsDateIsNoConflict() {
    DateMention date = annotator.annotate("It closed on Tuesday, November 21.", List.of(),
        DateContext.of(LocalDate.of(2023, 11, 22))).get(0);
    assertEquals("2023-11-21", date.value());
    assertEquals(List.of(), date.warnings());
  }

  @Test
  void onlyTheYearKnownAssumesTheLatestDateGivenAndSaysSo() {
    List<DateMention> dates = annotator.annotate(
        "The vote was on 3 March. Protests followed on Friday.", List.of(),
        DateContext.yearOnly(2023));
    assertEquals("2023-03-03", dates.get(0).value());
    assertEquals("2023-03-03", dates.get(1).value());
    assertTrue(dates.get(1).warnings().get(0).contains("assumed date, 3 March 2023"),
        dates.get(1).warnings().toString());
  }

  @Test
  void nothingKnownLeavesRelativeDaysUnplacedWithAWarning() {
    DateMention date = annotator.annotate("The council met on Tuesday.", null).get(0);
    assertEquals("XXXX-WXX-2", date.value());
    assertTrue(date.warnings().get(0).startsWith("cannot be placed on the calendar"));
  }

  @Test
  void idsRunInTextOrder() {
    List<DateMention> dates = annotator.annotate("In 2021, and again on Monday, and in 2023.",
        LocalDate.of(2024, 5, 15));
    assertEquals(List.of("d1", "d2", "d3"), dates.stream().map(DateMention::id).toList());
    assertEquals(List.of("2021", "Monday", "2023"), dates.stream().map(DateMention::text)
        .toList());
  }
}
