package dev.aikg.annotate.quantity;

import java.util.List;

/**
 * What a money amount measures, read from cue words near it. Cues are lower-case stems checked in a
 * window around the amount; the first kind with a cue wins, so the order below is the priority.
 */
public final class MoneyKind {
    private record Kind(String name, List<String> cues) { }

    private static final List<Kind> KINDS = List.of(
            new Kind("donation", List.of("spendete", "spende", "gespendet", "donated", "donation", "donates")),
            new Kind("assetsUnderManagement", List.of("verwaltet", "vermögen", "assets under management",
                    "manages", "aum")),
            new Kind("marketValueChange", List.of("börsenwert", "marktwert", "marktkapitalisierung", "market value",
                    "market cap", "wiped", "vernichtet", "ausradiert", "börsenkapitalisierung")),
            new Kind("trainingCost", List.of("training", "trainiert", "trained", "to train", "lernprozess",
                    "entwicklungskosten", "für die entwicklung", "to build", "to develop", "gekostet", "kostete",
                    "cost just", "cost only", "kosten von")),
            new Kind("investment", List.of("investiert", "investier", "invest", "investition", "beteiligung",
                    "stake", "funding", "finanzierung", "finanzierungsrunde", "raised", "backed")),
            new Kind("spending", List.of("ausgeben", "ausgaben", "spend", "capex", "aufwendungen")),
            new Kind("revenue", List.of("umsatz", "revenue", "sales", "erlös")),
            new Kind("valuation", List.of("bewertung", "bewertet", "valued", "valuation")));

    private MoneyKind() { }

    /** The kind named by cues in {@code window} (lower-case), or "money". */
    public static String of(String window) {
        for (Kind k : KINDS) {
            for (String c : k.cues) if (window.contains(c)) return k.name;
        }
        return "money";
    }
}
