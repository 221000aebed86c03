/**
 * Files keep their names: a module that a config pulls in with a TypeScript
 * `import`, or names in `imports` as a path relative to the importing file
 * (`imports: ["./extra.ts"]`, as Nix users write it), is reported under its
 * own file in errors, "Defined by" and `definitionsWithLocations`.
 *
 * The TypeScript bundler passes every imported file's exports through
 * {@link locateNamespace} (typescript-bundle.ts); the loader passes each
 * config file's default export through {@link locate}. A function that is a
 * named export keeps the importing file's name (it cannot be wrapped in place).
 * A module (an attribute set, or what a module function returns) gets a
 * `_file` that is not enumerable, unless it names its own; a function is
 * wrapped so that what it returns gets one. Path strings in `imports` are
 * loaded then, relative to the file that names them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import { functionArgs } from "../../lib/index.js";
import { importTypeScriptSync, locateHookKey } from "./typescript-bundle.js";

/** How a file is named to the user: relative to the working folder when inside it. */
export function displayName(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** `value` (a file's default export) located at `file`. */
export function locate(value: unknown, file: string, display: string = displayName(file)): unknown {
  if (typeof value !== "function") return locateModule(value, file, display);
  const f = value as (...args: unknown[]) => unknown;
  const wrapper = function (this: unknown, ...args: unknown[]): unknown {
    return locateModule(f.apply(this, args), file, display);
  };
  // the arguments it asks for are the wrapped function's (`({ pkgs }) => …`)
  Object.defineProperty(wrapper, "__functionArgs", { get: () => functionArgs(f) });
  Object.defineProperty(wrapper, "name", { value: f.name });
  return wrapper;
}

function locateModule(m: unknown, file: string, display: string): unknown {
  if (!isPlainObject(m)) return m;
  const tag = m._type;
  if (tag !== undefined && tag !== "module") return m;
  try {
    if (!Object.hasOwn(m, "_file")) Object.defineProperty(m, "_file", { value: display, enumerable: false, configurable: true });
    const imports = m.imports;
    if (Array.isArray(imports) && imports.some((i) => typeof i === "string")) {
      m.imports = imports.map((i: unknown) => (typeof i === "string" ? loadPathImport(i, file, display) : i));
    }
  } catch (error) {
    if (error instanceof TypeError && !Object.isExtensible(m)) return m; // a frozen module keeps the importing file's name
    throw error;
  }
  return m;
}

/** The module at `path` (relative to `fromFile`), as Nix imports a path: keyed by the file, so imported once. */
function loadPathImport(path: string, fromFile: string, fromDisplay: string): unknown {
  const absolute = resolve(dirname(fromFile), path);
  const display = displayName(absolute);
  const extension = extname(absolute);
  try {
    if (!existsSync(absolute)) throw new Error("no such file");
    if (extension === ".json") {
      return { _file: display, key: absolute, config: JSON.parse(readFileSync(absolute, "utf8")) as unknown };
    }
    if (![".ts", ".mts", ".js", ".mjs"].includes(extension)) {
      throw new Error(`unsupported file type "${extension}" (expected .ts, .mts, .js, .mjs or .json)`);
    }
    // imported while the modules are collected (no `await` there): bundled as CommonJS
    const namespace = importTypeScriptSync(absolute);
    if (!("default" in namespace)) throw new Error("the file has no default export");
    return { _file: display, key: absolute, imports: [locate(namespace.default, absolute, display)] };
  } catch (error) {
    throw new Error(`${fromDisplay}: cannot import \`${path}' (${display}): ${(error as Error).message}`);
  }
}

/**
 * What the bundled configs call for each file they import: its named
 * exports that are modules (objects) get the file's name in place; its
 * default export is returned located.
 */
function locateNamespace(namespace: Record<string, unknown>, file: string): unknown {
  const display = displayName(file);
  for (const name of Object.keys(namespace)) if (name !== "default") locateModule(namespace[name], file, display);
  return locate(namespace.default, file, display);
}

/** Sets the hook the bundled configs call; the loader calls it before loading any file. */
export function installLocateHook(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(locateHookKey)] = locateNamespace;
}
