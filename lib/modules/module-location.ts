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
