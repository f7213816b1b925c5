package io.relais.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What a tab knows of its UI's state tree, rebuilt from the UIDL {@code changes} the way Flow's
 * client does, limited to what a scripted user needs: which node carries which element id, the
 * attributes set on them, which DOM events the server listens to (and the event data it asked
 * for, from the {@code constants}), and the links seen since the page was loaded. Node ids are
 * never hard-coded: the scenario finds elements by the ids the views give them.
 */
final class UiState {

    /** The UI's own node (the {@code <body>}), target of the router's events. */
    static final int ROOT_NODE = 1;
    /** Flow's node feature ids (NodeFeatures in flow-server). */
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;

    private final Map<String, Integer> nodesByElementId = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> attributes = new HashMap<>();
    private final Map<Integer, Map<String, String>> listeners = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final Set<String> links = new LinkedHashSet<>();

    void clear() {
        nodesByElementId.clear();
        attributes.clear();
        listeners.clear();
        constants.clear();
        links.clear();
    }

    void apply(JsonNode uidl) {
        uidl.path("constants").properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            switch (change.path("type").asString("")) {
                case "put" -> put(node, change);
                case "detach" -> forget(node);
                default -> {
                    // splices, removals and text: the scenario needs none of them
                }
            }
        }
    }

    private void put(int node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString("");
        JsonNode value = change.path("value");
        if (feature == ELEMENT_ATTRIBUTES) {
            attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, value);
            if (key.equals("id") && value.isString()) {
                nodesByElementId.put(value.asString(), node);
            } else if (key.equals("href") && value.isString()) {
                links.add(value.asString());
            }
        } else if (feature == ELEMENT_LISTENERS && value.isString()) {
            listeners.computeIfAbsent(node, n -> new HashMap<>()).put(key, value.asString());
        }
    }

    private void forget(int node) {
        attributes.remove(node);
        listeners.remove(node);
        nodesByElementId.values().removeIf(id -> id == node);
    }

    boolean has(String elementId) {
        return nodesByElementId.containsKey(elementId);
    }

    int node(String elementId) {
        Integer node = nodesByElementId.get(elementId);
        if (node == null) {
            throw new UidlClient.ProtocolException("no element #" + elementId + " in the UI");
        }
        return node;
    }

    /** The attribute's value as text, or "" when it is not set. */
    String attribute(String elementId, String name) {
        JsonNode value = attributes.getOrDefault(node(elementId), Map.of()).get(name);
        return value == null || value.isNull() ? "" : value.asString("");
    }

    boolean hasAttribute(String elementId, String name) {
        return attributes.getOrDefault(node(elementId), Map.of()).containsKey(name);
    }

    /** The event data expressions the server's listener for that event declared. */
    List<String> eventData(int node, String event) {
        String hash = listeners.getOrDefault(node, Map.of()).get(event);
        if (hash == null) {
            throw new UidlClient.ProtocolException("node " + node + " has no " + event + " listener");
        }
        List<String> expressions = new ArrayList<>();
        JsonNode declared = constants.get(hash);
        if (declared != null) {
            declared.properties().forEach(entry -> {
                if (!entry.getKey().matches("\\d+")) { // numeric keys are debounce settings
                    expressions.add(entry.getKey());
                }
            });
        }
        return expressions;
    }

    /** Every link seen so far in this UI (since the page was loaded) whose address matches. */
    List<String> links(Pattern pattern) {
        return links.stream().filter(link -> pattern.matcher(link).find()).toList();
    }
}
