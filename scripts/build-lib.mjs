#!/usr/bin/env node
/**
 * Bundles the module system (`lib/index.ts` and everything it imports) with
 * esbuild into `dist/lib/index.js`, the package's main entry, replacing the
 * file tsc wrote there; run by `npm run build` after tsc (its `.d.ts` files
 * stay as they are).
 *
 * Why: Node resolves, reads and compiles each ES module file on its own;
 * importing the module system as its ~40 files took about 20 ms more than
 * as one (README, "Benchmarks"), which is most of what a small evaluation
 * costs above Node's own start-up. Not minified: its stack traces stay
 * readable; a source map leads back to the TypeScript sources.
 *
 * Everything in the package (the CLI, `nixmod-ts/microvm`, docs-gen)
 * imports lib through `lib/index.ts`, so that there is one module system per
 * process (its settings, classes and symbols); `test/package/layers.test.ts`
 * keeps it so. The other `dist/lib` files tsc writes stay for the one
 * exception, `lib/typed-module.ts` (stateless), which a config bundle that
 * imports `defineModule` takes alone.
 *
 *     node scripts/build-lib.mjs
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await esbuild.build({
  absWorkingDir: root,
  entryPoints: { index: "lib/index.ts" },
  outdir: path.join(root, "dist/lib"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // error classes name themselves after their class (`new.target.name`)
  keepNames: true,
  sourcemap: "linked",
  logLevel: "warning",
});
