const LIST_OF_OBJECTS: readonly object[] = [{}];

/**
 * A new, empty list with the hidden class of a filled list of objects (or strings). A `[]` that never
 * receives an item keeps V8's small-integer elements kind, another hidden class than the filled lists
 * of the same field, so code optimised on profiles whose lists were all filled (or all empty) is thrown
 * away ("wrong map") on the first profile that differs.
 */
export function emptyList<T>(): T[] {
  return LIST_OF_OBJECTS.slice(0, 0) as T[];
}
