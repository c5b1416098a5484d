package dev.gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AppositionsTest {

  @Test
  void aRoleAfterTheNameWithOrWithoutAnArticle() {
    assertEquals("a nurse at Port Aldous General", Appositions.roleOf("Joanne Reyes, a nurse at"
        + " Port Aldous General, said the increase would cost her about $60 a month.",
        "Joanne Reyes"));
    assertEquals("president of the National Council of Shippers", Appositions.roleOf("\"A good"
        + " day,\" said Lydia Sorensen-Park, president of the National Council of Shippers, one"
        + " of the plaintiffs.", "Lydia Sorensen-Park"));
  }

  @Test
  void aRoleBeforeTheNameOwnedBySomeoneOrAnOffice() {
    assertEquals("Ferreira's budget director", Appositions.roleOf("Ferreira's budget director,"
        + " Priya Wadkins, disputed that.", "Priya Wadkins"));
    assertEquals("the county's chief economist", Appositions.roleOf("On Monday the county's chief"
        + " economist, Dan Ohle, said so.", "Dan Ohle"));
  }

  @Test
  void theVerbAfterAnAppositionIsNoRole() {
    assertEquals("the authority's general manager", Appositions.roleOf("\"We had hoped to cancel"
        + " it,\" the authority's general manager, Howard Tsai, wrote in an email.",
        "Howard Tsai"));
  }

  @Test
  void whatSomeoneDoesOrAnotherNameIsNoRole() {
    assertNull(Appositions.roleOf("Priya Wadkins, who chairs the panel, said no.",
        "Priya Wadkins"));
    assertNull(Appositions.roleOf("Priya Wadkins, speaking on Monday, said no.", "Priya Wadkins"));
    assertNull(Appositions.roleOf("In the end, Priya Wadkins said no.", "Priya Wadkins"));
    assertNull(Appositions.roleOf("Priya Wadkins, Dan Ohle and Ana Ruiz voted no.",
        "Priya Wadkins"));
    assertNull(Appositions.roleOf("Priya Wadkins, the panel said, will resign.", "Priya Wadkins"));
    assertNull(Appositions.roleOf("Priya Wadkins, 45, said no.", "Priya Wadkins"));
  }
}
