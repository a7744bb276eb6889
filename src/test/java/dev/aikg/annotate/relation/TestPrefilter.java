package dev.aikg.annotate.relation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPrefilter {
    @Test
    void containsAnyFindsACueWordInsideAGap() {
        assertTrue(Prefilter.containsAny(", der größte geldgeber von ", "investor", "geldgeber"));
        assertTrue(Prefilter.containsAny(" is a distilled version of the ", "version"));
        assertFalse(Prefilter.containsAny(" und die neue plattform von ", "investor", "geldgeber"));
        assertFalse(Prefilter.containsAny("", "mit"));
    }

    @Test
    void endsWithSpaceKnowsTheRegexSpaceClass() {
        assertTrue(Prefilter.endsWithSpace("backed by "));
        assertTrue(Prefilter.endsWithSpace("unterstützt von\t"));
        assertTrue(Prefilter.endsWithSpace("line\n"));
        assertFalse(Prefilter.endsWithSpace("the fund's"));
        assertFalse(Prefilter.endsWithSpace(""));
        assertFalse(Prefilter.endsWithSpace("no-break\u00a0"), "\\s without UNICODE_CHARACTER_CLASS leaves out U+00A0");
    }

    @Test
    void aGapFailingThePrefilterNeverMatchesTheGatedExpression() {
        java.util.regex.Pattern stake = java.util.regex.Pattern.compile(".*\\b(in which|in whom|an dem|an der|an denen|in das|in den|in die)\\s+$");
        for (String gap : new String[] {", an dem ", "a lab in which ", ", in die ", " which holds ", ", an welchem ", "in whom\n"}) {
            boolean gate = Prefilter.endsWithSpace(gap) && Prefilter.containsAny(gap, "in w", "an de", "in d");
            if (!gate) assertFalse(stake.matcher(gap).matches(), gap);
            else if (stake.matcher(gap).matches()) assertTrue(gate, gap);
        }
        assertTrue(stake.matcher(", an dem ").matches());
        assertFalse(Prefilter.containsAny(", an welchem ", "in w", "an de", "in d"));
    }

    @Test
    void roleCompoundLosesOnlyLeadingSpaceAndHyphens() {
        for (String s : new String[] {"-CEO", " - Chefin", "\t-Analyst", "CTO", "", "--", "Co-Founder "}) {
            assertEquals(s.replaceFirst("^[\\s-]+", ""), RoleRules.stripLeadingSpaceAndHyphens(s), s);
        }
    }
}
