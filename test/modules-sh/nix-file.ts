/**
 * A module loaded from a path, as Nix's `imports = [ ./x.nix ]` does: the
 * module gets the file as its `_file` (for messages) and as its `key` (so that
 * `disabledModules = [ ./x.nix ]` and de-duplication find it).
 */
import { fileURLToPath } from "node:url";
import type { Module } from "../../lib/index.js";

/**
 * The absolute file name of the port of `path` (written as in the .nix files,
 * relative to lib/tests/modules/: `./x.nix`): `…/test/modules-sh/modules/x.ts`.
 * Absolute, as a Nix path is, so that it is a key and a `disabledModules` entry.
 */
export function portedFileName(path: string): string {
  const stem = path.replace(/^\.\//, "").replace(/\.nix$/, "");
  return fileURLToPath(new URL(`./modules/${stem}.ts`, import.meta.url));
}

export function nixFile(path: string, module: Module): Module {
  const file = portedFileName(path);
  return { _file: file, key: file, imports: [module] };
}
