/**
 * `lib.gvariant`: values typed for GSettings/dconf, printed in GLib's
 * GVariant text format (https://docs.gtk.org/glib/gvariant-text.html) by
 * `toString` (`String(v)`, `${v}`, Nix's `toString`).
 *
 * A value is an attribute set `{ _type: "gvariant", type, value, __toString }`
 * as in Nix. A JavaScript number is a double when it is not an integer;
 * an integer needs its constructor (`mkInt32`, `mkUint16`, …), as in Nix.
 */
import { EvalError } from "./errors.js";
import { nixToString } from "./strings.js";
import { isAttrs, isBool, isFloat, isInt, isList, isString, typeOf } from "./values.js";

export interface GVariant<V = unknown> {
  readonly _type: "gvariant";
  /** The GVariant type string (`i`, `as`, `(ias)`, `{sv}`, …). */
  readonly type: string;
  readonly value: V;
  /** The text format of `self` (Nix's `__toString`; a method, so that any GVariant is a `GVariant<unknown>`). */
  __toString(self: GVariant<V>): string;
}

/** GVariant type strings: the basic ones and the constructors of the container ones. */
export const type = {
  arrayOf: (t: string): string => `a${t}`,
  maybeOf: (t: string): string => `m${t}`,
  tupleOf: (ts: readonly string[]): string => `(${ts.join("")})`,
  dictionaryEntryOf: (nameType: string, valueType: string): string => `{${nameType}${valueType}}`,
  string: "s",
  boolean: "b",
  uchar: "y",
  int16: "n",
  uint16: "q",
  int32: "i",
  uint32: "u",
  int64: "x",
  uint64: "t",
  double: "d",
  variant: "v",
} as const;

export const isGVariant = (v: unknown): v is GVariant => isAttrs(v) && v._type === "gvariant";

/** A value of type `t`; its text is `@t value` unless `show` says otherwise. */
function mkPrimitive<V>(t: string, value: V, show: (self: GVariant<V>) => string = (self) => `@${self.type} ${nixToString(self.value)}`): GVariant<V> {
  const v: GVariant<V> = { _type: "gvariant", type: t, value, __toString: show };
  // `String(v)` and `${v}` print it, as Nix's `toString` does
  Object.defineProperty(v, "toString", { value: function (this: GVariant<V>) { return this.__toString(this); } });
  return v;
}

/** The integer constructors with the range each accepts (null: unbounded), as mkValue's error lists them. */
export const intConstructors: readonly { name: string; type: string; min: number | null; max: number | null }[] = [
  { name: "mkInt32", type: type.int32, min: -2147483648, max: 2147483647 },
  { name: "mkUint32", type: type.uint32, min: 0, max: 4294967295 },
  { name: "mkInt64", type: type.int64, min: null, max: null },
  { name: "mkUint64", type: type.uint64, min: 0, max: null },
  { name: "mkInt16", type: type.int16, min: -32768, max: 32767 },
  { name: "mkUint16", type: type.uint16, min: 0, max: 65535 },
  { name: "mkUchar", type: type.uchar, min: 0, max: 255 },
];

/**
 * The GVariant of a plain value: a boolean, a double (a non-integer number),
 * a string, an array (of values of one type), or a GVariant as it is. An
 * integer or an attribute set is refused, with Nix's message.
 */
export function mkValue(v: unknown): GVariant {
  if (isBool(v)) return mkBoolean(v);
  if (isFloat(v)) return mkDouble(v);
  if (isString(v)) return mkString(v);
  if (isList(v)) return mkArray(v);
  if (isGVariant(v)) return v;
  if (isInt(v)) {
    const fits = intConstructors.filter(({ min, max }) => (min === null || min <= v) && (max === null || v <= max));
    throw new EvalError(
      `The GVariant type for number “${v}” is unclear.\nPlease wrap the value with one of the following, depending on the value type in GSettings schema:\n\n${fits.map(({ name, type: t }) => `- \`lib.gvariant.${name}\` for \`${t}\``).join("\n")}\n`,
    );
  }
  if (isAttrs(v)) {
    throw new EvalError(
      "Cannot construct GVariant value from an attribute set. If you want to construct a dictionary, you will need to create an array containing items constructed with `lib.gvariant.mkDictionaryEntry`.",
    );
  }
  throw new EvalError(`The GVariant type of “${typeOf(v)}” can't be inferred.`);
}

const joinElements = (vs: readonly GVariant[]): string => vs.map(nixToString).join(",");

/** An array of values of one type (`@ai [1,2]`); an empty one needs mkEmptyArray. */
export function mkArray(elems: readonly unknown[]): GVariant<GVariant[]> {
  if (elems.length === 0) throw new EvalError("Please create empty array with mkEmptyArray.");
  const vs = elems.map(mkValue);
  if (!vs.every((v) => v.type === vs[0].type)) throw new EvalError("Elements in a list should have same type.");
  return mkPrimitive(type.arrayOf(vs[0].type), vs, (self) => `@${self.type} [${joinElements(self.value)}]`);
}

/** An empty array of `elemType` elements (`@as []`). */
export const mkEmptyArray = (elemType: string): GVariant<never[]> => mkPrimitive(type.arrayOf(elemType), [], (self) => `@${self.type} []`);

/** A variant holding `elem` (`<'foo'>`). */
export const mkVariant = (elem: unknown): GVariant<GVariant> => mkPrimitive(type.variant, mkValue(elem), (self) => `<${nixToString(self.value)}>`);

/** A dictionary entry (`@{sv} {'a',<1>}`): build a dictionary as an array of them. */
export function mkDictionaryEntry(name: unknown, value: unknown): GVariant<{ name: unknown; value: unknown }> {
  const n = mkValue(name);
  const v = mkValue(value);
  return mkPrimitive(type.dictionaryEntryOf(n.type, v.type), { name, value }, (self) => `@${self.type} {${nixToString(n)},${nixToString(v)}}`);
}

/** A maybe of `elemType`: `just …`, or `@mt nothing` for null. */
export const mkMaybe = <V>(elemType: string, elem: V): GVariant<V> =>
  mkPrimitive(type.maybeOf(elemType), elem, (self) => (self.value === null ? `@${self.type} nothing` : `just ${nixToString(self.value)}`));

/** An empty maybe of `elemType` (`@ms nothing`). */
export const mkNothing = (elemType: string): GVariant<null> => mkMaybe(elemType, null);

/** A maybe holding `elem` (`just @u 4`). */
export function mkJust(elem: unknown): GVariant<GVariant> {
  const v = mkValue(elem);
  return mkMaybe(v.type, v);
}

/** A tuple (`@(ias) (1,@as ['foo'])`). */
export function mkTuple(elems: readonly unknown[]): GVariant<GVariant[]> {
  const vs = elems.map(mkValue);
  return mkPrimitive(type.tupleOf(vs.map((v) => v.type)), vs, (self) => `@${self.type} (${joinElements(self.value)})`);
}

export const mkBoolean = (v: boolean): GVariant<boolean> => mkPrimitive(type.boolean, v, (self) => (self.value ? "true" : "false"));

/** `'`, `\` escaped, newlines written `\n`. */
const quoteString = (s: string): string => `'${s.replace(/['\\]/g, "\\$&").replaceAll("\n", "\\n")}'`;

export const mkString = (v: string): GVariant<string> => mkPrimitive(type.string, v, (self) => quoteString(self.value));

/** An object path (`objectpath '/org/x'`); its type is `s`, as in nixpkgs. */
export const mkObjectpath = (v: string): GVariant<string> =>
  mkPrimitive(type.string, v, (self) => `objectpath '${self.value.replaceAll("'", "\\'")}'`);

export const mkUchar = (v: number): GVariant<number> => mkPrimitive(type.uchar, v);
export const mkInt16 = (v: number): GVariant<number> => mkPrimitive(type.int16, v);
export const mkUint16 = (v: number): GVariant<number> => mkPrimitive(type.uint16, v);
/** An int32 (GVariant's default integer type: printed without its `@i`). */
export const mkInt32 = (v: number): GVariant<number> => mkPrimitive(type.int32, v, (self) => nixToString(self.value));
export const mkUint32 = (v: number): GVariant<number> => mkPrimitive(type.uint32, v);
export const mkInt64 = (v: number): GVariant<number> => mkPrimitive(type.int64, v);
export const mkUint64 = (v: number): GVariant<number> => mkPrimitive(type.uint64, v);
/** A double, printed as Nix's `toString` prints a float (`3.140000`). */
export const mkDouble = (v: number): GVariant<number> => mkPrimitive(type.double, v, (self) => nixToString(self.value));

/** The `lib.gvariant` namespace. */
export const gvariant = {
  type,
  isGVariant,
  intConstructors,
  mkValue,
  mkArray,
  mkEmptyArray,
  mkVariant,
  mkDictionaryEntry,
  mkMaybe,
  mkNothing,
  mkJust,
  mkTuple,
  mkBoolean,
  mkString,
  mkObjectpath,
  mkUchar,
  mkInt16,
  mkUint16,
  mkInt32,
  mkUint32,
  mkInt64,
  mkUint64,
  mkDouble,
};
