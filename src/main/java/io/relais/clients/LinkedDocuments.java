package io.relais.clients;

import java.util.Collection;
import java.util.List;

/**
 * The documents of the hub, as far as clients and projects need them. The document module
 * implements this (it depends on this module, never the reverse). Every method answers only
 * documents the signed-in reader may open.
 */
public interface LinkedDocuments {

    /** Documents linked to the client (directly or through one of its projects), most recent first. */
    List<DocumentRef> ofClient(long clientId, int limit);

    long countOfClient(long clientId);

    /** Documents linked to the project, most recent first. */
    List<DocumentRef> ofProject(long projectId, int limit);

    /** The readable ones among the given documents (a task's links), most recent first. */
    List<DocumentRef> readable(Collection<Long> documentIds);

    /** A page of the readable documents whose title contains the text, most recent first: for lazy pickers. */
    List<DocumentRef> find(String text, int offset, int limit);
}
