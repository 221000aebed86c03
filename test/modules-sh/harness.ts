/**
 * The harness of the modules.sh port: nixpkgs' lib/tests/modules.sh checks
 * as vitest tests, with the expectations recorded from the real Nix.
 *
 * - Modules are named as in modules.sh (`./declare-int.nix`,
 *   `./disable-recursive/main.nix`): each is loaded from
 *   `modules/<stem>.ts` (its default export) and given that file's absolute
 *   path as `_file` and `key`, as Nix does for a path module.
 * - File names: Nix prints `/…/lib/tests/modules/<stem>.nix`; the recorded
 *   expectations say `modules/<stem>.ts` instead, and the harness drops the
 *   absolute folder of this file (`…/test/modules-sh/`) from what lib
 *   produces before comparing (messages, and strings in output values).
 * - `attr` is nix-instantiate's `-A` path (`config.a.b`, `options.x.type`,
 *   `config.l.0` for a list element, `config."a.b"` quoted); a missing
 *   attribute is Nix's error `attribute 'b' in selection path 'config.a.b' not found`.
 * - checkConfigOutput: the selected value, made plain as `nix-instantiate
 *   --json` prints it (an attribute set with `outPath` is that string), must
 *   equal `expected` (the recorded JSON).
 * - checkConfigError: evaluating must throw, and the error's message must
 *   contain `expectedMessage`: Nix's message without its `error: ` prefix, the
 *   7-space indent of its continuation lines and the source excerpt after
 *   `at <file>:<line>:<col>:`. lib may add context lines (`… while
 *   evaluating …`), as Nix's trace does. Trailing spaces are ignored.
 *   As in modules.sh, a message must not hold the infinite-recursion hint
 *   unless `infiniteRecursionHint: true` (REQUIRE_INFINITE_RECURSION_HINT=1),
 *   which requires it.
 * - `abortOnWarn: true` (ABORT_ON_WARN=1): a warning fails the evaluation
 *   with the warning's text as the message; otherwise warnings are dropped.
 * - checkExpression: see `checkExpression` below.
 * - A line listed in known-failing.ts is registered with `it.fails`.
 */
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { evalModules, setWarningHandler, type Module } from "../../lib/index.js";
import { knownFailing } from "./known-failing.js";
import { nixFile } from "./nix-file.js";

export interface CheckOptions {
  /** ABORT_ON_WARN=1: a warning is an error. */
  abortOnWarn?: boolean;
  /** REQUIRE_INFINITE_RECURSION_HINT=1: the message must hold the hint about config in imports. */
  infiniteRecursionHint?: boolean;
}

// the folder holding this file, as it appears in what lib prints
const here = fileURLToPath(new URL(".", import.meta.url));
const hint = "if you get an infinite recursion here";

/** `./x.nix` (as modules.sh writes it) → the ported module, loaded as that file. */
async function loadModule(name: string): Promise<Module> {
  const stem = name.replace(/^\.\//, "").replace(/\.nix$/, "");
  const url = new URL(`./modules/${stem}.ts`, import.meta.url).href;
  const module = ((await import(/* @vite-ignore */ url)) as { default: Module }).default;
  return nixFile(name, module);
}

/** nix-instantiate's `-A` path: dot-separated, `"…"` quoting a name with dots. */
function parseAttrPath(attr: string): string[] {
  const parts: string[] = [];
  for (const m of attr.matchAll(/"((?:[^"\\]|\\.)*)"|([^.]+)/g)) parts.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : m[2]);
  return parts;
}

// an own property, or one of a class's getters (an option's `value`), but not Object's methods
const hasAttr = (v: object, k: string): boolean => Object.prototype.hasOwnProperty.call(v, k) || (k in v && !(k in Object.prototype));

function select(root: unknown, attr: string): unknown {
  let v = root;
  for (const k of parseAttrPath(attr)) {
    if (Array.isArray(v) && /^\d+$/.test(k) && Number(k) < v.length) v = v[Number(k)];
    else if (v !== null && typeof v === "object" && !Array.isArray(v) && hasAttr(v, k)) v = (v as Record<string, unknown>)[k];
    else throw new Error(`attribute '${k}' in selection path '${attr}' not found`);
  }
  return v;
}

const normalize = (s: string): string => s.replaceAll(here, "").replace(/[ \t]+(?=\n|$)/g, "");

/** A value as `nix-instantiate --eval --json` prints it. */
function toJson(v: unknown): unknown {
  if (typeof v === "string") return normalize(v);
  if (typeof v === "function") throw new Error("cannot convert a function to JSON");
  if (Array.isArray(v)) return v.map(toJson);
  if (v !== null && typeof v === "object") {
    if ("outPath" in v) return toJson((v as { outPath: unknown }).outPath);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = toJson((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

async function evaluate(attr: string, modules: readonly string[], opts: CheckOptions): Promise<unknown> {
  const loaded = await Promise.all(modules.map(loadModule));
  const previous = setWarningHandler((message) => {
    if (opts.abortOnWarn) throw new Error(message);
  });
  try {
    const result = evalModules({ modules: loaded, specialArgs: { modulesPath: fileURLToPath(new URL("./modules", import.meta.url)) } });
    return toJson(select({ config: result.config, options: result.options }, attr));
  } finally {
    setWarningHandler(previous);
  }
}

function register(line: number, attr: string, modules: readonly string[], body: () => Promise<void>): void {
  registerNamed(line, `modules.sh:${line} ${attr} [${modules.join(" ")}]`, body);
}

function registerNamed(line: number, name: string, body: () => Promise<void>): void {
  if (line in knownFailing) it.fails(name, body);
  else it(name, body);
}

/**
 * checkExpression: an expression file (`./graph/test.nix`) that must evaluate
 * without an error. Its port (`modules/graph/test.ts`) default-exports a
 * function doing what the expression does (its `assert`s throw).
 */
export function checkExpression(line: number, path: string): void {
  registerNamed(line, `modules.sh:${line} checkExpression ${path}`, async () => {
    const stem = path.replace(/^\.\//, "").replace(/\.nix$/, "");
    const url = new URL(`./modules/${stem}.ts`, import.meta.url).href;
    const run = ((await import(/* @vite-ignore */ url)) as { default: () => unknown }).default;
    expect(run).not.toThrow();
  });
}

export function checkConfigOutput(line: number, attr: string, modules: string[], expected: unknown, opts: CheckOptions = {}): void {
  register(line, attr, modules, async () => {
    expect(await evaluate(attr, modules, opts)).toEqual(expected);
  });
}

export function checkConfigError(line: number, attr: string, modules: string[], expectedMessage: string, opts: CheckOptions = {}): void {
  register(line, attr, modules, async () => {
    let message: string | undefined;
    try {
      await evaluate(attr, modules, opts);
    } catch (e) {
      message = normalize(e instanceof Error ? e.message : String(e));
    }
    expect(message, "the evaluation succeeded").toBeDefined();
    expect(message).toContain(normalize(expectedMessage));
    if (opts.infiniteRecursionHint) expect(message).toContain(hint);
    else expect(message).not.toContain(hint);
  });
}
