package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;
import java.util.List;

/**
 * A production {@link Node} whose plugins are given as classes on the class path instead of bundles on disk.
 *
 * <p>Lives in {@code org.elasticsearch.node} because {@link NodeConstruction} and {@link NodeServiceProvider} are
 * package-private; this is the seam the upstream test framework's {@code MockNode} uses. Only the plugin service is
 * replaced: every other service is the production one.
 */
public final class ClasspathPluginNode extends Node {

    /** Builds (but does not start) a node for the prepared environment with the given plugin classes. */
    public ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(NodeConstruction.prepareConstruction(environment, null, new ClasspathServiceProvider(List.copyOf(pluginClasses)), true));
    }

    private static final class ClasspathServiceProvider extends NodeServiceProvider {
        private final List<Class<? extends Plugin>> pluginClasses;

        ClasspathServiceProvider(List<Class<? extends Plugin>> pluginClasses) {
            this.pluginClasses = pluginClasses;
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
            return new ClasspathPluginsService(environment, pluginClasses);
        }
    }
}
