/**
 * `defineModule`: a config module whose `config` argument is typed as the
 * evaluated configuration (`MicrovmConfig`, generated from the options) and
 * whose definitions are checked against it, wrappers (`mkIf`, `mkDefault`,
 * `mkMerge`, `mkBefore`, …) included; a key no option has is an error.
 *
 *     export default defineModule(({ config, lib }) => ({
 *       microvm: { vcpu: 2, get mem() { return config.microvm.vcpu * 256; } },
 *     }));
 *
 * A module that declares options of its own gives them first; its `config`
 * is then typed with them too (`InferOptions`), without a generation step:
 *
 *     const options = { backup: { keep: mkOption({ type: types.ints.positive, default: 7 }) } };
 *     export default defineModule(options, ({ config }) => ({ microvm: { vcpu: config.backup.keep } }));
 */
import type {
  CheckedKeys,
  ConfigDefinition,
  ConfigDefinitionOf,
  InferOptions,
  Lib,
  Module,
  TypedModuleArgs,
  Wrapped,
} from "../lib/index.js";
// from its own file, not lib/index.js: a config bundle that imports defineModule stays small
import { typedModule } from "../lib/typed-module.js";
import type { MicrovmConfig } from "./generated/config.js";
import type { PackageSet } from "../pkgs/package-set.js";

export type { MicrovmConfig } from "./generated/config.js";
export type { NoSuchOption, Wrapped } from "../lib/index.js";

/** A definition of a value of type `T`: any part may be left out, and any part may be wrapped. */
export type Definition<T> = ConfigDefinition<T>;

/** The arguments a microVM config module receives. */
export interface MicrovmModuleArgs<Config = MicrovmConfig> {
  config: Config;
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
  imports?: readonly (Module | string)[];
  options?: Record<string, unknown>;
  config?: Definition<MicrovmConfig>;
}

/**
 * What a config module returns: definitions (the shorthand), or the full form
 * with `imports`, `options` and `config`; or all its definitions wrapped (`mkIf`, `mkMerge`, …).
 */
export type MicrovmModule = (MicrovmModuleAttrs & ConfigDefinitionOf<MicrovmConfig>) | Wrapped<MicrovmConfig>;

/** A config module as a function of its arguments. */
export type MicrovmModuleFunction = (args: MicrovmModuleArgs) => MicrovmModule;

/** The keys a module may give beside option definitions. */
type ModuleKey = keyof MicrovmModuleAttrs;

/** A module's own keys (`imports`, …) as they are; its definitions checked by `CheckedKeys`. */
type CheckedModule<R> = R extends { readonly _type: string }
  ? R
  : {
      [K in keyof R]: K extends "config"
        ? CheckedKeys<R[K], MicrovmConfig>
        : K extends ModuleKey
          ? R[K]
          : K extends keyof MicrovmConfig
            ? CheckedKeys<R[K], MicrovmConfig[K], K & string>
            : CheckedKeys<Pick<R, K>, MicrovmConfig>[K];
    };

/**
 * Types a config module, a function of `{ config, lib, pkgs }`; returns it
 * unchanged. Its definitions are checked against the config's types, and a
 * key no option has (a misspelling) is an error, as it is in an object
 * literal annotated with the type.
 */
export function defineModule<R extends MicrovmModule>(module: (args: MicrovmModuleArgs) => R & CheckedModule<R>): MicrovmModuleFunction;
/**
 * A config module declaring `options` of its own: its `config` is typed with
 * the microVM options and those (`InferOptions<typeof options>`); it returns
 * definitions only (they go under `config`).
 */
export function defineModule<O extends object, R extends Definition<MicrovmConfig & InferOptions<O>>>(
  options: O,
  definitions: (args: MicrovmModuleArgs<MicrovmConfig & InferOptions<O>>) => R & CheckedKeys<R, MicrovmConfig & InferOptions<O>>,
): Module;
export function defineModule(
  moduleOrOptions: MicrovmModuleFunction | object,
  definitions?: (args: MicrovmModuleArgs<never>) => unknown,
): MicrovmModuleFunction | Module {
  if (definitions === undefined) return moduleOrOptions as MicrovmModuleFunction;
  // the arguments are the module system's; pkgs among them (a `_module.args` entry)
  return typedModule(moduleOrOptions, definitions as unknown as (args: TypedModuleArgs<unknown>) => never);
}
