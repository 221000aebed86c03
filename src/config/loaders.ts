/**
 * Loaders keyed by file extension: each turns a config file into the value
 * it holds (a module, or for JSON the config itself).
 */
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";

/** What a file gave: a code module's default export, or a JSON document. */
export type Loaded = { kind: "code"; value: unknown } | { kind: "json"; value: unknown };

export type Loader = (absolutePath: string) => Promise<Loaded>;

/** The default export of an ES module (a module, or a function returning one). */
function defaultExport(namespace: unknown): Loaded {
  const ns = namespace as Record<string, unknown>;
  if (!("default" in ns)) {
    throw new Error("the file has no default export (write `export default { … }` or `export default defineModule(…)`)");
  }
  return { kind: "code", value: ns.default };
}

const loadTypeScript: Loader = async (file) => {
  const { importTypeScript } = await import("./typescript-bundle.js");
  return defaultExport(await importTypeScript(file));
};

const loadJavaScript: Loader = async (file) => defaultExport(await import(pathToFileURL(file).href));

const loadJson: Loader = async (file) => {
  // a UTF-8 byte order mark (some Windows editors write one) is not part of the document
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  try {
    return { kind: "json", value: JSON.parse(text) as unknown };
  } catch (error) {
    throw new Error(`invalid JSON: ${(error as Error).message}`);
  }
};

export const loaders: Readonly<Record<string, Loader>> = {
  ".ts": loadTypeScript,
  ".mts": loadTypeScript,
  ".js": loadJavaScript,
  ".mjs": loadJavaScript,
  ".json": loadJson,
};
