/**
 * Helpers the runners share: nixpkgs' shell quoting and string coercion,
 * Nix's `builtins.toJSON`/`compareVersions`, and the functions of
 * microvm.nix's lib/default.nix that lib/runner.nix hands to every backend.
 */
import { type Package, pathOf } from "../../pkgs/package.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { type MicrovmConfig, type MicrovmVolume, type PackageLike, RunnerError } from "./types.js";

// ------------------------------------------------------------ shell quoting

import { escapeShellArg } from "../../lib/index.js";

export { escapeShellArg, escapeShellArgs } from "../../lib/index.js";

// ------------------------------------------------------------ Nix coercion

export { nixToString } from "../../lib/index.js";

/**
 * What `"${v}"` gives: strings and packages only. Nix 2.8's messages for
 * everything else ("cannot coerce null to a string", …) are kept word for word.
 */
export function interpolate(v: PackageLike | null | number | boolean): string {
  if (v === null) throw new RunnerError("cannot coerce null to a string");
  if (typeof v === "number") throw new RunnerError("cannot coerce an integer to a string");
  if (typeof v === "boolean") throw new RunnerError("cannot coerce a boolean to a string");
  return pathOf(v);
}

/** `lib.boolToString`. */
export function boolToString(b: boolean): string {
  return b ? "true" : "false";
}

/** `lib.toHexString`: upper-case hexadecimal digits. */
export function toHexString(i: number): string {
  return i.toString(16).toUpperCase();
}

/** `builtins.toJSON`: attribute names sorted, strings escaped as Nix escapes them. */
export function nixToJSON(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return jsonString(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : floatToJSON(value);
  if (Array.isArray(value)) return `[${value.map(nixToJSON).join(",")}]`;
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort();
    return `{${keys.map((k) => `${jsonString(k)}:${nixToJSON(obj[k])}`).join(",")}}`;
  }
  throw new RunnerError(`cannot convert ${typeof value} to JSON`);
}

/**
 * A float as Nix 2.8's `toJSON` writes it: C++'s default stream format
 * (`%g`): six significant digits, trailing zeros dropped, an exponent of
 * at least two digits below 1e-4 or from 1e6 (`1.23457e+06`, `1e-05`).
 */
function floatToJSON(x: number): string {
  const [mantissa, exponent] = x.toExponential(5).split("e");
  const exp = Number(exponent);
  const trim = (digits: string) => (digits.includes(".") ? digits.replace(/\.?0+$/, "") : digits);
  if (exp < -4 || exp >= 6) return `${trim(mantissa)}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return trim(x.toFixed(5 - exp));
}

function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

export { compareVersions } from "../../lib/index.js";

// ------------------------------------------------------------ packages

/** `pkg.<output>` of a package; a store-path string has no outputs to pick from. */
export function outputOf(pkg: PackageLike, output: string, what: string): string {
  if (typeof pkg === "string") {
    throw new RunnerError(`${what} is the store path ${pkg}, not a package: its '${output}' output is unknown`);
  }
  const out = Object.hasOwn(pkg.outputs, output) ? pkg.outputs[output] : undefined;
  if (out === undefined) throw new RunnerError(`attribute '${output}' missing`);
  return out.outPath;
}

/** `"${pkgs.<attrPath>}"`. */
export function pkgPath(pkgs: PackageSet, attrPath: string): string {
  return pkgs.get(attrPath).outPath;
}

/** `lib.getOutput`: the named output, else `out`, else the package itself. */
export function getOutput(pkg: Package, output: string): string {
  const o = pkg.outputs[output] ?? pkg.outputs.out ?? pkg;
  return o.outPath;
}

/** `lib.makeBinPath`: every package's `bin` output (or `out`) plus `/bin`, joined with `:`. */
export function makeBinPath(packages: readonly Package[]): string {
  return packages.map((p) => `${getOutput(p, "bin")}/bin`).join(":");
}

/** `microvm.storeDisk`, which has no value when `storeOnDisk` is false. */
export function storeDiskOf(config: MicrovmConfig): PackageLike {
  if (config.storeDisk === undefined) {
    throw new RunnerError(
      "The option `microvm.storeDisk' was accessed but has no value defined. Try setting the option.",
    );
  }
  return config.storeDisk;
}

/** `set.${key}`: the attribute, or Nix's "attribute '…' missing". */
export function getAttr<T>(set: Readonly<Record<string, T>>, key: string): T {
  if (!Object.hasOwn(set, key)) throw new RunnerError(`attribute '${key}' missing`);
  return set[key];
}

/** `{ k = …; }.${key}` of an attribute set literal: only the chosen value is evaluated. */
export function attrOf<T>(set: Readonly<Record<string, () => T>>, key: string): T {
  return getAttr(set, key)();
}

// ------------------------------------------------------------ lib/default.nix

/** A volume with the drive letter it gets in the guest (`vda`, `vdb`, …). */
export type LetteredVolume = MicrovmVolume & { letter: string };

/**
 * `withDriveLetters`: volumes paired with letters a, b, … — starting at b
 * when the store disk takes vda. Volumes beyond z are dropped (`zipLists`).
 */
export function withDriveLetters(config: Pick<MicrovmConfig, "volumes" | "storeOnDisk">): LetteredVolume[] {
  const letters = "abcdefghijklmnopqrstuvwxyz".slice(config.storeOnDisk ? 1 : 0);
  return config.volumes.slice(0, letters.length).map((v, i) => ({ ...v, letter: letters[i] }));
}

export { extractOptValues, extractParamValue } from "../../modules/microvm/extra-args.js";

// ------------------------------------------------------------ laziness

/**
 * Defines `fields` on a new object as lazy, memoized getters — a Nix
 * attribute set's thunks: a field is computed on first read, once (so its
 * `lib.warn` output shows once), and one failing field leaves the others usable.
 */
export function lazyAttrs<T extends object>(fields: { [K in keyof T]: () => T[K] }): T {
  const obj = {} as T;
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    let state: { value: T[typeof key] } | { error: unknown } | undefined;
    Object.defineProperty(obj, key, {
      enumerable: true,
      get() {
        if (state === undefined) {
          try {
            state = { value: fields[key]() };
          } catch (error) {
            state = { error };
          }
        }
        if ("error" in state) throw state.error;
        return state.value;
      },
    });
  }
  return obj;
}

// ------------------------------------------------------------ argument lists

/**
 * One element of a Nix list: evaluated only when the list's elements are
 * (`escapeShellArgs`, `concatStringsSep`). Building the array itself is the
 * list's spine — the `++`, `optionals` and `concatMap` parts — so an error
 * or `lib.warn` there comes before any element's, as in Nix.
 */
export type Arg = () => string;

/** Elements whose value is already known. */
export function args(...values: string[]): Arg[] {
  return values.map((v) => () => v);
}

/** `lib.escapeShellArgs` of a lazy list. */
export function escapeShellArgList(list: readonly Arg[]): string {
  return list.map((a) => escapeShellArg(a())).join(" ");
}

/** `builtins.concatStringsSep " "` of a lazy list. */
export function joinArgList(list: readonly Arg[]): string {
  return list.map((a) => a()).join(" ");
}
