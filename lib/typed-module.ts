/**
 * Typed modules: definitions checked against a config type, and a module
 * whose `config` argument is typed from the options it declares
 * (`InferOptions`, types/typed.ts) without a generation step. Type-level
 * except `typedModule`, which only builds the module.
 */
import { functionArgs } from "./function-args.js";
import type { Module, ModuleArgs } from "./modules/eval-modules.js";
import type { InferOptions } from "./types/typed.js";

/** What `mkIf`, `mkMerge`, `mkOverride` (`mkDefault`, `mkForce`, …) and `mkOrder` (`mkBefore`, `mkAfter`) make. */
export type Wrapped<T> =
  | { readonly _type: "if"; readonly condition: boolean | (() => boolean); readonly content: ConfigDefinition<T> }
  | { readonly _type: "merge"; readonly contents: readonly ConfigDefinition<T>[] }
  | { readonly _type: "override"; readonly priority: number; readonly content: ConfigDefinition<T> }
  | { readonly _type: "order"; readonly priority: number; readonly content: ConfigDefinition<T> };

/** A definition of a value of type `T`: any part may be left out, and any part may be wrapped. */
export type ConfigDefinition<T> = ConfigDefinitionOf<T> | Wrapped<T>;

/** A definition of `T` itself (not wrapped at its top). */
export type ConfigDefinitionOf<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? ConfigDefinition<E>[]
    : T extends { outPath: string }
      ? T // a package is given whole
      : T extends object
        ? { [K in keyof T]?: ConfigDefinition<T[K]> }
        : T;

/**
 * What a key with no option becomes: an object type (a string would
 * intersect with the value's literal type to `never` and hide the message).
 */
export interface NoSuchOption<Path extends string> {
  readonly "there is no option": Path;
}

type Join<P extends string, K> = `${P}${P extends "" ? "" : "."}${K & string}`;

/**
 * The definitions `R` with every key that `T` (the config's shape) has no
 * option for replaced by {@link NoSuchOption}, so tsc reports a misspelled
 * key at the key (`Type 'number' is not assignable to type 'NoSuchOption<"microvm.vcpus">'`).
 * tsc checks excess properties of an object literal only where it is
 * assigned to a known type, not where a callback's return type is inferred;
 * this puts that check back. Wrapped definitions (`mkIf`, …), packages,
 * functions and values under a free-form attribute set are left as they are.
 */
export type CheckedKeys<R, T, P extends string = ""> = R extends readonly (infer E)[]
  ? T extends readonly (infer TE)[]
    ? R & readonly CheckedKeys<E, TE, `${P}.*`>[]
    : R
  : R extends { readonly _type: string } | { readonly outPath: string } | ((...args: never[]) => unknown)
    ? R
    : R extends object
      ? T extends object
        ? string extends keyof T
          ? R
          : { [K in keyof R]: K extends keyof T ? CheckedKeys<R[K], T[K], Join<P, K>> : NoSuchOption<Join<P, K>> }
        : R
      : R;

/** The arguments of a {@link typedModule}'s function: `config` typed from the declared options (and `Other`). */
export interface TypedModuleArgs<Config> {
  config: Config;
  options: ModuleArgs["options"];
  lib: ModuleArgs["lib"];
  specialArgs: ModuleArgs["specialArgs"];
  name: string;
  [arg: string]: unknown;
}

/**
 * A module that declares `options` and defines values, its `config`
 * argument typed from those declarations, as zod's `z.infer` types a
 * schema's values:
 *
 *     const options = { port: mkOption({ type: types.port, default: 80 }), hosts: mkOption({ type: types.listOf(types.str), default: [] }) };
 *     export default typedModule(options, ({ config }) => ({ hosts: [`localhost:${config.port}`] }));
 *
 * `Other` types the options other modules declare that this one reads or sets.
 * The definitions are checked against both: a value of the wrong type, or a
 * key no option has, is a type error.
 */
export function typedModule<O extends object, R extends ConfigDefinition<InferOptions<O> & Other>, Other = unknown>(
  options: O,
  definitions: (args: TypedModuleArgs<InferOptions<O> & Other>) => R & CheckedKeys<R, InferOptions<O> & Other>,
): Module {
  const module = (args: ModuleArgs) => ({ options, config: definitions(args as TypedModuleArgs<InferOptions<O> & Other>) as unknown });
  // the arguments the module asks for are those of `definitions` (`({ pkgs }) => …` resolves pkgs)
  return Object.assign(module, { __functionArgs: functionArgs(definitions) });
}
