package io.relais.api;

import io.relais.docs.DocumentSummary;
import java.util.List;

/** One page of documents, newest change first, and how many match in all. */
public record DocumentPage(List<DocumentSummary> items, int page, int size, long total) {
}
