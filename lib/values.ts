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

/** A value's Nix type as Nix's errors name it ("an integer", "a set", "null", …). */
export function nixTypeWithArticle(v: unknown): string {
  const t = typeOf(v);
  return t === "int" ? "an integer" : t === "bool" ? "a Boolean" : t === "null" ? "null" : t === "lambda" ? "a function" : t === "set" ? "a set" : `a ${t}`;
}

/**
 * An empty attribute set to be filled with `size` attributes. Sets built name
 * by name with many distinct names (option sets, config nodes) start in V8's
 * dictionary mode: adding a property to an ordinary object makes a new hidden
 * class each time, which is several times slower for such objects. Deleting a
 * property that is not the last one is what switches an object to that mode.
 */
export function newAttrSet(size: number): AttrSet {
  if (size <= manyAttrs) return {};
  const o: AttrSet = { a: 0, b: 0 };
  delete o.a;
  delete o.b;
  return o;
}
const manyAttrs = 16;

/** Defines an own, enumerable data property; safe for names like `__proto__`. */
export function setAttr(o: object, k: string, v: unknown): void {
  // plain assignment is much faster; only `__proto__` would hit a setter on Object.prototype
  if (k === "__proto__") Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else (o as Record<string, unknown>)[k] = v;
}

// one descriptor reused for every getter defined (defineProperty copies it)
const getterDescriptor: PropertyDescriptor = { enumerable: true, configurable: true, get: undefined };

/** Defines an own, enumerable property read through `get` (a lazy value: `get` remembers what it computes). */
export function setGetter(o: object, k: string, get: () => unknown): void {
  getterDescriptor.get = get;
  Object.defineProperty(o, k, getterDescriptor);
  getterDescriptor.get = undefined; // not to keep the last getter (and what it holds) alive
}

/** Reads an own property, invoking a getter with the object as `this` (a thunk being forced). */
export function readAttr(o: object, k: string): unknown {
  return hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined;
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

/** `xs ++ [ x ]` (faster than spread or `concat` for the short paths it builds). */
export function append<T>(xs: readonly T[], x: T): T[] {
  const out = new Array<T>(xs.length + 1);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i];
  out[xs.length] = x;
  return out;
}

/** Nix sorts attribute names by their bytes (code units here). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedNames(o: object): string[] {
  return sortNames(Object.keys(o));
}

/**
 * On a prototype: the names of the attributes its objects have in Nix that
 * the prototype holds as getters (an evaluated option's `value`, …). They are
 * not own keys, so that an object does not compute them when copied, but
 * `toPretty` prints them, as Nix prints the whole attribute set.
 */
export const prototypeAttrNames: unique symbol = Symbol("attributes held by the prototype");

/** Every attribute name `o` has in Nix (own keys and its prototype's `prototypeAttrNames`), sorted. */
export function allSortedNames(o: object): string[] {
  const inherited = (o as { [prototypeAttrNames]?: readonly string[] })[prototypeAttrNames];
  return inherited === undefined ? sortedNames(o) : sortNames([...new Set([...Object.keys(o), ...inherited])]);
}

/**
 * Sorts names in place, as `compareNames`. Long lists use the built-in sort
 * without a comparator, which orders strings by code units as `compareNames`
 * does, without calling back into JavaScript for every comparison.
 */
export function sortNames(names: string[]): string[] {
  return names.length > shortList ? names.sort() : stableSort(names, compareNames);
}

// lists up to this length are insertion-sorted
const shortList = 8;

/**
 * A stable sort in place. Short lists (every option set of a small
 * submodule, most mkOrder lists) are insertion-sorted: `Array#sort`
 * allocates its own working state, which adds up over thousands of them.
 */
export function stableSort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > shortList) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(list[j], x) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = x;
  }
  return list;
}
