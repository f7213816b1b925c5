package io.relais.docs;

import java.util.List;

/** Every file an import looked at and what became of it, in the order it read them. */
public record ImportReport(List<ImportOutcome> outcomes) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Result result) {
        return outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }
}
