/**
 * A module loaded from a path, as Nix's `imports = [ ./x.nix ]` does: the
 * module gets the file as its `_file` (for messages) and as its `key` (so that
 * `disabledModules = [ ./x.nix ]` and de-duplication find it). `path` is
 * written as in the .nix file, relative to lib/tests/modules/.
 */
import type { Module } from "../../lib/index.js";

/** The name a ported module file carries in messages: `modules/<stem>.ts`, as `.nix` names are mapped. */
export function portedFileName(path: string): string {
  return `modules/${path.replace(/^\.\//, "").replace(/\.nix$/, ".ts")}`;
}

export function nixFile(path: string, module: Module): Module {
  const file = portedFileName(path);
  return { _file: file, key: file, imports: [module] };
}
