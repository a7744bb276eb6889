package dev.aikg.cli;

import dev.aikg.query.QueryException;
import dev.aikg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "aikg", mixinStandardHelpOptions = true, version = "aikg 0.1.0",
        description = "Builds a knowledge graph of AI-industry news: people, companies, models, chips, tickers and "
                + "the relations between them, in a TDB2 store you can query, serve and dump.",
        subcommands = {BuildCommand.class, ExtractCommand.class, EvalCommand.class, QueryCommand.class,
                QueriesCommand.class, DumpCommand.class, CompactCommand.class, BenchCommand.class, ServeCommand.class, ValidateCommand.class,
                StatsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Start with:  aikg build   then   aikg queries   and   aikg query founders"})
public final class Main {
    static {
        // Jena and Jetty log through SLF4J; keep the terminal for aikg's own messages.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private Main() { }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exit 2 for usage errors, 1 for failures with a one-line message. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("aikg " + commandLine.getCommandName() + ": error: " + message(ex));
            if (System.getenv("AIKG_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return 1;
        });
        return cl;
    }

    static String message(Throwable ex) {
        if (ex instanceof StoreException || ex instanceof QueryException || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('\n', ' '));
    }
}
