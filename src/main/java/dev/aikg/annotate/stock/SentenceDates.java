package dev.aikg.annotate.stock;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.time.DateMention;
import dev.aikg.annotate.time.DateResolver;
import dev.aikg.model.Sentence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last resolved day named in each sentence of one document, found once per sentence: several
 * moves in a paragraph look back over the same sentences for their day.
 */
final class SentenceDates {
    private final AnnotatedDocument doc;
    private final Map<Integer, LocalDate> last = new HashMap<>();

    SentenceDates(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** The last day named in the sentence, or null. */
    LocalDate lastIn(Sentence s) {
        if (last.containsKey(s.index())) return last.get(s.index());
        LocalDate d = lastOf(DateResolver.find(doc.text(), s.start(), s.end(), doc.document().published()));
        last.put(s.index(), d);
        return d;
    }

    /**
     * The sentence's last day was named in a side clause about an earlier day ("…, adding to the 4% slide it
     * suffered last Thursday"); the sentences after it go on with the day of its main clause.
     */
    void mainClauseDay(Sentence s, LocalDate d) {
        last.put(s.index(), d);
    }

    static LocalDate lastOf(List<DateMention> found) {
        for (int i = found.size() - 1; i >= 0; i--) if (found.get(i).date() != null) return found.get(i).date();
        return null;
    }
}
