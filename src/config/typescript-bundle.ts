/**
 * Loads a TypeScript config file fast: esbuild (the compiler tsx uses)
 * bundles the file with the TypeScript files it imports into one ES module,
 * kept in a cache folder and rebuilt only when one of those files changed.
 * A cached config then loads with a plain `import()`: no compiler and no
 * loader thread at startup, which is what keeps `microvm evaluate` fast.
 *
 * Bare imports (packages) are bundled too, resolved from the config's
 * folder; Node's built-in modules stay imports.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

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

async function bundle(file: string, bundleFile: string, inputsFile: string): Promise<void> {
  const esbuild = await import("esbuild");
  const workingDir = dirname(file);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [file],
      absWorkingDir: workingDir,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      write: false,
      // the bundle's place, so that its source map names the config's files by their real paths
      outfile: bundleFile,
      metafile: true,
      sourcemap: "inline",
      logLevel: "silent",
    });
  } catch (error) {
    throw buildFailure(error);
  }
  const inputs: Inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(workingDir, input);
    const s = stamp(path);
    if (s !== undefined) inputs[path] = s;
  }
  mkdirSync(dirname(bundleFile), { recursive: true });
  writeFileSync(bundleFile, result.outputFiles[0].text);
  writeFileSync(inputsFile, JSON.stringify(inputs));
}

/** Imports the TypeScript module `file` (an absolute path); returns its namespace. */
export async function importTypeScript(file: string, cacheDir: string = typescriptCacheDir()): Promise<Record<string, unknown>> {
  // "v2": bundles made before their source maps named the real files are not reused
  const key = createHash("sha256").update(`v2\0${file}`).digest("hex").slice(0, 32);
  const bundleFile = join(cacheDir, `${key}.mjs`);
  const inputsFile = join(cacheDir, `${key}.inputs.json`);
  if (!isFresh(inputsFile)) await bundle(file, bundleFile, inputsFile);
  // the modification time in the URL: a rebuilt bundle is a new module, even within one process
  const version = statSync(bundleFile).mtimeMs;
  return (await import(`${pathToFileURL(bundleFile).href}?v=${version}`)) as Record<string, unknown>;
}
