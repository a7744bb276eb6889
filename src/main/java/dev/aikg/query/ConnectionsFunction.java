package dev.aikg.query;

import dev.aikg.Namespaces;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.Iterator;
import java.util.List;

/**
 * The property function {@code fn:connections}: the paths of at most three relation hops between two
 * entities, walked by {@link ConnectionFinder} over the summary graph (each fact once).
 * <pre>
 * PREFIX fn: &lt;https://w3id.org/aikg/fn#&gt;
 * (?a ?b)        fn:connections (?hops ?path ?p1 ?m ?p2 ?n ?p3) .   # every path of up to three hops
 * (?a ?b 2)      fn:connections (?hops ?path) .                      # at most two hops
 * (?a ?b 3 50)   fn:connections (?hops ?path) .                      # the first 50 by (hops, path)
 * </pre>
 * Both ends must be bound. Each row is one path: {@code ?hops}, {@code ?path} as text ("Satya Nadella
 * —ceoOf— Microsoft —investedIn— OpenAI", from the summary's labels), the relation of each hop
 * ({@code ?p1}…) and the entities passed through ({@code ?m}, {@code ?n}); what a shorter path does
 * not use stays unbound. Rows are distinct by path text. With a limit the function returns the
 * first paths ordered by hops and then text, which is what "ORDER BY ?hops ?path LIMIT n" asks for,
 * and it stops walking once the shorter paths fill the limit: between two hubs the two-hop paths
 * usually do, and the costly three-hop expansion never starts.
 *
 * <p>Registered for every query this JVM runs (the CLI and the Fuseki endpoint); an engine without
 * it reads the pattern as a plain triple and answers nothing.
 */
public final class ConnectionsFunction extends PropertyFunctionBase {
    public static final String NS = "https://w3id.org/aikg/fn#";
    public static final String IRI = NS + "connections";
    private static final Node SUMMARY = NodeFactory.createURI(Namespaces.SUMMARY_GRAPH);
    private static final int OUTPUTS = 7;

    public ConnectionsFunction() { super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_LIST); }

    /** Makes {@code fn:connections} known to every query engine in this JVM; safe to call again. */
    public static synchronized void register() {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.get();
        if (!registry.isRegistered(IRI)) registry.put(IRI, ConnectionsFunction.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        int n = subject.getArgListSize();
        if (n < 2 || n > 4) {
            throw new QueryException("fn:connections takes (from to [maxHops [limit]]) as its subject; got " + n + " terms");
        }
        if (object.getArgListSize() > OUTPUTS) {
            throw new QueryException("fn:connections binds at most (?hops ?path ?p1 ?m ?p2 ?n ?p3); got "
                    + object.getArgListSize() + " terms");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        Node from = value(binding, subject.getArg(0));
        Node to = value(binding, subject.getArg(1));
        if (!from.isURI() || !to.isURI()) return IterLib.noResults(cxt);
        int maxHops = subject.getArgListSize() > 2 ? integer(binding, subject.getArg(2)) : 3;
        int limit = subject.getArgListSize() > 3 ? integer(binding, subject.getArg(3)) : Integer.MAX_VALUE;
        if (maxHops < 1 || limit < 1) return IterLib.noResults(cxt);
        Graph summary = cxt.getDataset().getGraph(SUMMARY);
        PathTexts texts = new PathTexts(summary, from, to);
        ConnectionFinder.Walk walk = new ConnectionFinder(summary).walk(from, to);
        List<Binding> rows = new ArrayList<>();
        int taken = 0;
        for (int hops = 1; hops <= Math.min(3, maxHops) && taken < limit; hops++) {
            // The first paths of this length by text, distinct, no more than the limit still wants.
            int room = limit - taken;
            TreeMap<String, ConnectionFinder.Path> level = new TreeMap<>();
            boolean complete = walk.paths(hops, path -> {
                String text = texts.of(path);
                if (text == null) return true;
                level.putIfAbsent(text, path);
                if (level.size() > room) level.pollLastEntry();
                return level.size() < ConnectionFinder.DEFAULT_MAX_PATHS;
            });
            for (Map.Entry<String, ConnectionFinder.Path> e : level.entrySet()) {
                Binding row = row(binding, object.getArgList(), outputs(e.getValue(), e.getKey()));
                if (row != null) rows.add(row);
            }
            taken += level.size();
            if (!complete) break;
        }
        Iterator<Binding> it = rows.iterator();
        return QueryIterPlainWrapper.create(it, cxt);
    }

    /** A path's text from the summary's labels, each label read once per call. */
    private static final class PathTexts {
        private final Graph graph;
        private final Map<Node, String> labels = new HashMap<>();
        private final String fromLabel;
        private final String toLabel;

        PathTexts(Graph graph, Node from, Node to) {
            this.graph = graph;
            this.fromLabel = labelOr(from);
            this.toLabel = labelOr(to);
        }

        private String labelOr(Node n) {
            String l = label(n);
            return l != null ? l : n.getURI();
        }

        /** "A —p1— M —p2— B"; null when an entity passed through has no label (not in the directory). */
        String of(ConnectionFinder.Path path) {
            StringBuilder sb = new StringBuilder(fromLabel);
            for (int i = 0; i < path.hops(); i++) {
                String p = path.predicates().get(i).getURI();
                sb.append(" —").append(p, p.indexOf('#') + 1, p.length()).append("— ");
                if (i < path.via().size()) {
                    String l = label(path.via().get(i));
                    if (l == null) return null;
                    sb.append(l);
                }
            }
            return sb.append(toLabel).toString();
        }

        private String label(Node n) {
            return labels.computeIfAbsent(n, k -> {
                var it = graph.find(k, RDFS.label.asNode(), Node.ANY);
                try {
                    while (it.hasNext()) {
                        Node o = it.next().getObject();
                        if (o.isLiteral()) return o.getLiteralLexicalForm();
                    }
                    return null;
                } finally {
                    it.close();
                }
            });
        }
    }

    private static int integer(Binding binding, Node arg) {
        Node h = value(binding, arg);
        if (!h.isLiteral()) return -1;
        NodeValue v = NodeValue.makeNode(h);
        return v.isInteger() ? (int) Math.max(-1, Math.min(Integer.MAX_VALUE, v.getInteger().longValue())) : -1;
    }

    /** hops, path, p1, m, p2, n, p3: null where the path is shorter. */
    private static Node[] outputs(ConnectionFinder.Path path, String text) {
        Node[] out = new Node[OUTPUTS];
        out[0] = NodeValue.makeInteger(path.hops()).asNode();
        out[1] = NodeFactory.createLiteralString(text);
        for (int i = 0; i < path.hops(); i++) out[2 + 2 * i] = path.predicates().get(i);
        for (int i = 0; i < path.via().size(); i++) out[3 + 2 * i] = path.via().get(i);
        return out;
    }

    /** The input row extended by the path; null when a constant or already-bound output disagrees. */
    private static Binding row(Binding input, List<Node> targets, Node[] values) {
        BindingBuilder b = BindingBuilder.create(input);
        for (int i = 0; i < targets.size(); i++) {
            Node target = targets.get(i), value = values[i];
            if (target.isVariable()) {
                Var v = Var.alloc(target);
                Node bound = input.get(v);
                if (bound != null) {
                    if (!bound.equals(value)) return null;
                } else if (value != null) {
                    b.add(v, value);
                }
            } else if (!target.equals(value)) {
                return null;
            }
        }
        return b.build();
    }

    private static Node value(Binding binding, Node n) {
        if (!n.isVariable()) return n;
        Node v = binding.get(Var.alloc(n));
        return v == null ? n : v;
    }
}
