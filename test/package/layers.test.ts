/**
 * The layers a package can export (issue 13): `lib/` (the module system) ←
 * `pkgs/` (the package model) ← `modules/` (microvm.nix's options) ←
 * `src/` (runners, CLI). Each layer imports only from itself and the layers
 * below it, so `nixmod-ts` and `nixmod-ts/microvm` load no CLI code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Which top-level folders each layer may import from. */
const allowed: Record<string, readonly string[]> = {
  lib: ["lib"],
  pkgs: ["lib", "pkgs"],
  modules: ["lib", "pkgs", "modules"],
};

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Every module specifier in `source`: static imports, re-exports, `import type`, dynamic `import()`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|[\s;])(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']/g)) found.push(m[1]);
  for (const m of source.matchAll(/(?:^|[\s;])import\s*["']([^"']+)["']/g)) found.push(m[1]);
  for (const m of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]);
  return found;
}

/** The top-level folder a relative specifier in `file` points into. */
function layerOf(file: string, specifier: string): string {
  return relative(root, resolve(root, dirname(file), specifier)).split("/")[0];
}

/**
 * The lib files other layers may import directly: `lib/index.ts` (bundled
 * into one file by scripts/build-lib.mjs, so that a process has one module
 * system), and `typed-module.ts`, stateless, which `defineModule` takes alone
 * so that a config bundle importing it stays small.
 */
const libEntries = ["lib/index.ts", "lib/typed-module.ts"];

describe("layers", () => {
  it("finds static, type-only, re-exported and dynamic imports", () => {
    expect(
      specifiers(
        `import { a } from "./a.js";\nimport type { B } from '../b.js';\nexport { c } from "./c.js";\nimport "./d.js";\nconst e = await import("./e.js");`,
      ),
    ).toEqual(["./a.js", "../b.js", "./c.js", "./d.js", "./e.js"]);
  });

  for (const [layer, below] of Object.entries(allowed)) {
    it(`${layer}/ imports only from ${below.join(", ")}`, () => {
      const files = tsFiles(layer);
      expect(files.length).toBeGreaterThan(0);
      const violations: string[] = [];
      for (const file of files) {
        for (const spec of specifiers(readFileSync(join(root, file), "utf8"))) {
          if (spec.startsWith(".")) {
            if (!below.includes(layerOf(file, spec))) violations.push(`${file}: ${spec}`);
          } else if (spec === "nixmod-ts" || spec.startsWith("nixmod-ts/")) {
            violations.push(`${file}: ${spec} (the package itself)`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it("the layers above lib import it through lib/index.ts (the bundled entry)", () => {
    const violations: string[] = [];
    for (const layer of ["pkgs", "modules", "src", "docs-gen", "bench"]) {
      for (const file of tsFiles(layer)) {
        for (const spec of specifiers(readFileSync(join(root, file), "utf8"))) {
          if (!spec.startsWith(".")) continue;
          const target = relative(root, resolve(root, dirname(file), spec)).replace(/\.js$/, ".ts");
          if (target.startsWith("lib/") && !libEntries.includes(target)) violations.push(`${file}: ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
