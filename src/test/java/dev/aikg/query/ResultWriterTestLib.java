package dev.aikg.query;

import java.util.List;

/** Result cells for assertions: header row first, values as the table shows them. */
final class ResultWriterTestLib {
    private ResultWriterTestLib() { }

    static List<List<String>> cells(QueryResult r) { return ResultWriter.cells(r.rows()); }
}
