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

/** Types a config module, a function of `{ config, lib, pkgs }`; returns it unchanged. */
export function defineModule(module: MicrovmModuleFunction): MicrovmModuleFunction {
  return module;
}
