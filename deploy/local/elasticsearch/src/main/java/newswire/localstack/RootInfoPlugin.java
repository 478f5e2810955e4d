package newswire.localstack;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.Metadata;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Stands in for the upstream {@code rest-root} module ({@code MainRestPlugin}), which is not published to Maven Central.
 *
 * <p>Answers {@code GET /} and {@code HEAD /} with the same body as upstream {@code MainResponse#toXContent}: name,
 * cluster_name, cluster_uuid, version (number, build_flavor, build_type, build_hash, build_date, build_snapshot,
 * lucene_version, wire/index compatibility) and tagline. It reads the local cluster state directly instead of going
 * through the {@code cluster:monitor/main} transport action, which is the same thing on a single node. The
 * {@code X-Elastic-Product} header is added by the server's own REST controller, not here.
 */
public final class RootInfoPlugin extends Plugin implements ActionPlugin {

    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        RestHandlersServices services,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootInfoHandler(clusterService));
    }

    /** The {@code GET /} handler; named {@code main_action} like upstream so usage stats read the same. */
    static final class RootInfoHandler extends BaseRestHandler {
        private final AtomicReference<ClusterService> clusterService;

        RootInfoHandler(AtomicReference<ClusterService> clusterService) {
            this.clusterService = clusterService;
        }

        @Override
        public String getName() {
            return "main_action";
        }

        @Override
        public List<Route> routes() {
            return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
        }

        @Override
        public boolean canTripCircuitBreaker() {
            return false;
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            return channel -> {
                XContentBuilder builder = channel.newBuilder();
                // Upstream pretty-prints by default, ?pretty=false turns it off.
                if (request.hasParam("pretty") == false) {
                    builder.prettyPrint().lfAtEnd();
                }
                writeBody(builder, clusterService.get());
                channel.sendResponse(new RestResponse(RestStatus.OK, builder));
            };
        }

        private static void writeBody(XContentBuilder builder, ClusterService clusterService) throws java.io.IOException {
            ClusterState state = clusterService.state();
            Metadata metadata = state.metadata();
            Build build = Build.current();
            builder.startObject();
            builder.field("name", Node.NODE_NAME_SETTING.get(clusterService.getSettings()));
            builder.field("cluster_name", state.getClusterName().value());
            builder.field("cluster_uuid", metadata.clusterUUIDCommitted() ? metadata.clusterUUID() : Metadata.UNKNOWN_CLUSTER_UUID);
            builder.startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject();
            builder.field("tagline", "You Know, for Search");
            builder.endObject();
        }
    }
}
