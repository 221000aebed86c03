/**
 * A config value as plain data for printing: packages become their store
 * path (`"${pkg}"`), the package set `"<pkgs>"` (or `"<pkgs.buildPackages>"`),
 * other package sets `"<package set>"`, functions `"<function>"`;
 * options without a value (undefined or removed) are left out, as in the golden config dumps.
 */
import { EvalError, OptionNotDefinedError } from "../lib/index.js";
import type { PackageSet } from "../pkgs/package-set.js";

const isPackage = (v: object): v is { outPath: string } =>
  typeof (v as { outPath?: unknown }).outPath === "string" && (v as { type?: unknown }).type === "derivation";

const isPackageSet = (v: object): boolean =>
  typeof (v as { get?: unknown }).get === "function" && typeof (v as { storePath?: unknown }).storePath === "function";

/** How a package set prints. `types.pkgs` merges like `attrs` (`res // def`), so a value may be a copy: sets are told apart by their `get`. */
function packageSetName(set: object, pkgs: PackageSet | undefined): string {
  const get = (set as PackageSet).get;
  if (pkgs === undefined) return "<package set>";
  if (get === pkgs.get) return "<pkgs>";
  return get === pkgs.buildPackages.get ? "<pkgs.buildPackages>" : "<package set>";
}

/**
 * Options that have no value: left out (`"omit"`, as the golden config dumps
 * have them), or an error (`"strict"`, as `nix eval --json` reads every
 * value: "The option `…' was accessed but has no value defined"). Options
 * removed with `mkRemovedOptionModule` are left out either way.
 */
export type UndefinedOptions = "omit" | "strict";

/** The value as JSON-able data, read fully (getters evaluated); `pkgs` is the evaluation's package set. */
export function plainValue(v: unknown, pkgs?: PackageSet, seen: Set<object> = new Set(), undefinedOptions: UndefinedOptions = "omit"): unknown {
  if (typeof v === "function") return "<function>";
  if (v === null || typeof v !== "object") return v === undefined ? null : v;
  if (isPackage(v)) return v.outPath;
  if (isPackageSet(v)) return packageSetName(v, pkgs);
  if (seen.has(v)) return "<cycle>";
  seen.add(v);
  try {
    if (Array.isArray(v)) return v.map((x) => plainValue(x, pkgs, seen, undefinedOptions));
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === "_module") continue;
      let x: unknown;
      try {
        x = (v as Record<string, unknown>)[k];
      } catch (error) {
        // an option without a value (never defined, or removed: reading it throws its own
        // removal message) has no place in the data, like a missing attribute
        const notDefined = error instanceof OptionNotDefinedError;
        const aboutThisOption =
          ((notDefined && undefinedOptions === "omit") || (!notDefined && error instanceof EvalError)) && error.loc[error.loc.length - 1] === k;
        if (aboutThisOption) continue;
        throw error;
      }
      Object.defineProperty(out, k, { value: plainValue(x, pkgs, seen, undefinedOptions), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    seen.delete(v);
  }
}
