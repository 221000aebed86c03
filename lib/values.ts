/**
 * Nix value kinds as they appear in JavaScript (see MODULE-API.md): an
 * attribute set is a plain object, a list an array, a derivation an object
 * with `type: "derivation"` (or anything with an `outPath`), int/float are
 * numbers (an int is an integer-valued number).
 */
import fastDeepEqual from "fast-deep-equal";

export type AttrSet = Record<string, unknown>;

export const isAttrs = (v: unknown): v is AttrSet =>
  v !== null && typeof v === "object" && !Array.isArray(v);
export const isList = (v: unknown): v is unknown[] => Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === "string";
export const isBool = (v: unknown): v is boolean => typeof v === "boolean";
export const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
export const isFloat = (v: unknown): v is number => typeof v === "number" && !Number.isInteger(v);
export const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === "function";
export const isDerivation = (v: unknown): boolean => isAttrs(v) && v.type === "derivation";

/** A value that `"${v}"` accepts: a string, or an attribute set with `outPath` or `__toString`. */
export const isStringLike = (v: unknown): boolean =>
  isString(v) || (isAttrs(v) && (hasOwn(v, "outPath") || hasOwn(v, "__toString")));

export const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Nix's `builtins.typeOf`. */
export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (isBool(v)) return "bool";
  if (isInt(v)) return "int";
  if (isFloat(v)) return "float";
  if (isString(v)) return "string";
  if (isList(v)) return "list";
  if (isFunction(v)) return "lambda";
  return "set";
}

/** Defines an own, enumerable data property; safe for names like `__proto__`. */
export function setAttr(o: object, k: string, v: unknown): void {
  // plain assignment is much faster; only `__proto__` would hit a setter on Object.prototype
  if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else (o as Record<string, unknown>)[k] = v;
}

/** Defines an own, enumerable lazy property computed once on first read. */
export function setLazyAttr(o: object, k: string, compute: () => unknown): void {
  Object.defineProperty(o, k, {
    enumerable: true,
    configurable: true,
    get() {
      const v = compute();
      Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return v;
    },
  });
}

/** Reads an own property, invoking a getter with the object as `this` (a thunk being forced). */
export function readAttr(o: object, k: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (d === undefined) return undefined;
  return d.get !== undefined ? d.get.call(o) : d.value;
}

/** Copies own properties without forcing getters. */
export function copyAttrs(o: object, without: readonly string[] = []): AttrSet {
  const out: AttrSet = {};
  for (const k of Object.keys(o)) {
    if (without.includes(k)) continue;
    copyAttr(out, o, k);
  }
  return out;
}

/** Copies one own property, keeping a getter a getter (unforced). */
export function copyAttr(to: object, from: object, k: string): void {
  const d = Object.getOwnPropertyDescriptor(from, k)!;
  if (d.get === undefined && k !== "__proto__") (to as Record<string, unknown>)[k] = d.value;
  else Object.defineProperty(to, k, d);
}

/** Nix's `==`: structural; derivations compare by `outPath`; functions never equal. */
export function nixEquals(a: unknown, b: unknown): boolean {
  if (a === b) return !isFunction(a);
  if (isDerivation(a) && isDerivation(b)) return (a as AttrSet).outPath === (b as AttrSet).outPath;
  if (isFunction(a) || isFunction(b)) return false;
  return fastDeepEqual(a, b);
}

/** Nix sorts attribute names by their bytes (code units here). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedNames(o: object): string[] {
  return Object.keys(o).sort(compareNames);
}
