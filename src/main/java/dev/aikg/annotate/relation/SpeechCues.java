package dev.aikg.annotate.relation;

import java.util.Set;

/** Words that report speech or judgement, in German and English, and the frames "laut X", "so X". */
final class SpeechCues {
    static final Set<String> VERBS = Set.of(
            "sagte", "sagt", "sagten", "gesagt", "meint", "meinte", "erklärte", "erklärt", "schrieb", "schreibt",
            "bezeichnete", "bezeichnet", "bezeichneten", "nannte", "nennt", "argumentierte", "argumentiert",
            "bemerkte", "bemerkt", "kommentierte", "kommentiert", "lobte", "lobt", "lobten", "kritisierte",
            "kritisiert", "warnte", "warnt", "mahnt", "mahnte", "betonte", "betont", "glaubt", "glaubte", "schätzt",
            "schätzte", "relativiert", "relativierte", "räumt", "räumte", "einräumt", "empfiehlt", "empfahl",
            "hervorgehoben", "äußerte", "äusserte", "sieht", "twitterte", "postete", "verglich", "urteilt",
            "urteilte", "bezweifelt", "bezweifelte", "vermutet", "vermutete", "erkennen", "erkennt", "erkannte",
            "anerkennt", "prognostiziert", "prognostizierte", "fügte", "ergänzte", "sprach", "spricht", "hält",
            "hielt", "wies", "weist", "lobend", "feierte", "feiert", "zweifelt", "zweifelte",
            "said", "says", "wrote", "writes", "called", "calls", "argued", "argues", "noted", "notes", "warned",
            "warns", "praised", "praises", "criticized", "criticised", "criticizes", "told", "tweeted", "posted",
            "added", "explained", "commented", "believes", "thinks", "described", "describes", "stated", "remarked",
            "recommended", "recommends", "predicted", "predicts", "hailed", "dismissed", "questioned", "doubts",
            "cautioned", "suggested", "claims", "claimed", "insisted", "acknowledged", "admitted", "estimated",
            "estimates", "sees", "views", "reiterated", "upgraded", "downgraded", "meldete", "stufte", "stuft");
    static final Set<String> JUDGEMENTS = Set.of("kritisch", "skeptisch", "begeistert", "beeindruckt", "critical",
            "skeptical", "impressed", "bullish", "bearish", "optimistisch", "pessimistisch", "enthusiastic", "rating",
            "ratings", "kursziel", "kaufempfehlung");
    static final Set<String> PRONOUNS = Set.of("er", "sie", "he", "she");
    static final Set<String> SUBORDINATORS = Set.of("obwohl", "although", "though", "while", "während", "nachdem",
            "after", "weil", "because", "wenn", "if", "als", "da", "when", "since", "seit", "bevor", "before");
    static final Set<String> PLATFORMS = Set.of("x", "linkedin", "twitter", "threads", "bluesky", "facebook",
            "instagram", "youtube", "tiktok", "weibo", "wechat", "reddit", "mastodon", "truth social", "substack");

    /** Verbs and judgements in one set: one lookup per word of every sentence with a speaker. */
    private static final Set<String> CUES = union(VERBS, JUDGEMENTS);
    /** The shortest and longest cue: most words of a sentence ("der", "and") are decided without hashing. */
    private static final int MIN_LENGTH = CUES.stream().mapToInt(String::length).min().orElse(0);
    private static final int MAX_LENGTH = CUES.stream().mapToInt(String::length).max().orElse(0);

    private SpeechCues() { }

    static boolean isCue(String lowerWord) {
        int n = lowerWord.length();
        return n >= MIN_LENGTH && n <= MAX_LENGTH && CUES.contains(lowerWord);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return java.util.Collections.unmodifiableSet(out);
    }
}
