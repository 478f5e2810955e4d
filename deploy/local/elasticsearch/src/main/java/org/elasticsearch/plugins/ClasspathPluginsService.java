package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PluginsService} whose plugins are classes already on the class path.
 *
 * <p>Lives in {@code org.elasticsearch.plugins} because {@link PluginsService.LoadedPlugin}, {@code loadPlugin},
 * {@code loadExtensions} and {@code createExtension} are package-private; it does what the upstream test
 * framework's {@code MockPluginsService} does, without the test framework (JUnit, randomized testing).
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    /** Instantiates each plugin class with the node's settings, like the upstream loader does for bundles. */
    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, environment.settings(), environment.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(
                pluginClass.getName(),
                "class path plugin",
                "NA",
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false,
                PluginDescriptor.DeploymentTarget.ALL
            );
            loaded.add(new LoadedPlugin(descriptor, plugin, ClasspathPluginsService.class.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
    }

    /**
     * Every plugin shares the application class loader, so the per-plugin lookup of the base class would find each
     * provider once per plugin; look them up once and build each with the first plugin its constructor accepts.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> providers = new LinkedHashMap<>();
        SPIClassIterator<T> classes = SPIClassIterator.get(service, ClasspathPluginsService.class.getClassLoader());
        while (classes.hasNext()) {
            Class<? extends T> providerClass = classes.next();
            providers.computeIfAbsent(providerClass, c -> instantiate(providerClass, service));
        }
        return List.copyOf(providers.values());
    }

    private <T> T instantiate(Class<? extends T> providerClass, Class<T> service) {
        IllegalStateException last = null;
        for (LoadedPlugin candidate : classpathPlugins) {
            try {
                return createExtension(providerClass, service, candidate.instance());
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last != null ? last : new IllegalStateException("no plugin to build service provider " + providerClass.getName());
    }
}
