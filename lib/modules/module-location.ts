/** A module wrapped so that errors name a file (see setDefaultModuleLocation). */
export interface LocatedModule {
  readonly _file: string;
  readonly imports: readonly unknown[];
}

// one wrapper per module and file: modules that are the same stay the same
// (types and normalised modules are remembered per module object)
const wrappers = new WeakMap<object, Map<string, LocatedModule>>();

/** `setDefaultModuleLocation file m`: wraps a module so that errors name `file`. */
export function setDefaultModuleLocation(file: string, m: unknown): LocatedModule {
  if (m === null || (typeof m !== "object" && typeof m !== "function")) return { _file: file, imports: [m] };
  let byFile = wrappers.get(m);
  if (byFile === undefined) wrappers.set(m, (byFile = new Map()));
  let wrapper = byFile.get(file);
  if (wrapper === undefined) byFile.set(file, (wrapper = { _file: file, imports: [m] }));
  return wrapper;
}

/**
 * `lib.modules.importApply`: the module that a module file's function
 * returns for `staticArg`, located at `file` (errors and "Defined by" name
 * it). For a module file that needs values of its importer's scope:
 *
 *     // module.ts
 *     export default ({ bar }: { bar: string }) => ({ lib, config }: ModuleArgs) => ({ … bar … });
 *     // importer
 *     import mkModule from "./module.ts";
 *     imports: [lib.modules.importApply(mkModule, { bar }, "module.ts")]
 *
 * Unlike Nix's `importApply ./module.nix arg`, it takes the file's function,
 * not its path: lib does not load files (a path in `imports` is loaded by the
 * CLI's loader before evaluating), so the importer imports it. Without
 * `file`, the module is located where it is imported, as a module written
 * inline. As in Nix, the result has no `key`: two importApply's of one file
 * both apply, and `disabledModules` naming that file does not disable them.
 */
export function importApply<A, M>(moduleFunction: (staticArg: A) => M, staticArg: A, file?: string): M | LocatedModule {
  const module = moduleFunction(staticArg);
  return file === undefined ? module : setDefaultModuleLocation(file, module);
}
