/**
 * Type-level only: what each option type tells tsc about the values it
 * merges to, so that a config type can be inferred from option declarations
 * (as zod's `z.infer` does) without a generation step. Nothing here exists
 * at run time: `TypedOptionType<V>` is an `OptionType` with an optional
 * phantom field that no value has, and `types` (types/index.ts) is the same
 * object, declared with the signatures below.
 */
import type { OptionType } from "./type.js";

/** An option type whose merged values are of type `V` (for tsc only). */
export type TypedOptionType<V> = OptionType & { readonly "~value"?: V };

/** The value type an option type tells (`unknown` for one that tells none). */
export type ValueOf<Type> = Type extends { readonly "~value"?: infer V } ? (unknown extends V ? unknown : V) : unknown;

type T<V> = TypedOptionType<V>;

/** A module as `submodule` takes it: its options, from an attribute set or a function returning one. */
export type InferModule<M> = M extends (...args: never[]) => infer R
  ? InferModule<R>
  : M extends readonly (infer E)[]
    ? InferModule<E>
    : M extends { readonly options: infer O }
      ? InferOptions<O>
      : Record<string, unknown>;

/**
 * The value of one declared option: what its type tells, else its default's
 * type. (An `apply` function's result is not seen: `mkOption` keeps no trace of it.)
 */
export type OptionValue<D> = D extends { readonly type?: infer Type }
  ? unknown extends ValueOf<NonNullable<Type>>
    ? DefaultOf<D>
    : ValueOf<NonNullable<Type>>
  : DefaultOf<D>;

type DefaultOf<D> = D extends { readonly default?: infer Default } ? (undefined extends Default ? unknown : Default) : unknown;

/**
 * The config an option tree declares: `types.port` → number,
 * `types.listOf(types.str)` → string[], `types.submodule({ options })` → an
 * object type, `nullOr`, `enum`, `attrsOf`, ….
 *
 *     const options = { port: mkOption({ type: types.port, default: 80 }) };
 *     type Config = InferOptions<typeof options>; // { port: number }
 */
export type InferOptions<O> = {
  -readonly [K in keyof O]: O[K] extends { readonly _type: "option" } ? OptionValue<O[K]> : InferOptions<O[K]>;
};

type Ints = {
  between(lowest: number, highest: number): T<number>;
  readonly unsigned: T<number>;
  readonly positive: T<number>;
  readonly u8: T<number>;
  readonly u16: T<number>;
  readonly u32: T<number>;
  readonly s8: T<number>;
  readonly s16: T<number>;
  readonly s32: T<number>;
};

/** The `types` catalogue's signatures, with the values each type tells. */
export interface TypedTypes {
  readonly raw: T<unknown>;
  readonly anything: T<unknown>;
  readonly unspecified: T<unknown>;
  readonly bool: T<boolean>;
  readonly boolByOr: T<boolean>;
  readonly int: T<number>;
  readonly ints: Ints;
  readonly port: T<number>;
  readonly float: T<number>;
  readonly number: T<number>;
  readonly numbers: {
    between(lowest: number, highest: number): T<number>;
    readonly nonnegative: T<number>;
    readonly positive: T<number>;
  };
  readonly str: T<string>;
  readonly nonEmptyStr: T<string>;
  readonly singleLineStr: T<string>;
  strMatching(pattern: string): T<string>;
  separatedString(sep: string): T<string>;
  readonly lines: T<string>;
  readonly commas: T<string>;
  readonly envVar: T<string>;
  passwdEntry<V>(entryType: T<V>): T<V>;
  readonly attrs: T<Record<string, unknown>>;
  /** A derivation (an object with an `outPath`) or a store path. */
  readonly package: T<{ readonly outPath: string } | string>;
  readonly pkgs: T<unknown>;
  readonly path: T<string>;
  readonly pathInStore: T<string>;
  readonly externalPath: T<string>;
  pathWith(opts?: { absolute?: boolean | null; inStore?: boolean | null }): T<string>;
  enum<const V extends readonly unknown[]>(values: V): T<V[number]>;
  nullOr<V>(elemType: T<V>): T<V | null>;
  listOf<V>(elemType: T<V>): T<V[]>;
  nonEmptyListOf<V>(elemType: T<V>): T<V[]>;
  attrsOf<V>(elemType: T<V>): T<Record<string, V>>;
  lazyAttrsOf<V>(elemType: T<V>): T<Record<string, V>>;
  /** Deprecated in nixpkgs: `attrsOf`. */
  loaOf<V>(elemType: T<V>): T<Record<string, V>>;
  attrsWith<V>(opts: { elemType: T<V>; lazy?: boolean; placeholder?: string }): T<Record<string, V>>;
  attrListOf<V>(elemType: T<V>): T<Record<string, V>[]>;
  attrListWith<V>(opts: { elemType: T<V>; asAttrs?: false; mergeAttrValues?: never }): T<Record<string, V>[]>;
  attrListWith<V, R = V[]>(opts: { elemType: T<V>; asAttrs: true; mergeAttrValues?: (name: string, values: V[]) => R }): T<Record<string, R>>;
  /** One of several tagged values (`{ url: … }` or `{ paths: … }`); the value type is not inferred. */
  attrTag(tags: Record<string, unknown>): T<Record<string, unknown>>;
  serializableValueWith(opts: { typeName: string; nullable?: boolean }): T<unknown>;
  readonly json: T<unknown>;
  readonly toml: T<unknown>;
  uniq<V>(type: T<V>): T<V>;
  unique<V>(opts: { message: string }, type: T<V>): T<V>;
  either<A, B>(t1: T<A>, t2: T<B>): T<A | B>;
  oneOf<const Ts extends readonly OptionType[]>(ts: Ts): T<ValueOf<Ts[number]>>;
  coercedTo<V>(coercedType: OptionType, coerceFunc: (v: never) => unknown, finalType: T<V>): T<V>;
  addCheck<V>(elemType: T<V>, check: (v: unknown) => boolean): T<V>;
  submodule<M>(modules: M): T<InferModule<M>>;
  submoduleWith<M>(opts: {
    modules: readonly M[];
    specialArgs?: Record<string, unknown>;
    shorthandOnlyDefinesConfig?: boolean | null;
    description?: string | null;
    class?: string | null;
  }): T<InferModule<M>>;
  readonly deferredModule: T<unknown>;
  deferredModuleWith(attrs?: { staticModules?: readonly unknown[] }): T<unknown>;
  functionTo<V>(elemType: T<V>): T<(...args: never[]) => V>;
  readonly optionType: T<OptionType>;
  readonly optionDeclaration: T<unknown>;
  mkOptionType: typeof import("./type.js").mkOptionType;
  isType: typeof import("./type.js").isType;
  setType: typeof import("./type.js").setType;
  isOptionType: typeof import("./type.js").isOptionType;
  defaultTypeMerge: typeof import("./type.js").defaultTypeMerge;
  defaultFunctor: typeof import("./type.js").defaultFunctor;
}
