/**
 * Names that MODULE-API.md promises (nixpkgs lib 26.11's additions) but that
 * `lib/` may not export yet. Ported module files look them up when they run,
 * so that a missing one fails only its checks, with a clear message, instead
 * of breaking the type-check of the whole suite.
 */
import type { Lib } from "../../lib/index.js";

type Fn = (...args: never[]) => unknown;

/** `lib.<path>` (e.g. "mkDefinition", "types.attrListOf"), or an error naming it. */
export function pendingApi<F extends Fn = (...args: never[]) => never>(lib: Lib, path: string): F {
  let v: unknown = lib;
  for (const k of path.split(".")) v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
  if (typeof v !== "function") throw new Error(`lib.${path} is not implemented`);
  return v as F;
}
