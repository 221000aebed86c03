/**
 * `defineModule`: a config module whose `config` argument is typed as the
 * evaluated configuration (`MicrovmConfig`, generated from the options) and
 * whose definitions are checked against it, wrappers (`mkIf`, `mkDefault`,
 * `mkMerge`, `mkBefore`, …) included.
 *
 *     export default defineModule(({ config, lib }) => ({
 *       microvm: { vcpu: 2, get mem() { return config.microvm.vcpu * 256; } },
 *     }));
 */
import type { Lib, Module } from "../lib/index.js";
import type { MicrovmConfig } from "./generated/config.js";
import type { PackageSet } from "../pkgs/package-set.js";

export type { MicrovmConfig } from "./generated/config.js";

/** What `mkIf`, `mkMerge`, `mkOverride` (`mkDefault`, `mkForce`, …) and `mkOrder` (`mkBefore`, `mkAfter`) make. */
export type Wrapped<T> =
  | { readonly _type: "if"; readonly condition: boolean | (() => boolean); readonly content: Definition<T> }
  | { readonly _type: "merge"; readonly contents: readonly Definition<T>[] }
  | { readonly _type: "override"; readonly priority: number; readonly content: Definition<T> }
  | { readonly _type: "order"; readonly priority: number; readonly content: Definition<T> };

/** A definition of a value of type `T`: any part may be left out, and any part may be wrapped. */
export type Definition<T> = DefinitionOf<T> | Wrapped<T>;

type DefinitionOf<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? Definition<E>[]
    : T extends { outPath: string }
      ? T // a package is given whole
      : T extends object
        ? { [K in keyof T]?: Definition<T[K]> }
        : T;

/** The arguments a microVM config module receives. */
export interface MicrovmModuleArgs {
  config: MicrovmConfig;
  lib: Lib;
  /** The package set (this host's programs, or `--pkgs FILE`). */
  pkgs: PackageSet;
  options: Record<string, unknown>;
  specialArgs: Record<string, unknown>;
}

/** A module's own part: `imports`, `options` and definitions under `config`. */
export interface MicrovmModuleAttrs {
  _file?: string;
  key?: string;
  imports?: readonly Module[];
  options?: Record<string, unknown>;
  config?: Definition<MicrovmConfig>;
}

/**
 * What a config module returns: definitions (the shorthand), or the full form
 * with `imports`, `options` and `config`; or all its definitions wrapped (`mkIf`, `mkMerge`, …).
 */
export type MicrovmModule = (MicrovmModuleAttrs & DefinitionOf<MicrovmConfig>) | Wrapped<MicrovmConfig>;

/** A config module as a function of its arguments. */
export type MicrovmModuleFunction = (args: MicrovmModuleArgs) => MicrovmModule;

/**
 * What a key with no option becomes: an object type (a string would
 * intersect with the value's literal type to `never` and hide the message).
 */
export interface NoSuchOption<Path extends string> {
  readonly "there is no option": Path;
}

/** The keys a module may give beside option definitions. */
type ModuleKey = keyof MicrovmModuleAttrs;

/**
 * The definitions `R` with every key that `T` (the config's shape) has no
 * option for replaced by a message type, so tsc reports a misspelled key at
 * the key (`Type 'number' is not assignable to type '"no option microvm.vcpus"'`).
 * tsc checks excess properties of an object literal only where it is
 * assigned to a known type, not where a callback's return type is inferred;
 * this puts that check back. Wrapped definitions (`mkIf`, …), packages,
 * functions and values under a free-form attribute set are left as they are.
 */
export type CheckedKeys<R, T, P extends string> = R extends readonly (infer E)[]
  ? T extends readonly (infer TE)[]
    ? R & readonly CheckedKeys<E, TE, `${P}.*`>[]
    : R
  : R extends { readonly _type: string } | { readonly outPath: string } | ((...args: never[]) => unknown)
    ? R
    : R extends object
      ? T extends object
        ? string extends keyof T
          ? R
          : { [K in keyof R]: K extends keyof T ? CheckedKeys<R[K], T[K], `${P}${P extends "" ? "" : "."}${K & string}`> : NoSuchOption<`${P}${P extends "" ? "" : "."}${K & string}`> }
        : R
      : R;

/** A module's own keys (`imports`, `config`, …) as they are; its definitions checked by {@link CheckedKeys}. */
type CheckedModule<R> = R extends { readonly _type: string }
  ? R
  : {
      [K in keyof R]: K extends "config"
        ? CheckedKeys<R[K], MicrovmConfig, "">
        : K extends ModuleKey
          ? R[K]
          : K extends keyof MicrovmConfig
            ? CheckedKeys<R[K], MicrovmConfig[K], K & string>
            : NoSuchOption<K & string>;
    };

/**
 * Types a config module, a function of `{ config, lib, pkgs }`; returns it
 * unchanged. Its definitions are checked against the config's types, and a
 * key no option has (a misspelling) is an error, as it is in an object
 * literal annotated with the type.
 */
export function defineModule<R extends MicrovmModule>(module: (args: MicrovmModuleArgs) => R & CheckedModule<R>): MicrovmModuleFunction {
  return module;
}
