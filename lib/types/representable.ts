/**
 * JavaScript values that have no Nix counterpart. `anything` and `attrs` would
 * otherwise read a Map, a Date or a class instance's getters as an empty
 * attribute set; they refuse them instead, naming the option.
 */
import { OptionError } from "../errors.js";
import { type Definition, showDefs, showOption } from "../options.js";

const builtinKinds: [new (...args: never[]) => object, string][] = [
  [Date, "a Date"],
  [Map, "a Map"],
  [Set, "a Set"],
  [WeakMap, "a WeakMap"],
  [WeakSet, "a WeakSet"],
  [RegExp, "a RegExp"],
  [Promise, "a Promise"],
  [ArrayBuffer, "an ArrayBuffer"],
  [Error, "an Error"],
];

/** What `v` is when the module system cannot hold it (a phrase), else null. Lists are looked into. */
export function unrepresentable(v: unknown): string | null {
  if (typeof v === "bigint") return "a BigInt";
  if (typeof v === "symbol") return "a Symbol";
  if (typeof v === "undefined") return "undefined";
  if (v === null || typeof v !== "object") return null;
  if (Array.isArray(v)) {
    for (const e of v) {
      const what = unrepresentable(e);
      if (what !== null) return what;
    }
    return null;
  }
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name}`;
  for (const [ctor, what] of builtinKinds) if (v instanceof ctor) return what;
  // a class instance whose values are getters on its prototype: copying its own keys would lose them
  // (module-system values such as options carry `_type` and are kept as they are)
  const proto = Object.getPrototypeOf(v) as object | null;
  if (proto !== null && proto !== Object.prototype && !("_type" in v)) {
    for (let p: object | null = proto; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      for (const k of Object.getOwnPropertyNames(p)) {
        if (Object.getOwnPropertyDescriptor(p, k)!.get !== undefined) {
          return `an instance of class ${v.constructor?.name ?? "(anonymous)"} with getters`;
        }
      }
    }
  }
  return null;
}

/** Throws when a definition's value cannot be represented. */
export function refuseUnrepresentable(loc: readonly string[], defs: readonly Definition[]): void {
  for (const def of defs) {
    const what = unrepresentable(def.value);
    if (what === null) continue;
    let shown = "";
    try {
      shown = showDefs([def]);
    } catch {
      shown = `\n- In \`${def.file}'`;
    }
    throw new OptionError(
      `A definition for option \`${showOption(loc)}' is ${what}, which the module system cannot represent ` +
        `(Nix has attribute sets, lists, strings, numbers, booleans, null and functions). Definition values:${shown}`,
      loc,
      [def.file],
    );
  }
}
