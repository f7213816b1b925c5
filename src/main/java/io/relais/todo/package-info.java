/**
 * Personal to-do lists: each person's own items, plus the work items other features put there
 * (action items of minutes, project tasks, onboarding items) through {@link
 * io.relais.todo.TodoService#syncLinked}. Ticking such an item publishes {@link
 * io.relais.todo.LinkedTodoCompleted} so the owning feature closes its item. A low-level module:
 * it depends on no other feature.
 */
package io.relais.todo;
