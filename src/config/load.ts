/**
 * Loads config modules from files: TypeScript (`.ts`, `.mts`, bundled by esbuild, cached),
 * JavaScript (`.js`, `.mjs`) and JSON (a config-only module). Each module
 * is located at the path as the user wrote it (its `_file`, which error
 * messages show), unless it sets its own `_file`.
 */
import { statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { type Module, lib } from "../../lib/index.js";
import { ConfigLoadError } from "./errors.js";
import { loaders } from "./loaders.js";
import { installLocateHook, locate } from "./locate.js";

/** A loaded config file. */
export interface ConfigFile {
  /** The path as given. */
  readonly file: string;
  readonly kind: "code" | "json";
  /** For JSON: the document (validate it before evaluation). */
  readonly json?: unknown;
  readonly module: Module;
}

/** The extensions a config file may have. */
export const configExtensions: readonly string[] = Object.keys(loaders);

/** Loads one config file; errors are ConfigLoadErrors naming the file. */
export async function loadConfigFile(file: string, cwd: string = process.cwd()): Promise<ConfigFile> {
  const absolute = resolve(cwd, file);
  const extension = extname(file);
  const loader = Object.hasOwn(loaders, extension) ? loaders[extension] : undefined;
  if (loader === undefined) {
    throw new ConfigLoadError(file, `unsupported file type "${extension}" (expected one of ${configExtensions.join(", ")})`);
  }
  checkIsFile(file, absolute);
  installLocateHook();
  let loaded;
  try {
    loaded = await loader(absolute);
  } catch (error) {
    throw new ConfigLoadError(file, firstLine(error));
  }
  if (loaded.kind === "json") {
    const json = loaded.value;
    if (json === null || typeof json !== "object" || Array.isArray(json)) {
      throw new ConfigLoadError(file, "a JSON config must be an object (the config's attributes)");
    }
    return { file, kind: "json", json, module: { _file: file, key: absolute, config: json as Record<string, unknown> } };
  }
  let value = loaded.value;
  if (isThenable(value)) {
    // `export default (async () => …)()` or `export default import(…)`: the module is what it resolves to
    try {
      value = await value;
    } catch (error) {
      throw new ConfigLoadError(file, `the default export is a Promise that was rejected: ${firstLine(error)}`);
    }
  }
  const isModule = typeof value === "function" || (value !== null && typeof value === "object" && !Array.isArray(value));
  if (!isModule) {
    throw new ConfigLoadError(file, `the default export is not a module (an object or a function), but ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`);
  }
  // the wrapper gives the module (and whatever it imports) its location, as Nix does for a file
  // (and each module it imports, by a TypeScript import or a path in `imports`, its own: locate.ts)
  const located = { ...lib.setDefaultModuleLocation(file, locate(value, absolute, file)), key: absolute };
  return { file, kind: "code", module: located };
}

/** A clear error unless `absolute` is a file (not missing, not a folder, not a symlink loop). */
function checkIsFile(file: string, absolute: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(absolute).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new ConfigLoadError(file, "is a symbolic link that leads to itself (a loop)");
    if (code === "ENOENT" || code === "ENOTDIR") throw new ConfigLoadError(file, "no such file");
    throw new ConfigLoadError(file, `cannot read it (${code ?? String(error)})`);
  }
  if (!isFile) throw new ConfigLoadError(file, "is a folder (or another non-file), not a config file");
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/** Loads the files in order. */
export async function loadConfigFiles(files: readonly string[], cwd?: string): Promise<ConfigFile[]> {
  return Promise.all(files.map((f) => loadConfigFile(f, cwd)));
}

/** The message of an error thrown while loading, without a stack trace (tsx/esbuild syntax errors keep their location lines). */
function firstLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message.replace(/^\s+|\s+$/g, "");
}
