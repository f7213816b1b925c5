package io.relais.docs;

/** Hears about an import as it goes, after each file. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total, last) -> { };

    /**
     * @param total the number of files to look at, known before the first
     */
    void fileDone(int done, int total, ImportOutcome last);
}
