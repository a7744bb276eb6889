package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;

import java.util.Set;

/** Token-level tests for name shapes shared by the cue rules. */
final class NameSpans {
    private static final Set<String> ARTICLES = Set.of("der", "den", "das");
    /** Titles of saints that open place names ("San Francisco", "Santa Clara", "São Paulo", "Los Angeles"). */
    private static final Set<String> PLACE_TITLES = Set.of("San", "Santa", "Santo", "São", "Sao", "Los", "Las");
    static final Set<String> PARTICLES = Cues.hashed("von", "van", "de", "der", "den", "di", "da", "del", "della", "du",
            "bin", "al", "ibn", "le", "la", "ter", "zu", "dos", "das");

    /** Particles that join two surnames, lower case as written: "Mondini de Focatiis", "Rendu de Lint". */
    private static final Set<String> ROMANCE_PARTICLES = Set.of("de", "di", "da", "del", "della", "dos", "du");

    private static final String[] ADJECTIVE_ENDINGS = {"ige", "igen", "iger", "iges", "ische", "ischen", "ischer",
            "isches", "liche", "lichen", "licher", "liches", "ierte", "ierten", "ende", "enden", "ender"};

    private NameSpans() { }

    /** A surname candidate: capitalised letters (inner capitals allowed, "LeCun"), not an acronym or stop word. */
    static boolean surnameLike(Token t) {
        return surnameLike(t, true);
    }

    /** As {@link #surnameLike(Token)}; German adjective endings refused only when asked ("Rezende" in English text is a name). */
    private static boolean surnameLike(Token t, boolean germanEndings) {
        if (!Cues.nameLike(t) || t.length() < 2) return false;
        String s = t.text();
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’') return false;
            if (Character.isUpperCase(c)) upper++;
        }
        if (upper == s.length()) return false; // "CEO", "KI": acronyms are not surnames
        String l = t.lower();
        for (String ending : ADJECTIVE_ENDINGS) {
            if (germanEndings && l.endsWith(ending)) return false; // "Hochrangige Beamte": German adjectives and participles
        }
        return !Cues.is(t, Cues.F_NOT_SURNAME);
    }

    /** Korean family names as romanised in the press (South Korean usage, and the common variants). */
    private static final Set<String> KOREAN_SURNAMES = Cues.hashed("kim", "lee", "yi", "rhee", "park", "pak", "choi",
            "choe", "chey", "jung", "chung", "jeong", "jun", "jeon", "chun", "kang", "cho", "jo", "yoon", "yun", "jang",
            "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song", "yoo",
            "ryu", "yu", "hong", "moon", "mun", "son", "sohn", "bae", "baek", "paik", "heo", "huh", "nam", "roh", "noh",
            "ha", "kwak", "sung", "seong", "cha", "joo", "ju", "woo", "min", "ko", "koh", "goh", "byun", "hyun", "kyung",
            "koo", "ku", "gu", "yang", "won", "bang", "chae", "jin", "pyo", "ok", "do", "tak", "yeo", "um", "eom");

    /**
     * One syllable of romanised Korean: an optional initial, an optional glide, a vowel and an
     * optional final ("jae", "young", "hyun", "kwang", "noh", "won"). "Start" and "Pop" fail on
     * their initial or final, so "Das Start-up" is not read as a name.
     */
    private static final java.util.regex.Pattern KOREAN_SYLLABLE = java.util.regex.Pattern.compile(
            "(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h)?[yw]?(?:ae|eo|eu|oe|ui|oo|ou|ee|ai|ei|a|e|i|o|u)(?:ng|n|k|l|m|p|h)?");

    /**
     * A Korean name at token i: family name, then a given name of two syllables joined by a hyphen
     * with the second in lower case ("Jun Young-hyun", "Kwak Noh-jung", "Chey Tae-won"). The shape
     * is distinctive enough to stand without a cue. Returns the last token, or -1.
     */
    static int koreanNameEnd(DocumentTokens d, int i, boolean[] covered) {
        if (i + 2 >= d.size() || !KOREAN_SURNAMES.contains(d.lower(i)) || !d.get(i).capitalised()) return -1;
        Token first = d.get(i + 1), second = d.get(i + 2);
        if (covered[i + 1] || covered[i + 2] || first.gap() != Token.Gap.SPACE || second.gap() != Token.Gap.HYPHEN
                || !d.sameSentence(i, i + 2) || !first.capitalised() || !first.word() || !second.word()
                || !Character.isLowerCase(second.text().charAt(0))) return -1;
        if (!KOREAN_SYLLABLE.matcher(first.lower()).matches() || !KOREAN_SYLLABLE.matcher(second.lower()).matches()) return -1;
        return i + 2;
    }

    /** Two-letter words that are common abbreviations, never a Korean executive's initials. */
    private static final Set<String> NOT_INITIALS = Cues.hashed("ai", "ki", "us", "eu", "uk", "tv", "it", "hr", "pr", "vr", "ar", "ml",
            "ok", "pc", "id", "ip", "ux", "ui", "os", "uv", "ev", "hq", "ir", "cd", "dj", "gm", "vp");

    /**
     * "TM Roh, president of …", "JH Han": two capital initials and a Korean family name, as the English-language press
     * writes Korean executives. Returns the surname's token, or -1.
     */
    static int koreanInitialsEnd(DocumentTokens d, int i, boolean[] covered) {
        if (i + 1 >= d.size() || covered[i] || covered[i + 1]) return -1;
        Token t = d.get(i), sur = d.get(i + 1);
        String s = t.text();
        if (!t.word() || s.length() != 2 || !Character.isUpperCase(s.charAt(0)) || !Character.isUpperCase(s.charAt(1))
                || NOT_INITIALS.contains(t.lower())) return -1;
        if (sur.gap() != Token.Gap.SPACE || !d.sameSentence(i, i + 1) || !sur.capitalised() || !KOREAN_SURNAMES.contains(sur.lower())
                || i + 2 < d.size() && d.sameSentence(i, i + 2) && d.get(i + 2).word() && d.get(i + 2).capitalised()) return -1;
        return i + 1;
    }

    /** Family names of Chinese Malaysians, Singaporeans and Hong Kongers, as they romanise them. */
    private static final Set<String> SOUTHERN_CHINESE_SURNAMES = Cues.hashed("yuen", "yeoh", "koh", "goh", "ong", "teo", "chua",
            "yeo", "seah", "toh", "quek", "lim", "tay", "tan", "loh", "khoo", "chong", "chew", "cheung", "leung", "wong", "chan", "wee",
            "lau", "tsang", "kwok", "chow", "fung", "yeung", "mak", "kwan", "poon", "hui", "tse", "siu");

    /** Vietnamese family names as written without diacritics or with them. */
    private static final Set<String> VIETNAMESE_SURNAMES = Cues.hashed("nguyen", "nguyễn", "tran", "trần", "pham", "phạm", "hoang",
            "hoàng", "huynh", "huỳnh", "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "duong", "dương", "truong",
            "trương", "dinh", "đinh", "doan", "đoàn", "trinh", "trịnh", "ngo", "ngô", "luong", "lương", "ho", "hồ");

    /** Vietnamese family names that are words or other names elsewhere, written without their marks ("Le", "Do", "Tao"). */
    private static final Set<String> AMBIGUOUS_VIETNAMESE_SURNAMES = Cues.hashed("le", "lê", "do", "đỗ", "dao", "đào", "tao",
            "ha", "hà", "ta", "tạ", "ly", "lý", "lam", "lâm", "mai", "cao", "quach", "quách", "vuong", "vương", "thai", "thái",
            "lai", "lại", "kieu", "kiều", "to", "tô", "chu", "la");
    /** Syllables of Vietnamese given and middle names, as written without their marks. */
    private static final Set<String> VIETNAMESE_GIVEN_SYLLABLES = Cues.hashed("thu", "ha", "duc", "thang", "minh", "van", "thi",
            "lan", "anh", "hoa", "hung", "quang", "tuan", "trung", "huong", "linh", "ngoc", "phuong", "thanh", "hai", "long", "nam",
            "son", "dung", "hien", "hanh", "mai", "tam", "binh", "khanh", "thao", "trang", "nhung", "yen", "vy", "huy", "khoa",
            "bao", "dat", "hieu", "loc", "phuc", "tien", "tu", "vinh", "hoang", "nhat", "gia", "kim", "hong", "xuan", "thuy",
            "cuong", "hau", "nga", "quynh", "diem", "chau", "chi", "dinh", "viet", "phu", "quoc", "trong", "thai", "tri", "hoai",
            "dieu", "uyen", "vu", "khai", "luan", "nghia", "phong", "tai", "toan", "tung", "hao", "kha", "nhu", "tuyet", "oanh",
            "truong", "dien", "hoan", "thinh", "duy", "hoang", "lam", "phat", "sang", "tho", "ngan", "my", "trinh", "tuong");

    /**
     * A Vietnamese name at token i: a family name and two short capitalised syllables ("Truong Gia Binh", "Pham Nhat
     * Vuong", "Nguyen Minh Tuan"), read whole so that no two-word span splits it; "Ho Chi Minh City" is a place. Returns
     * the last token, or -1.
     */
    static int vietnameseNameEnd(DocumentTokens d, int i, boolean[] covered) {
        if (i + 2 >= d.size() || !d.get(i).capitalised()) return -1;
        String family = d.lower(i);
        // "Yuen Kuan Moi", "Yeoh Seok Hong", "Tan Hooi Ling": Malaysian, Singaporean and Hong Kong names put the family
        // name first too, where the run of capitalised words ends after the two syllables.
        boolean southern = SOUTHERN_CHINESE_SURNAMES.contains(family) && endsRun(d, i + 2);
        // "Le Thu Ha", "Tao Duc Thang": a family name that is also a word elsewhere ("Le Monde", "Le Chat Pro") only before two
        // syllables of Vietnamese given names.
        boolean ambiguous = AMBIGUOUS_VIETNAMESE_SURNAMES.contains(family);
        if (!VIETNAMESE_SURNAMES.contains(family) && !southern && !ambiguous) return -1;
        for (int k = i + 1; k <= i + 2; k++) {
            Token t = d.get(k);
            // "Nguyen Hong Dien": a given syllable that is a word elsewhere ("Hong Kong") after a sure family name.
            // "Le Tien Truong": a syllable of six letters the given-name list holds.
            boolean known = !southern && VIETNAMESE_GIVEN_SYLLABLES.contains(t.lower()) && t.word() && t.capitalised() && !t.possessive();
            if (covered[k] || !d.sameSentence(i, k) || t.gap() != Token.Gap.SPACE || !vietnameseSyllable(t) && !known) return -1;
            if (ambiguous && !VIETNAMESE_GIVEN_SYLLABLES.contains(t.lower())) return -1;
        }
        int end = i + 2;
        // "Pham Thi Ngoc Lan": a middle name and two given syllables.
        if (!southern && end + 1 < d.size() && d.sameSentence(i, end + 1) && !covered[end + 1] && d.get(end + 1).gap() == Token.Gap.SPACE
                && vietnameseSyllable(d.get(end + 1)) && VIETNAMESE_GIVEN_SYLLABLES.contains(d.lower(end + 1))
                && (MIDDLE_NAMES.contains(d.lower(i + 1)) || VIETNAMESE_GIVEN_SYLLABLES.contains(d.lower(i + 1)))) {
            end++;
        }
        if (end + 1 < d.size() && d.sameSentence(i, end + 1) && d.get(end + 1).is("City")) return -1;
        return end;
    }

    /** Vietnamese middle names that open a longer given name ("Thi", "Van"). */
    private static final Set<String> MIDDLE_NAMES = Cues.hashed("thi", "van", "thị", "văn", "duc", "đức", "huu", "hữu", "ngoc", "ngọc");

    /** A capitalised syllable of two to five letters with no capital inside ("Gia", "Nhat", "Vuong", "Minh"). */
    private static boolean vietnameseSyllable(Token t) {
        String s = t.text();
        if (!t.word() || t.possessive() || s.length() < 2 || s.length() > 5 || !Character.isUpperCase(s.charAt(0))) return false;
        for (int c = 1; c < s.length(); c++) if (!Character.isLowerCase(s.charAt(c))) return false;
        return !Cues.is(t, Cues.F_NOT_NAME | Cues.F_ROLE | Cues.F_ORG_SUFFIX | Cues.F_ORG_CUE_NOUN | Cues.F_DETERMINER);
    }

    /** Cantonese romanised family names (Hong Kong, Macau), used only after a hyphenated given name. */
    private static final Set<String> CANTONESE_SURNAMES = Cues.hashed("cheung", "chan", "wong", "leung", "lau", "lam",
            "tsang", "yip", "ng", "chow", "kwok", "tse", "fung", "ho", "lee", "yeung", "mak", "kwan", "choi", "lo", "siu",
            "yuen", "au", "hui", "poon", "tam", "law", "sze", "cheng", "chu", "tang", "wan", "ip", "tsui", "tong");

    /**
     * "Wai-lam Cheung", "Ka-shing Li", "Ji-hoon Park": an East Asian given name written first, two syllables joined by
     * a hyphen with the second in lower case, then a Chinese, Cantonese or Korean family name that ends the run of
     * capitalised words. Returns the family name's token, or -1.
     */
    static int hyphenatedGivenFirstEnd(DocumentTokens d, int i, boolean[] covered) {
        if (i + 2 >= d.size() || covered[i + 1] || covered[i + 2] || !d.sameSentence(i, i + 2)) return -1;
        Token first = d.get(i), second = d.get(i + 1), family = d.get(i + 2);
        if (!first.capitalised() || first.length() < 2 || first.length() > 5 || second.gap() != Token.Gap.HYPHEN
                || !lowerSyllable(second, 6) || family.gap() != Token.Gap.SPACE || !family.capitalised()) return -1;
        String f = family.lower();
        if (!CANTONESE_SURNAMES.contains(f) && !KOREAN_SURNAMES.contains(f) && !Cues.is(family, Cues.F_CHINESE)) return -1;
        return endsRun(d, i + 2) ? i + 2 : -1;
    }

    /** Links inside Arabic names: "bin Zayed", "Al Nahyan", "al-Nahyan", "Abu Dhabi" is a place (no link before it). */
    private static final Set<String> ARABIC_LINKS = Set.of("bin", "ibn", "bint", "Bin", "Al", "al", "El", "el");

    /**
     * "Tahnoon bin Zayed Al Nahyan", "Ahmed Yahia Al Idrissi": after a name, a patronymic or family article and the
     * name it introduces continue the person, up to three times.
     */
    private static int arabicTail(DocumentTokens d, int i, int end, boolean[] covered) {
        for (int n = 0; n < 3 && end + 2 < d.size() && d.sameSentence(i, end + 2); n++) {
            Token link = d.get(end + 1), name = d.get(end + 2);
            boolean linked = link.word() && ARABIC_LINKS.contains(link.text()) && link.gap() == Token.Gap.SPACE;
            if (!linked || covered[end + 1] || covered[end + 2] || !name.capitalised() || !surnameLike(name)
                    || name.gap() != Token.Gap.SPACE && name.gap() != Token.Gap.HYPHEN) break;
            end += 2;
        }
        return end;
    }

    /**
     * The last token of a person name starting at token i, after i's given or family name: one
     * surname (or a double-barrelled one), optionally after particles ("von der Leyen") or a middle
     * name; -1 when no surname follows.
     */
    static int personEnd(DocumentTokens d, int i, boolean[] covered, boolean middleAllowed) {
        // "in San Francisco Klage ein", "São Paulo": a given name after a saint's title names a place.
        if (i > 0 && d.sameSentence(i - 1, i) && d.get(i).gap() == Token.Gap.SPACE && PLACE_TITLES.contains(d.get(i - 1).text())) return -1;
        if (PLACE_TITLES.contains(d.get(i).text())) return -1; // "Las Vegas", "Santa Clara"
        // "Vontobel's Wyss said": a possessive names whose person follows; it is no given name.
        if (d.get(i).possessive()) return -1;
        // "Truong Gia Binh", "Pham Nhat Vuong": a Vietnamese family name and two syllables.
        int vietnamese = vietnameseNameEnd(d, i, covered);
        if (vietnamese > i) return vietnamese;
        // "Avikus CEO Lim Do-hyeong": a Korean given name keeps its hyphen's lower-case syllable after a role too.
        int korean = koreanNameEnd(d, i, covered);
        if (korean > i) return korean;
        int j = i + 1;
        // Given names written with a hyphen ("Kai-Fu", "Jean-Luc") continue the first name.
        // "Isarfeld-Partnerin Leonie Harbusch": a role glued to a name is no part of a given name.
        while (j < d.size() && d.get(j).gap() == Token.Gap.HYPHEN && Cues.nameLike(d.get(j)) && j - i < 3
                && !Cues.is(d.get(j), Cues.F_ROLE | Cues.F_ORG_CUE_NOUN)) j++;
        int k = j;
        while (k < d.size() && d.sameSentence(i, k) && d.get(k).word() && d.get(k).gap() == Token.Gap.SPACE
                && (PARTICLES.contains(d.get(k).text()) || flemishParticle(d, j, k)) && k - j < 2
                // "von der Leyen", "van der Berg": an article is a particle only after one ("am Rande der Messe" is none),
                // and not after "zu" ("Addison zu den Herausforderern"; "zu Guttenberg" takes none).
                && (k > j ? !(ARTICLES.contains(d.get(k).text()) && d.get(k - 1).is("zu")) : !ARTICLES.contains(d.get(k).text()))) {
            k++;
        }
        // "DSV-Chef Jens H. Lund", "John F. Kennedy": a middle initial and its full stop before the surname.
        if (k == j && middleInitial(d, i, j, covered) && ok(d, i, j + 2, covered)) k = j + 2;
        if (!ok(d, i, k, covered) && !(k == j && surnameAfterGivenName(d, j, covered))) return -1;
        int end = k;
        // A middle name: "Mary Jane Smith", "John F. Kennedy".
        if (middleAllowed && k == j && end + 1 < d.size() && ok(d, i, end + 1, covered)
                && (d.is(end, Cues.F_GIVEN) && !d.is(end + 1, Cues.F_GIVEN))) {
            end = end + 1;
        }
        // "Shlomi Ben Haim", "Yossi Ben David": a Hebrew family name opened by "Ben" ("son of") takes the name after it,
        // which is often a given name too.
        if (end == k && k == j && d.get(k).is("Ben") && ok(d, i, end + 1, covered) && endsRun(d, end + 1)) {
            end = end + 1;
        }
        // A given name, a middle or maiden name and a surname: "Michelle Johnston Holthaus told". Only when
        // the run of names ends there, so "Sam Altman OpenAI" stays two names.
        if (middleAllowed && end == k && end == i + 1 && d.is(i, Cues.F_GIVEN) && ok(d, i, end + 1, covered)
                && !d.is(end + 1, Cues.F_GIVEN) && endsRun(d, end + 1)) {
            end = end + 1;
        }
        // Spanish and Portuguese names carry two surnames, and the second is often a given name too: "Marcos Ramírez
        // Miguel", "José Antonio Ramos Calamonte". Only in a name of Iberian shape and where the run of names ends.
        if (middleAllowed && end - i <= 2 && end > i && d.is(i, Cues.F_GIVEN) && iberianSpan(d, i, end)
                && ok(d, i, end + 1, covered) && endsRun(d, end + 1)) {
            end = end + 1;
        }
        // "Milena Mondini de Focatiis", "Christel Rendu de Lint": a Romance particle and a second surname after the first,
        // where the run of names ends ("Marco Rossi di Banca Intesa" is Rossi of the bank). Not German "von" or "zu",
        // which after a name are prepositions ("Sam Altman von OpenAI").
        if (end > i && end + 2 < d.size() && d.get(end + 1).word() && d.get(end + 1).gap() == Token.Gap.SPACE
                && ROMANCE_PARTICLES.contains(d.get(end + 1).text()) && ok(d, i, end + 2, covered)
                && !Cues.is(d.get(end + 2), Cues.F_GIVEN) && endsRun(d, end + 2)) {
            end = end + 2;
        }
        // A double-barrelled surname: "Müller-Lüdenscheidt".
        if (end + 1 < d.size() && d.get(end + 1).gap() == Token.Gap.HYPHEN && surnameLike(d.get(end + 1))
                && !covered[end + 1] && Character.isUpperCase(d.get(end + 1).text().charAt(0))) {
            end = end + 1;
        }
        // A romanised Korean given name: "Choi Soo-yeon", "Lee Jae-yong": a short lower-case syllable.
        if (end + 1 < d.size() && d.get(end + 1).gap() == Token.Gap.HYPHEN && !covered[end + 1] && romanSyllable(d.get(end + 1))) {
            end = end + 1;
        }
        return generationSuffix(d, arabicTail(d, i, end, covered), covered);
    }

    /** Flemish and Dutch surnames written with a capital particle: "Pieterjan Van Damme", "Sarah De Clercq". */
    private static final Set<String> CAPITAL_PARTICLES = Set.of("Van", "De", "Vanden", "Vander", "Ver");

    /** A capital particle right after the first name word and before a capitalised surname. */
    private static boolean flemishParticle(DocumentTokens d, int j, int k) {
        return k == j && CAPITAL_PARTICLES.contains(d.get(k).text()) && k + 1 < d.size()
                && d.sameSentence(k, k + 1) && d.get(k + 1).gap() == Token.Gap.SPACE && d.get(k + 1).capitalised()
                && surnameLike(d.get(k + 1));
    }

    /** Token j is a capital initial with its full stop right after the known given name at i, a surname after it. */
    private static boolean middleInitial(DocumentTokens d, int i, int j, boolean[] covered) {
        return j + 2 < d.size() && j == i + 1 && d.is(i, Cues.F_GIVEN) && d.get(j).gap() == Token.Gap.SPACE && initialAt(d, j, covered);
    }

    /**
     * Token k is one capital letter, not yet taken, with its full stop glued to it: the initial of a name ("J. Clay Sell",
     * "Jens H. Lund", "T. Rowe Price"). The one test of the person and organisation finders.
     */
    static boolean initialAt(DocumentTokens d, int k, boolean[] covered) {
        if (k < 0 || k + 1 >= d.size() || covered[k] || !d.sameSentence(k, k + 1)) return false;
        Token letter = d.get(k), stop = d.get(k + 1);
        return letter.word() && letter.text().length() == 1 && Character.isUpperCase(letter.text().charAt(0))
                && stop.is(".") && stop.gap() == Token.Gap.NONE;
    }

    /** Some word of tokens i..end has an Iberian shape. */
    private static boolean iberianSpan(DocumentTokens d, int i, int end) {
        for (int t = i; t <= end; t++) if (iberianSurname(d.get(t))) return true;
        return false;
    }

    /** "Ramírez", "Gonçalves", "Fernández", "Martínez": accents of Spanish and Portuguese, or the patronymic "-ez". */
    private static boolean iberianSurname(Token t) {
        String l = t.lower();
        if (l.length() > 3 && l.endsWith("ez")) return true;
        for (int c = 0; c < l.length(); c++) if ("áéíóúñãõç".indexOf(l.charAt(c)) >= 0) return true;
        return false;
    }

    private static final Set<String> GENERATIONS = Set.of("II", "III", "IV", "Jr", "Jr.", "Sr", "Sr.", "Filho", "Neto", "Júnior",
            "Junior", "Sobrinho");

    /**
     * "Gerard Williams III", "Martin Luther King Jr.", "Milton Maluhy Filho": a generation after the surname is part of the
     * name (Portuguese names mark it with Filho, Neto, Júnior, Sobrinho).
     */
    private static int generationSuffix(DocumentTokens d, int end, boolean[] covered) {
        if (end < 0 || end + 1 >= d.size() || covered[end + 1] || !d.sameSentence(end, end + 1)) return end;
        Token t = d.get(end + 1);
        if (t.gap() != Token.Gap.SPACE || !GENERATIONS.contains(t.text())) return end;
        // "Jr." may be tokenised as "Jr" and a glued full stop: the stop stays outside the name, as with "Inc.".
        return end + 1;
    }

    /** A romanised syllable of two to {@code max} lower-case letters ("yeon", "lam", "shing"). */
    private static boolean lowerSyllable(Token t, int max) {
        String s = t.text();
        if (!t.word() || s.length() < 2 || s.length() > max) return false;
        for (int c = 0; c < s.length(); c++) if (s.charAt(c) < 'a' || s.charAt(c) > 'z') return false;
        return true;
    }

    /** "yeon", "lam"; five letters only as a Korean syllable with a glide or final ("myung", "young", "jeong"). */
    private static boolean romanSyllable(Token t) {
        return lowerSyllable(t, 4) || lowerSyllable(t, 5) && KOREAN_SYLLABLE.matcher(t.text()).matches();
    }

    /** Token k is the last capitalised word of its run: what follows is lower case, punctuation or the end. */
    private static boolean endsRun(DocumentTokens d, int k) {
        if (k + 1 >= d.size() || !d.sameSentence(k, k + 1)) return true;
        Token next = d.get(k + 1);
        return !next.word() || next.gap() != Token.Gap.SPACE || !Character.isUpperCase(next.text().charAt(0));
    }

    /**
     * "Jonas Ehrlicher", "Mareike Sonntag": right after a known given name, a capitalised word that ends the run of
     * names is the surname even when it looks like an adjective or is a common word; German surnames often are
     * ("Sonntag", "Winter", "Fröhlicher"). Roles, type words and legal suffixes still are not.
     */
    private static boolean surnameAfterGivenName(DocumentTokens d, int k, boolean[] covered) {
        if (k < 1 || k >= d.size() || covered[k] || !d.sameSentence(k - 1, k)) return false;
        Token given = d.get(k - 1), t = d.get(k);
        if (!given.capitalised() || !Cues.is(given, Cues.F_GIVEN) || t.gap() != Token.Gap.SPACE || !t.word() || t.possessive()
                || germanTypeCompound(d, t) || t.is("City")
                || t.length() < 3 || !Character.isUpperCase(t.text().charAt(0)) || Cues.is(t, Cues.F_NOT_SURNAME)
                // "Paul Allen": a given name that is also a common word ("allen") reads as the surname here; other second
                // given names are a double given name whose surname follows.
                || Cues.is(t, Cues.F_GIVEN) && !Cues.is(t, Cues.F_NOT_NAME)) {
            return false;
        }
        String s = t.text();
        boolean lower = false;
        for (int c = 1; c < s.length(); c++) {
            if (!Character.isLetter(s.charAt(c))) return false;
            lower |= Character.isLowerCase(s.charAt(c));
        }
        return lower && endsRun(d, k);
    }

    /** Heads of German compound nouns that name things, not families: "Speicherchips", "Sprachmodelle", "Rechenzentren". */
    private static final String[] TYPE_HEADS = {"chips", "modelle", "modell", "zentren", "zentrum", "daten", "konzern", "werke",
        "anbieter", "hersteller", "märkte"};

    private static boolean germanTypeCompound(DocumentTokens d, Token t) {
        if (!"de".equals(d.doc().document().lang()) || t.length() < 9) return false;
        String l = t.lower();
        for (String h : TYPE_HEADS) if (l.endsWith(h) && l.length() > h.length() + 3) return true;
        return false;
    }

    private static boolean ok(DocumentTokens d, int i, int k, boolean[] covered) {
        return k < d.size() && d.sameSentence(i, k) && d.get(k).gap() == Token.Gap.SPACE && !covered[k]
                && surnameLike(d.get(k), !"en".equals(d.doc().document().lang())) && !germanTypeCompound(d, d.get(k))
                && !d.get(k).is("City"); // "Ho Chi Minh City"
    }
}
