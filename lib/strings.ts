/**
 * String and version helpers of nixpkgs' lib that configurations use
 * (`lib.escapeShellArg`, `lib.versionAtLeast`, `builtins.compareVersions`,
 * `builtins.toString`).
 */
import { EvalError } from "./errors.js";
import { isAttrs, typeOf } from "./values.js";
import { warnIf } from "./warnings.js";

/**
 * `builtins.toString`: a string as it is, an integer in decimal (a float
 * with six decimals, as Nix prints it), `true` "1", `false` and null "", a
 * list's elements converted and joined with spaces, an attribute set by its
 * `__toString` or its `outPath` (a derivation, a package).
 */
export function nixToString(v: unknown): string {
  if (v === null || v === false) return "";
  if (v === true) return "1";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(6);
  if (Array.isArray(v)) return v.map(nixToString).join(" ");
  if (isAttrs(v) && typeof v.__toString === "function") return nixToString((v.__toString as (self: unknown) => unknown)(v));
  if (isAttrs(v) && "outPath" in v) return nixToString(v.outPath);
  throw new EvalError(`cannot coerce ${typeOf(v) === "lambda" ? "a function" : "a set"} to a string`);
}

/** `lib.strings.floatToString`: Nix's `toString` of a float, with a warning when it does not read back as the same number. */
export function floatToString(float: number): string {
  const result = nixToString(float);
  warnIf(Number(result) !== float, `Imprecise conversion from float to string ${result}`);
  return result;
}

/** Nix's `builtins.stringLength`: the length in bytes (UTF-8), not in UTF-16 code units. */
export const stringLength = (s: string): number => Buffer.byteLength(s, "utf8");

/** Characters `escapeShellArg` leaves unquoted (`[[:alnum:],._+:@%/-]`, ASCII). */
const shellSafe = /^[A-Za-z0-9,._+:@%/-]+$/;

/**
 * `lib.escapeShellArg`: the argument as is when it has only safe characters,
 * else in single quotes with every `'` written as `'\''`.
 *
 *     escapeShellArg("a b") === "'a b'"
 */
export function escapeShellArg(arg: string | number): string {
  const s = String(arg);
  return shellSafe.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}

/** `lib.escapeShellArgs`: each argument escaped, joined with spaces. */
export function escapeShellArgs(args: readonly (string | number)[]): string {
  return args.map(escapeShellArg).join(" ");
}

/**
 * `builtins.compareVersions a b`: -1, 0 or 1. Versions split into numbers and
 * words at `.`/`-`; numbers compare numerically, `pre` sorts first, a word
 * sorts before a number (`"2.3a" < "2.3.1"`).
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const ca = versionComponents(a);
  const cb = versionComponents(b);
  for (let i = 0; i < Math.max(ca.length, cb.length); i++) {
    const x = ca[i] ?? "";
    const y = cb[i] ?? "";
    if (componentLessThan(x, y)) return -1;
    if (componentLessThan(y, x)) return 1;
  }
  return 0;
}

/** `lib.versionAtLeast v min`. */
export const versionAtLeast = (v: string, min: string): boolean => compareVersions(v, min) >= 0;

/** `lib.versionOlder v than`. */
export const versionOlder = (v: string, than: string): boolean => compareVersions(v, than) < 0;

function versionComponents(v: string): string[] {
  return v.match(/[0-9]+|[^0-9.-]+/g) ?? [];
}

function componentLessThan(c1: string, c2: string): boolean {
  const n1 = /^[0-9]+$/.test(c1) ? BigInt(c1) : null;
  const n2 = /^[0-9]+$/.test(c2) ? BigInt(c2) : null;
  if (n1 !== null && n2 !== null) return n1 < n2;
  if (c1 === "" && n2 !== null) return true;
  if (c1 === "pre" && c2 !== "pre") return true;
  if (c2 === "pre") return false;
  if (n2 !== null) return true;
  if (n1 !== null) return false;
  return c1 < c2;
}
