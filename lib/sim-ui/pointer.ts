/**
 * JSON pointers (RFC 6901) into a scenario: how a lesson's simulator block names the one number a
 * learner changes, e.g. "/functions/0/reservedConcurrentExecutions".
 */

function tokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`"${pointer}" is not a JSON pointer: it must start with "/"`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

function child(container: Container, token: string): unknown {
  if (Array.isArray(container)) return /^\d+$/.test(token) ? container[Number(token)] : undefined;
  return Object.hasOwn(container, token) ? container[token] : undefined;
}

/** The value at `pointer`, or undefined when the path leads nowhere. */
export function getAtPointer(document: unknown, pointer: string): unknown {
  let current = document;
  for (const token of tokens(pointer)) {
    if (!isContainer(current)) return undefined;
    current = child(current, token);
  }
  return current;
}

/**
 * A copy of `document` with `value` at `pointer`; only the objects on the path are copied. The
 * last key may be new (an optional field such as reservedConcurrentExecutions), its parent must exist.
 */
export function setAtPointer<T>(document: T, pointer: string, value: unknown): T {
  const path = tokens(pointer);
  if (path.length === 0) return value as T;
  const set = (node: unknown, depth: number): unknown => {
    const token = path[depth] as string;
    if (!isContainer(node)) throw new Error(`Nothing at "/${path.slice(0, depth).join("/")}" to set "${pointer}" in`);
    const next = depth === path.length - 1 ? value : set(child(node, token), depth + 1);
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(token) || Number(token) > node.length) throw new Error(`"${token}" is not an index of the array in "${pointer}"`);
      const copy = node.slice();
      copy[Number(token)] = next;
      return copy;
    }
    return { ...node, [token]: next };
  };
  return set(document, 0) as T;
}
