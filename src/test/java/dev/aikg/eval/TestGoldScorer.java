package dev.aikg.eval;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java scorer gives what score.py gives. The expected text below was printed by
 * {@code score.py GOLD PRED --verbose} once by hand on exactly these two inline files.
 */
class TestGoldScorer {
    private static final String GOLD = "{\"corpus\":\"t\",\"documents\":[\n" +
            " {\"id\":\"a\",\"entities\":[\n" +
            "   {\"name\":\"DeepSeek\",\"type\":\"Organization\",\"mentions\":[\"Deepseeks\",\"DeepSeek’s\"]},\n" +
            "   {\"name\":\"Liang Wenfeng\",\"type\":\"Person\",\"mentions\":[\"Liang\"]},\n" +
            "   {\"name\":\"DeepSeek-R1\",\"type\":\"AIModel\",\"mentions\":[\"R1\"]},\n" +
            "   {\"name\":\"Nvidia\",\"type\":\"Organization\",\"mentions\":[]},\n" +
            "   {\"name\":\"H800\",\"type\":\"Chip\",\"mentions\":[]}],\n" +
            "  \"relations\":[{\"s\":\"Liang Wenfeng\",\"p\":\"founderOf\",\"o\":\"DeepSeek\"},{\"s\":\"DeepSeek\",\"p\":\"competesWith\",\"o\":\"Nvidia\"},\n" +
            "               {\"s\":\"DeepSeek\",\"p\":\"headquarteredIn\",\"o\":\"Hangzhou\"}],\n" +
            "  \"stockMoves\":[{\"company\":\"Nvidia\",\"changePct\":-12.5,\"date\":null},{\"company\":\"DeepSeek\",\"changePct\":3.0}]},\n" +
            " {\"id\":\"b\",\"entities\":[{\"name\":\"Straße AG\",\"type\":\"Organization\",\"mentions\":[]}],\"relations\":[],\"stockMoves\":[]}]}\n";
    private static final String PRED = "{\"documents\":[\n" +
            " {\"id\":\"a\",\"entities\":[\n" +
            "   {\"name\":\"Deepseek\",\"type\":\"Organization\",\"mentions\":[\"Deepseek\"]},\n" +
            "   {\"name\":\"Liang\",\"type\":\"Person\",\"mentions\":[\"Liangs\"]},\n" +
            "   {\"name\":\"R1 model\",\"type\":\"AIModel\",\"mentions\":[\"R1\"]},\n" +
            "   {\"name\":\"H800\",\"type\":\"Organization\",\"mentions\":[]},\n" +
            "   {\"name\":\"Jensen Huang\",\"type\":\"Person\",\"mentions\":[]}],\n" +
            "  \"relations\":[{\"s\":\"Liang\",\"p\":\"founderOf\",\"o\":\"Deepseek\"},{\"s\":\"Nvidia\",\"p\":\"competesWith\",\"o\":\"Deepseek\"},\n" +
            "               {\"s\":\"Deepseek\",\"p\":\"headquarteredIn\",\"o\":\"hangzhou.\"},{\"s\":\"Jensen Huang\",\"p\":\"ceoOf\",\"o\":\"Nvidia\"}],\n" +
            "  \"stockMoves\":[{\"company\":\"Nvidia\",\"changePct\":-12.5},{\"company\":\"Deepseek\",\"changePct\":2.5}]},\n" +
            " {\"id\":\"b\",\"entities\":[{\"name\":\"STRASSE-AG\",\"type\":\"Organization\",\"mentions\":[]}]}]}\n";
    private static final String EXPECTED = "entities    P=0.667 R=0.667 F1=0.667  (tp=4 fp=2 fn=2)\n" +
            "relations   P=0.750 R=1.000 F1=0.857  (tp=3 fp=1 fn=0)\n" +
            "stockMoves  P=0.500 R=0.500 F1=0.500  (tp=1 fp=1 fn=1)\n" +
            "  AIModel       F1=1.000 (tp=1 fp=0 fn=0)\n" +
            "  Chip          F1=0.000 (tp=0 fp=0 fn=1)\n" +
            "  Organization  F1=0.667 (tp=2 fp=1 fn=1)\n" +
            "  Person        F1=0.667 (tp=1 fp=1 fn=0)\n" +
            "   a entity-miss ('H800', 'Chip')\n" +
            "   a entity-miss ('Nvidia', 'Organization')\n" +
            "   a entity-spurious ('?H800', 'Organization')\n" +
            "   a entity-spurious ('?Jensen Huang', 'Person')\n" +
            "   a relation-spurious ('?Jensen Huang', 'ceoOf', 'Nvidia')\n" +
            "   a move-miss ('DeepSeek', 3)\n" +
            "   a move-spurious ('DeepSeek', 2)\n";

    private static JsonNode json(String s) {
        return JsonMapper.builder().build().readTree(s);
    }

    @Test
    void sameLinesAsScorePy() {
        Score score = new GoldScorer().score(json(GOLD), json(PRED));
        assertEquals(EXPECTED, score.format(true));
    }

    @Test
    void countsAndMeasures() {
        Score score = new GoldScorer().score(json(GOLD), json(PRED));
        assertEquals(new Score.Counts(4, 2, 2), score.entities());
        assertEquals(new Score.Counts(3, 1, 0), score.relations());
        assertEquals(6.0 / 7.0, score.relations().f1(), 1e-9);
    }

    @Test
    void typeFilter() {
        Score score = new GoldScorer(java.util.Set.of("Person")).score(json(GOLD), json(PRED));
        assertEquals(new Score.Counts(1, 1, 0), score.entities());
    }

    @Test
    void normalisationFoldsCaseGenitiveAndSeparators() {
        assertEquals("deepseek", GoldScorer.norm("DeepSeek’s"));
        assertEquals("strasse ag", GoldScorer.norm("STRASSE-AG"));
        assertEquals("strasse ag", GoldScorer.norm("Straße  AG."));
        assertEquals("nvidia", GoldScorer.norm("Nvidias'"));
    }
}
