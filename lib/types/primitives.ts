/**
 * The leaf types of the catalogue: booleans, numbers, strings, paths,
 * enums, packages (nixpkgs `lib/types.nix`).
 */
import { posixToRegExp } from "../posix-regex.js";
import { OptionError } from "../errors.js";
import { type Definition, getValues, mergeEqualOption, mergeOneOption, showDefs, showOption } from "../options.js";
import { escapeNixString } from "../pretty.js";
import { type AttrSet, isAttrs, isBool, isDerivation, isFloat, isInt, isString, isStringLike, nixEquals } from "../values.js";
import { addCheck, defaultFunctor, extendType, mkOptionType, type OptionType } from "./type.js";
import { refuseUnrepresentable } from "./representable.js";

export const raw = mkOptionType({ name: "raw", description: "raw value", descriptionClass: "noun", merge: mergeOneOption });

export const unspecified = mkOptionType({ name: "unspecified", description: "unspecified value", descriptionClass: "noun" });

export const bool = mkOptionType({
  name: "bool",
  description: "boolean",
  descriptionClass: "noun",
  check: isBool,
  merge: mergeEqualOption,
});

export const boolByOr = mkOptionType({
  name: "boolByOr",
  description: "boolean (merged using or)",
  descriptionClass: "noun",
  check: isBool,
  merge: (_loc, defs) => defs.reduce<boolean>((r, d) => r || (d.value as boolean), false),
});

/** Nix's integers are signed 64-bit: [-2^63, 2^63 - 1]. */
const int64Min = -(2 ** 63);
const int64Max = 2 ** 63; // exclusive: 2^63 - 1 is not a double, 2^63 is the first one above the range

/**
 * An integer-valued number within Nix's 64-bit range, but beyond what a
 * JavaScript number holds exactly (±(2^53 - 1)), is refused when merged: its
 * value would already be wrong, and printing it would give `1e+21`.
 */
function mergeInt(loc: readonly string[], defs: readonly Definition[]): unknown {
  for (const def of defs) {
    const v = def.value as number;
    if (!Number.isSafeInteger(v)) {
      throw new OptionError(
        `A definition for option \`${showOption(loc)}' is an integer that JavaScript cannot hold exactly: ` +
          `${BigInt(v)} is beyond ±${Number.MAX_SAFE_INTEGER} (use a string or a float type for such a value). ` +
          `Definition values:${showDefs([def])}`,
        loc,
        [def.file],
      );
    }
  }
  return mergeEqualOption(loc, defs);
}

export const int = mkOptionType({
  name: "int",
  description: "signed integer",
  descriptionClass: "noun",
  check: (x) => isInt(x) && x >= int64Min && x < int64Max,
  merge: mergeInt,
});

const intBetweenDesc = (lo: number, hi: number) => `${lo} and ${hi} (both inclusive)`;

function intsBetween(lowest: number, highest: number): OptionType {
  if (!(lowest <= highest)) throw new OptionError("ints.between: lowest must be smaller than highest");
  return extendType(
    addCheck(int, (x) => (x as number) >= lowest && (x as number) <= highest),
    { name: "intBetween", description: `integer between ${intBetweenDesc(lowest, highest)}` },
  );
}

function intsRange(lowest: number, highest: number, name: string, docStart: string): OptionType {
  return extendType(intsBetween(lowest, highest), {
    name,
    description: `${docStart}; between ${intBetweenDesc(lowest, highest)}`,
  });
}
const unsign = (bit: number, range: number) => intsRange(0, range - 1, `unsignedInt${bit}`, `${bit} bit unsigned integer`);
const sign = (bit: number, range: number) =>
  intsRange(-(range / 2), range / 2 - 1, `signedInt${bit}`, `${bit} bit signed integer`);

export const ints = {
  between: intsBetween,
  unsigned: extendType(
    addCheck(int, (x) => (x as number) >= 0),
    { name: "unsignedInt", description: "unsigned integer, meaning >=0", descriptionClass: "nonRestrictiveClause" },
  ),
  positive: extendType(
    addCheck(int, (x) => (x as number) > 0),
    { name: "positiveInt", description: "positive integer, meaning >0", descriptionClass: "nonRestrictiveClause" },
  ),
  u8: unsign(8, 256),
  u16: unsign(16, 65536),
  u32: unsign(32, 4294967296),
  s8: sign(8, 256),
  s16: sign(16, 65536),
  s32: sign(32, 4294967296),
};

export const port = ints.u16;

export const float = mkOptionType({
  name: "float",
  description: "floating point number",
  descriptionClass: "noun",
  check: isFloat,
  merge: mergeEqualOption,
});

export const str = mkOptionType({
  name: "str",
  description: "string",
  descriptionClass: "noun",
  check: isString,
  merge: mergeEqualOption,
});

export const nonEmptyStr = mkOptionType({
  name: "nonEmptyStr",
  description: "non-empty string",
  descriptionClass: "noun",
  check: (x) => isString(x) && !/^[ \t\n]*$/.test(x),
  merge: mergeEqualOption,
});

/** POSIX bracket classes (`[[:alnum:]]`), which JavaScript's RegExp lacks, as ranges. */
export function strMatching(pattern: string): OptionType {
  // compiled when first used: as with Nix's builtins.match, an invalid pattern fails the check, not the declaration
  let re: RegExp | undefined;
  return mkOptionType({
    name: `strMatching ${escapeNixString(pattern)}`,
    description: `string matching the pattern ${pattern}`,
    descriptionClass: "noun",
    check: (x) => isString(x) && (re ??= posixToRegExp(pattern)).test(x),
    merge: mergeEqualOption,
    functor: {
      ...defaultFunctor("strMatching"),
      type: ((p: { pattern: string }) => strMatching(p.pattern)) as (payload: never) => OptionType,
      payload: { pattern },
      binOp: ((a: { pattern: string }, b: { pattern: string }) => (a.pattern === b.pattern ? a : null)) as (a: never, b: never) => unknown,
    },
  });
}

export const singleLineStr = (() => {
  const base = strMatching("[^\n\r]*\n?");
  return mkOptionType({
    name: "singleLineStr",
    description: "(optionally newline-terminated) single-line string",
    descriptionClass: "noun",
    check: base.check,
    merge: (loc, defs) => {
      const v = base.merge(loc, defs) as string;
      return v.endsWith("\n") ? v.slice(0, -1) : v;
    },
  });
})();

export function separatedString(sep: string): OptionType {
  return mkOptionType({
    name: "separatedString",
    description: `strings concatenated with ${JSON.stringify(sep)}`,
    descriptionClass: "noun",
    check: isString,
    merge: (_loc, defs) => getValues(defs).join(sep),
    functor: {
      ...defaultFunctor("separatedString"),
      type: ((p: { sep: string }) => separatedString(p.sep)) as (payload: never) => OptionType,
      payload: { sep },
      binOp: ((a: { sep: string }, b: { sep: string }) => (a.sep === b.sep ? { sep: a.sep } : null)) as (a: never, b: never) => unknown,
    },
  });
}

export const lines = separatedString("\n");
export const commas = separatedString(",");
export const envVar = separatedString(":");

export function passwdEntry(entryType: OptionType): OptionType {
  return extendType(
    addCheck(entryType, (s) => !(String(s).includes(":") || String(s).includes("\n"))),
    {
      name: `passwdEntry ${entryType.name}`,
      description: `${entryType.descriptionClass === "noun" ? entryType.description : `(${entryType.description})`}, not containing newlines or colons`,
      descriptionClass: "nonRestrictiveClause",
    },
  );
}

export const attrs = mkOptionType({
  name: "attrs",
  description: "attribute set",
  check: isAttrs,
  merge: (loc, defs) => {
    refuseUnrepresentable(loc, defs);
    const out: AttrSet = {};
    for (const d of defs) {
      for (const k of Object.keys(d.value as object)) {
        Object.defineProperty(out, k, Object.getOwnPropertyDescriptor(d.value, k)!);
      }
    }
    return out;
  },
  emptyValue: { value: {} },
});

const isStorePath = (x: unknown): boolean => isString(x) && /^\/nix\/store\/[^/]+$/.test(x);

export const packageType = mkOptionType({
  name: "package",
  descriptionClass: "noun",
  check: (x) => isDerivation(x) || isStorePath(x),
  merge: (loc, defs) => {
    const res = mergeOneOption(loc, defs);
    return isString(res) ? toDerivation(res) : res;
  },
});

/** `lib.toDerivation`: a store path as a package. */
function toDerivation(path: string): AttrSet {
  const name = path.replace(/^\/nix\/store\/[^-]*-/, "");
  return { type: "derivation", name, outPath: path };
}

/**
 * nixpkgs `lib.path.hasStorePathPrefix` of `/. + s`: the canonical path's
 * first component under /nix/store looks like a store path name
 * (`<32 characters>-<name>`), so `/nix/store/.links/…` is not one; or its
 * first component is a content-addressed derivation's 52-character hash.
 */
function hasStorePathPrefix(s: string): boolean {
  const components: string[] = [];
  for (const c of s.split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") components.pop();
    else components.push(c);
  }
  if (components.length > 2 && components[0] === "nix" && components[1] === "store" && /^.{32}-.+$/s.test(components[2])) return true;
  return components.length > 0 && /^[0-9a-z]{52}$/.test(components[0]);
}

export interface PathWithOptions {
  inStore?: boolean | null;
  absolute?: boolean | null;
}

export function pathWith(opts: PathWithOptions = {}): OptionType {
  const inStore = opts.inStore ?? null;
  const absolute = opts.absolute ?? null;
  if (inStore !== null && absolute !== null && inStore && !absolute) {
    throw new OptionError("In pathWith, inStore means the path must be absolute");
  }
  const description =
    (absolute === null ? "" : absolute ? "absolute " : "relative ") +
    "path" +
    (inStore === null ? "" : inStore ? " in the Nix store" : " not in the Nix store");
  return mkOptionType({
    name: "path",
    description,
    descriptionClass: "noun",
    merge: mergeEqualOption,
    functor: {
      ...defaultFunctor("path"),
      type: ((p: PathWithOptions) => pathWith(p)) as (payload: never) => OptionType,
      payload: { inStore, absolute },
      binOp: ((a: PathWithOptions, b: PathWithOptions) =>
        a.inStore === b.inStore && a.absolute === b.absolute ? a : null) as (a: never, b: never) => unknown,
    },
    check: (x) => {
      if (!(inStore === null || inStore ? isStringLike(x) : isString(x))) return false;
      const s = isString(x) ? x : String((x as AttrSet).outPath ?? "");
      const isInStore = hasStorePathPrefix(s);
      const isAbsolute = s.startsWith("/");
      return (inStore === null || inStore === isInStore) && (absolute === null || absolute === isAbsolute);
    },
  });
}

export const path = pathWith({ absolute: true });
export const pathInStore = pathWith({ inStore: true });
export const externalPath = pathWith({ absolute: true, inStore: false });

const showEnumValue = (v: unknown): string =>
  isString(v) ? `"${v}"` : isInt(v) ? String(v) : isBool(v) ? String(v) : `<${v === null ? "null" : isFloat(v) ? "float" : "set"}>`;

export function enumType(values: readonly unknown[]): OptionType {
  return mkOptionType({
    name: "enum",
    description:
      values.length === 0
        ? "impossible (empty enum)"
        : values.length === 1
          ? `value ${showEnumValue(values[0])} (singular enum)`
          : `one of ${values.map(showEnumValue).join(", ")}`,
    descriptionClass: values.length < 2 ? "noun" : "conjunction",
    check: (x) => values.some((v) => nixEquals(v, x)),
    merge: mergeEqualOption,
    functor: {
      ...defaultFunctor("enum"),
      type: ((p: { values: unknown[] }) => enumType(p.values)) as (payload: never) => OptionType,
      payload: { values },
      binOp: ((a: { values: unknown[] }, b: { values: unknown[] }) => ({
        values: [...a.values, ...b.values].filter((v, i, all) => all.findIndex((w) => nixEquals(v, w)) === i),
      })) as (a: never, b: never) => unknown,
    },
  });
}

export const optionDeclaration = mkOptionType({
  name: "optionDeclaration",
  description: "option declaration",
  descriptionClass: "noun",
  check: (opt) => isAttrs(opt) && opt._type === "option" && !("value" in opt),
});
