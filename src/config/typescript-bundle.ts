/**
 * Loads a TypeScript config file fast: esbuild (the compiler tsx uses)
 * bundles the file with the TypeScript files it imports into one ES module,
 * kept in a cache folder and rebuilt only when one of those files changed.
 * A cached config then loads with a plain `import()`: no compiler and no
 * loader thread at startup, which is what keeps `microvm evaluate` fast.
 *
 * Bare imports (packages) are bundled too, resolved from the config's
 * folder; Node's built-in modules stay imports, and so does this package
 * (`nixmod-ts`, `nixmod-ts/microvm`: see ownPackage).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** `$XDG_CACHE_HOME/microvm/typescript`, else `~/.cache/microvm/typescript`. */
export function typescriptCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const cacheHome = env.XDG_CACHE_HOME !== undefined && env.XDG_CACHE_HOME !== "" ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(cacheHome, "microvm/typescript");
}

/** What a bundle was made from: each input file with its size and modification time. */
type Inputs = Record<string, { size: number; mtimeMs: number }>;

const stamp = (file: string): { size: number; mtimeMs: number } | undefined => {
  try {
    const { size, mtimeMs } = statSync(file);
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
};

function isFresh(inputsFile: string): boolean {
  let inputs: Inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, "utf8")) as Inputs;
  } catch {
    return false;
  }
  return Object.entries(inputs).every(([file, was]) => {
    const now = stamp(file);
    return now !== undefined && now.size === was.size && now.mtimeMs === was.mtimeMs;
  });
}

interface EsbuildMessage {
  text: string;
  location: { file: string; line: number; column: number; lineText: string } | null;
}

/** esbuild's errors as `file:line:column: text` lines. */
function buildFailure(error: unknown): Error {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  if (messages === undefined || messages.length === 0) return error as Error;
  return new Error(
    messages
      .map(({ text, location: l }) => (l === null ? text : `${l.file}:${l.line}:${l.column + 1}: ${text}\n    ${l.lineText}`))
      .join("\n"),
  );
}

type Esbuild = typeof import("esbuild");
type BuildOptions = import("esbuild").BuildOptions;
type Plugin = import("esbuild").Plugin;

/** The global hook (src/config/locate.ts) that gives an imported file's default export its file name. */
export const locateHookKey = "nixmod-ts.locate";

const located = "nixmod-located";
const raw = "nixmod-raw:";

/**
 * Every config file a config imports (`import extra from "./extra.ts"`)
 * passes its default export through the locate hook, so the module keeps
 * its own file name in errors and "Defined by" (not the importing file's).
 * Packages (node_modules) are left as they are.
 */
const locateImports: Plugin = {
  name: "nixmod-locate-imports",
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === located || args.namespace !== "file") return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: located });
      if (result.errors.length > 0 || result.path.includes("/node_modules/") || !/\.(m?ts|m?js)$/.test(result.path)) return undefined;
      // the project's own sources (a checkout's examples import them) are not config files
      if (isPackageSource(result.path)) return undefined;
      return { path: result.path, namespace: located };
    });
    build.onResolve({ filter: /^nixmod-raw:/ }, (args) => ({ path: args.path.slice(raw.length) }));
    build.onLoad({ filter: /.*/, namespace: located }, (args) => {
      const spec = JSON.stringify(`${raw}${args.path}`);
      return {
        resolveDir: dirname(args.path),
        loader: "js",
        contents: [
          `import * as m from ${spec};`,
          `export * from ${spec};`,
          `const locate = globalThis[Symbol.for(${JSON.stringify(locateHookKey)})];`,
          `export default locate === undefined ? m.default : locate(m, ${JSON.stringify(args.path)});`,
        ].join("\n"),
      };
    });
  },
};

/**
 * `import … from "nixmod-ts"` (or `"nixmod-ts/microvm"`) in a config: the
 * package as found from the config's folder, left an import (not a second
 * copy bundled into the config). Where that is this running package (its
 * `microvm` command, or a checkout run from its sources), it is this very
 * copy, so the config and the evaluator share one module system; where the
 * config's folder has none, this copy too. tsc finds the types from the
 * config's folder.
 */
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
const ownEntryPoints = ((): Record<string, string> => {
  const ext = import.meta.url.endsWith(".ts") ? "ts" : "js";
  return { "nixmod-ts": join(packageRoot, `lib/index.${ext}`), "nixmod-ts/microvm": join(packageRoot, `src/microvm.${ext}`) };
})();

/** Whether `file` belongs to this running package (its dist/ or, from a checkout, its sources). */
function isOwnPackage(file: string): boolean {
  const real = (f: string): string => {
    try {
      return realpathSync(f);
    } catch {
      return f;
    }
  };
  const root = real(packageRoot).replace(/\/dist\/?$/, "").replace(/\/$/, "");
  return real(file).startsWith(`${root}/`);
}

/** Whether `file` is one of this package's own sources or built files (lib/, pkgs/, modules/, src/, docs-gen/). */
function isPackageSource(file: string): boolean {
  const root = packageRoot.replace(/\/dist\/?$/, "").replace(/\/$/, "");
  return ["lib", "pkgs", "modules", "src", "docs-gen", "dist"].some((d) => file.startsWith(`${root}/${d}/`));
}

const ownPackage: Plugin = {
  name: "nixmod-package",
  setup(build) {
    build.onResolve({ filter: /^nixmod-ts(\/[^/]+)?$/ }, async (args) => {
      if (args.pluginData === "nixmod-package" || !Object.hasOwn(ownEntryPoints, args.path)) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "nixmod-package" });
      const path = found.errors.length > 0 || isOwnPackage(found.path) ? ownEntryPoints[args.path] : found.path;
      return { path, external: true };
    });
  },
};

function buildOptions(file: string, bundleFile: string, format: "esm" | "cjs"): BuildOptions & { write: false; metafile: true } {
  return {
    entryPoints: [file],
    absWorkingDir: dirname(file),
    bundle: true,
    format,
    platform: "node",
    target: "node20",
    write: false,
    // the bundle's place, so that its source map names the config's files by their real paths
    outfile: bundleFile,
    metafile: true,
    sourcemap: "inline",
    logLevel: "silent",
    plugins: [ownPackage, locateImports],
  };
}

function save(result: import("esbuild").BuildResult<{ write: false; metafile: true }>, file: string, bundleFile: string, inputsFile: string): void {
  const inputs: Inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    // inputs of the locate plugin's namespace are named `nixmod-located:<path>`
    const path = resolve(dirname(file), input.replace(/^nixmod-located:/, ""));
    const s = stamp(path);
    if (s !== undefined) inputs[path] = s;
  }
  mkdirSync(dirname(bundleFile), { recursive: true });
  writeFileSync(bundleFile, result.outputFiles[0].text);
  writeFileSync(inputsFile, JSON.stringify(inputs));
}

/** Bundles `file` into `bundleFile` (exported for {@link importTypeScriptSync}'s child process). */
export async function bundle(file: string, bundleFile: string, inputsFile: string, format: "esm" | "cjs" = "esm"): Promise<void> {
  const esbuild: Esbuild = await import("esbuild");
  let result;
  try {
    result = await esbuild.build(buildOptions(file, bundleFile, format));
  } catch (error) {
    throw buildFailure(error);
  }
  save(result, file, bundleFile, inputsFile);
}

/** Where a file's bundle and its list of inputs are cached. */
function cacheFiles(file: string, cacheDir: string, extension: string): { bundleFile: string; inputsFile: string } {
  // the version of the bundles' shape: bundles made by an older loader are not reused
  const key = createHash("sha256").update(`v7\0${extension}\0${file}`).digest("hex").slice(0, 32);
  return { bundleFile: join(cacheDir, `${key}.${extension}`), inputsFile: join(cacheDir, `${key}.${extension}.inputs.json`) };
}

/**
 * This module as tsc writes it (`dist/src/config/typescript-bundle.js`), or
 * its source when run from the sources: inside the CLI's bundle it is a
 * chunk (`dist/src/cli-chunks/…`) whose export names are minified, so a
 * child process cannot call its `bundle` by name there.
 */
const unbundledSelf = import.meta.url.endsWith(".ts") ? import.meta.url : new URL("../config/typescript-bundle.js", import.meta.url).href;

/**
 * Loads the module `file` at once (no `await`), for a path in `imports`
 * read during an evaluation: bundled as CommonJS (a config loaded so cannot
 * use top-level `await`).
 */
export function importTypeScriptSync(file: string, cacheDir: string = typescriptCacheDir()): Record<string, unknown> {
  const { bundleFile, inputsFile } = cacheFiles(file, cacheDir, "cjs");
  const require = createRequire(import.meta.url);
  if (!isFresh(inputsFile)) {
    // esbuild's synchronous API takes no plugins: bundle in a child process (once; then cached)
    const script = `const m = await import(${JSON.stringify(unbundledSelf)}); await m.bundle(...${JSON.stringify([file, bundleFile, inputsFile, "cjs"])});`;
    // run from the sources (tests), this module is TypeScript: the child needs tsx to load it
    const loader = import.meta.url.endsWith(".ts") && !process.execArgv.includes("tsx") ? ["--import", "tsx"] : [];
    const child = spawnSync(process.execPath, [...process.execArgv, ...loader, "--input-type=module", "-e", script], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(child.stderr.replace(/^[^]*?\n(?=\S*Error: )/, "").split("\n    at ")[0].replace(/^Error: /, "").trim());
    delete require.cache[bundleFile];
  }
  return require(bundleFile) as Record<string, unknown>;
}

/** Imports the TypeScript module `file` (an absolute path); returns its namespace. */
export async function importTypeScript(file: string, cacheDir: string = typescriptCacheDir()): Promise<Record<string, unknown>> {
  const { bundleFile, inputsFile } = cacheFiles(file, cacheDir, "mjs");
  if (!isFresh(inputsFile)) await bundle(file, bundleFile, inputsFile);
  // the modification time in the URL: a rebuilt bundle is a new module, even within one process
  const version = statSync(bundleFile).mtimeMs;
  return (await import(`${pathToFileURL(bundleFile).href}?v=${version}`)) as Record<string, unknown>;
}
