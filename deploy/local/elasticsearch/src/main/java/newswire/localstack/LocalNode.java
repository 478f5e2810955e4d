package newswire.localstack;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts a single Elasticsearch node in this JVM from the jars on the class path.
 *
 * <p>Usage: {@code LocalNode [--config-dir DIR] [--<setting> VALUE]...}. Every {@code --<setting> VALUE} pair is an
 * Elasticsearch setting (what {@code -E setting=value} is to the real launcher), e.g. {@code --http.port 9200
 * --path.data var/es/data --path.logs var/es/logs}; path.home defaults to the parent of path.data. The config dir
 * holds log4j2.properties (and an optional elasticsearch.yml). Runs until SIGTERM or SIGINT, then closes the node.
 *
 * <p>The real launcher's bootstrap (entitlement agent, keystore, bootstrap checks, JVM re-exec) is not run: this is
 * the in-JVM path Elasticsearch's own test framework uses, with every service but the plugin loader the production one.
 */
public final class LocalNode {

    /** Plugins loaded from the class path: the published netty4 module plus our stand-ins for unpublished ones. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, RootInfoPlugin.class, TurkishAnalysisPlugin.class);

    /** Settings a one-node development cluster needs; anything given on the command line wins. */
    static final Settings DEFAULTS = Settings.builder()
        .put("cluster.name", "newswire-local")
        .put("node.name", "newswire-local-1")
        .put("discovery.type", "single-node")
        .put("network.host", "127.0.0.1")
        .put("http.port", "9200")
        .put("transport.port", "9300-9399")
        // A nearly full development disk must not turn every index read-only.
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .build();

    private LocalNode() {}

    /** Entry point: parse settings, configure logging, start the node and wait for a termination signal. */
    public static void main(String[] args) throws Exception {
        LogConfigurator.registerErrorListener();
        Path configDir = Path.of("config").toAbsolutePath();
        Settings.Builder given = Settings.builder();
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].startsWith("--") == false || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --<setting> <value> pairs, got: " + String.join(" ", args));
            }
            String key = args[i].substring(2);
            if (key.equals("config-dir")) {
                configDir = Path.of(args[i + 1]).toAbsolutePath();
            } else {
                given.put(key, args[i + 1]);
            }
        }
        Settings settings = withPaths(Settings.builder().put(DEFAULTS).put(given.build()).build());
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), configDir, () -> "newswire-local-1");
        Files.createDirectories(environment.logsDir());
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment, true);
        NativeLibraries.configure(Path.of(Environment.PATH_HOME_SETTING.get(environment.settings())));
        run(environment);
    }

    /** Makes path.data, path.logs (default: sibling "logs") and path.home (default: parent of path.data) absolute. */
    static Settings withPaths(Settings settings) {
        Path data = Path.of(settings.get("path.data", "data")).toAbsolutePath();
        Path logs = Path.of(settings.get("path.logs", data.resolveSibling("logs").toString())).toAbsolutePath();
        Path home = Path.of(settings.get("path.home", data.getParent().toString())).toAbsolutePath();
        return Settings.builder()
            .put(settings)
            .put("path.data", data.toString())
            .put("path.logs", logs.toString())
            .put("path.home", home.toString())
            .build();
    }

    private static void run(Environment environment) throws Exception {
        Logger logger = LogManager.getLogger(LocalNode.class);
        long started = System.nanoTime();
        Node node = new ClasspathPluginNode(environment, PLUGINS);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, logger, closed), "newswire-local-shutdown"));
        try {
            node.start();
        } catch (Exception e) {
            // Port taken, bad setting, data folder locked: say so once and exit 1 (the hook closes the node).
            logger.error("local node failed to start", e);
            System.exit(1);
        }
        logger.info("local node started in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        // The node's threads are daemons, as under the real launcher: keep one non-daemon thread until shutdown.
        closed.await();
    }

    private static void close(Node node, Logger logger, CountDownLatch closed) {
        try {
            logger.info("stopping local node");
            node.prepareForClose();
            node.close();
            if (node.awaitClose(30, TimeUnit.SECONDS) == false) {
                logger.warn("node did not close within 30s");
            }
        } catch (Exception e) {
            logger.error("failed to close the node cleanly", e);
        } finally {
            closed.countDown();
            // log4j's own shutdown hook is disabled (-Dlog4j.shutdownHookEnabled=false) so the lines above get written.
            LogManager.shutdown();
        }
    }
}
