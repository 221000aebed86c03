/**
 * `lib.generators.mkValueStringDefault { }`: a value as a generator (an INI
 * file, a command line) writes it by default.
 */
import { EvalError } from "./errors.js";
import { toPretty } from "./pretty.js";
import { floatToString, nixToString } from "./strings.js";
import { isAttrs, isDerivation, isFloat, isFunction, isInt, isList, isString } from "./values.js";

/** The options of `mkValueStringDefault`: none so far (Nix's `{ }`). */
export type ValueStringOptions = Readonly<Record<string, never>>;

/**
 * An integer in decimal, a derivation as its store path, a string as it is,
 * `true`/`false`/`null` as those words, a float as Nix's `toString` prints it
 * (warning when imprecise); lists, attribute sets and functions are refused
 * (Nix aborts: `generators.mkValueStringDefault: lists not supported: …`).
 *
 *     mkValueStringDefault({}, 3) === "3"
 */
export function mkValueStringDefault(_options: ValueStringOptions, v: unknown): string {
  const unsupported = (what: string, shown: string): never => {
    throw new EvalError(`generators.mkValueStringDefault: ${what} not supported: ${shown}`);
  };
  if (isInt(v)) return String(v);
  if (isDerivation(v)) return nixToString(v);
  if (isString(v)) return v;
  if (v === true) return "true";
  if (v === false) return "false";
  if (v === null) return "null";
  if (isList(v)) return unsupported("lists", toPretty(v));
  if (isAttrs(v)) return unsupported("attrsets", toPretty(v));
  if (isFunction(v)) return unsupported("functions", toPretty(v));
  if (isFloat(v)) return floatToString(v);
  return unsupported("this value is", toPretty(nixToString(v)));
}
