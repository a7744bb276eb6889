package dev.aikg.query;

import java.nio.file.Path;
import java.util.List;

/** A query of the catalog: its name (file name without .rq), header fields and SPARQL text. */
public record QuerySpec(String name, String title, String description, List<QueryParam> params, String sparql,
                        Path file) {
    public QuerySpec {
        params = List.copyOf(params);
    }

    public QueryParam param(String paramName) {
        for (QueryParam p : params) {
            if (p.name().equals(paramName)) return p;
        }
        return null;
    }
}
