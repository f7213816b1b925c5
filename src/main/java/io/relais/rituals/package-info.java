/**
 * Rituals: the few synchronous moments an async company keeps on purpose (Monday trios, Friday
 * all-hands, newcomer 1:1s). {@link io.relais.rituals.TrioPlanner} plans the weekly trio rotation.
 */
package io.relais.rituals;
