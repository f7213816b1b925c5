package io.relais.search.internal.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the query terms a candidate snippet holds), without the hash
 * table Lucene's own scorer builds for every candidate: a 5 KB body full of a common word has
 * dozens of candidate passages, and those 32 KB tables made most of a search's garbage (about
 * 7 MB per search at 100,000 documents). A passage holds a handful of matches, so repeated terms
 * are found by comparing them.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].equals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].equals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
