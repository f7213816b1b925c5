package io.relais.search.internal.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The text analysis of every field. French: elision ({@code l'équipe}), lower case, French stop
 * words, accent folding, light stemming ({@code équipes} and {@code l'équipe} both become
 * {@code equip}). English: possessives, lower case, English stop words, folding, Porter stemming.
 * "Plain": elision, lower case and folding only, no stemming or stop words, for exact phrases,
 * prefixes, typo tolerance and "did you mean". "Pairs": the plain words two by two, for phrases.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /** The analyzer of a language, or the plain one. */
    public static Analyzer of(String language) {
        return switch (language) {
            case "fr" -> new French();
            case "en" -> new English();
            case "pairs" -> new Pairs();
            default -> new Plain();
        };
    }

    /** One analyzer for the index writer and the highlighter: each field with its language's. */
    public static Analyzer perField() {
        Analyzer french = new French();
        Analyzer english = new English();
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(Fields.BODY_PAIRS, new Pairs());
        for (String field : Fields.TEXT_FIELDS) {
            if (field.endsWith("_fr")) {
                perField.put(field, french);
            } else if (field.endsWith("_en")) {
                perField.put(field, english);
            }
        }
        return new PerFieldAnalyzerWrapper(new Plain(), perField);
    }

    private static TokenStream plainWords(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }

    static final class Plain extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, plainWords(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Neighbouring plain words joined by a space, without the single words. */
    static final class Pairs extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            ShingleFilter pairs = new ShingleFilter(plainWords(source), 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(source, pairs);
        }
    }

    static final class French extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
            result = new ASCIIFoldingFilter(result);
            result = new FrenchLightStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    static final class English extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new ASCIIFoldingFilter(result);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
