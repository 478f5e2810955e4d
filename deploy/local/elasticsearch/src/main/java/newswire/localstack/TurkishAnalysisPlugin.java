package newswire.localstack;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import org.apache.lucene.analysis.Analyzer;

import java.util.List;
import java.util.Map;

/**
 * The Turkish slice of the upstream {@code analysis-common} module, which is not published to Maven Central.
 *
 * <p>Registers, under the upstream names and with the upstream Lucene classes: the {@code turkish} analyzer (pre-built
 * and configurable with {@code stopwords} / {@code stem_exclusion}), the {@code apostrophe} and {@code asciifolding}
 * token filters, and the configurable {@code lowercase} filter with its {@code language} option
 * ({@code turkish}, {@code greek}, {@code irish}). Everything else of analysis-common is absent.
 */
public final class TurkishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("turkish", TurkishAnalyzerProvider::new);
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(new PreBuiltAnalyzerProviderFactory("turkish", CachingStrategy.LUCENE, TurkishAnalyzer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("apostrophe", ApostropheFilterFactory::new, "lowercase", LowerCaseTokenFilterFactory::new);
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
            PreConfiguredTokenFilter.singleton("apostrophe", false, ApostropheFilter::new),
            PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new)
        );
    }

    /** Upstream {@code TurkishAnalyzerProvider}: Lucene's analyzer with optional stop words and stem exclusions. */
    static final class TurkishAnalyzerProvider extends AbstractIndexAnalyzerProvider<TurkishAnalyzer> {
        private final TurkishAnalyzer analyzer;

        TurkishAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name);
            analyzer = new TurkishAnalyzer(
                Analysis.parseStopWords(env, settings, TurkishAnalyzer.getDefaultStopSet()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)
            );
        }

        @Override
        public TurkishAnalyzer get() {
            return analyzer;
        }
    }

    /** Upstream {@code ApostropheFilterFactory}: drops an apostrophe and everything after it (Bakü'ye → Bakü). */
    static final class ApostropheFilterFactory extends AbstractTokenFilterFactory {
        ApostropheFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
            super(name);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new ApostropheFilter(tokenStream);
        }
    }

    /** Upstream {@code LowerCaseTokenFilterFactory}: language-aware lower-casing (Turkish dotted/dotless i). */
    static final class LowerCaseTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final String language;

        LowerCaseTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
            super(name);
            this.language = settings.get("language", null);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            if (language == null) {
                return new LowerCaseFilter(tokenStream);
            }
            return switch (language) {
                case "greek" -> new GreekLowerCaseFilter(tokenStream);
                case "irish" -> new IrishLowerCaseFilter(tokenStream);
                case "turkish" -> new TurkishLowerCaseFilter(tokenStream);
                default -> throw new IllegalArgumentException("language [" + language + "] not support for lower case");
            };
        }
    }
}
