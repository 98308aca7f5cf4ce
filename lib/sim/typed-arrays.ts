/** Growing the typed arrays behind the simulator's allocation-free stores. */

type TypedArray = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

/** A copy of `array` with room for `capacity` elements (the same element type). */
export function grown<T extends TypedArray>(array: T, capacity: number): T {
  const Constructor = array.constructor as new (length: number) => T;
  const next = new Constructor(capacity);
  next.set(array);
  return next;
}
