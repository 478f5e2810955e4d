package newswire.localstack;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Points Elasticsearch's native access at the libraries this machine has, before the node first uses it.
 *
 * <p>The distribution ships {@code lib/platform/linux-x64/libzstd.so} and {@code libvec.so}; Maven Central has
 * neither. Without zstd the {@code best_compression} codec fails at the first refresh, and one missing library makes
 * the whole native provider fall back to "native methods disabled". So: link the system's libzstd (Debian's
 * {@code libzstd1}, 1.5.x like upstream's) into a folder under path.home, and turn off the SIMD vector library
 * (only dense-vector scoring uses it; the pure-Java path is used instead). Explicit -D settings win.
 */
final class NativeLibraries {

    static final String LIBRARY_PATH_PROPERTY = "es.nativelibs.path";
    static final String VECTOR_LIBRARY_PROPERTY = "org.elasticsearch.nativeaccess.enableVectorLibrary";
    private static final List<Path> ZSTD_CANDIDATES = List.of(
        Path.of("/usr/lib/x86_64-linux-gnu/libzstd.so.1"),
        Path.of("/usr/lib/aarch64-linux-gnu/libzstd.so.1"),
        Path.of("/usr/lib64/libzstd.so.1"),
        Path.of("/usr/lib/libzstd.so.1"),
        Path.of("/lib/x86_64-linux-gnu/libzstd.so.1")
    );
    private static final Logger logger = LogManager.getLogger(NativeLibraries.class);

    private NativeLibraries() {}

    /** Sets the two system properties unless given; links libzstd into {@code <home>/native} when found. */
    static void configure(Path home) throws IOException {
        if (System.getProperty(VECTOR_LIBRARY_PROPERTY) == null) {
            System.setProperty(VECTOR_LIBRARY_PROPERTY, "false");
        }
        if (System.getProperty(LIBRARY_PATH_PROPERTY) != null) {
            return;
        }
        Path folder = Files.createDirectories(home.resolve("native"));
        Path link = folder.resolve(System.mapLibraryName("zstd"));
        Path system = ZSTD_CANDIDATES.stream().filter(Files::isReadable).findFirst().orElse(null);
        if (system == null) {
            logger.warn("no system libzstd.so.1 found in {}: the best_compression codec will not work", ZSTD_CANDIDATES);
        } else if (Files.isSymbolicLink(link) == false || Files.readSymbolicLink(link).equals(system) == false) {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, system);
        }
        System.setProperty(LIBRARY_PATH_PROPERTY, folder.toString());
    }
}
