#!/usr/bin/env node
/**
 * Bundles the `microvm` CLI (`src/cli.ts` and everything it imports) with
 * esbuild into `dist/src/cli.js`, the package's `bin`, replacing the file
 * tsc wrote there; run by `npm run build` after tsc.
 *
 * Why a bundle: Node resolves, reads and compiles each ES module file on its
 * own, and `microvm evaluate` used to load about a hundred of them. The
 * bundle is split (esbuild's `splitting`) at the CLI's lazy `import()`s,
 * so a command still loads only what it uses: the entry holds commander and
 * the command table, each command and backend is a chunk of its own under
 * `dist/src/cli-chunks/`. The packages a single command uses (ajv, markdown-it,
 * json-schema-to-typescript, esbuild) stay imports from node_modules.
 * Measurements: README, "Benchmarks".
 *
 * Plain JavaScript, so that `npm ci` (`prepare`) can run it before anything is built.
 *
 *     node scripts/build-cli.mjs
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist/src");
const chunkDir = "cli-chunks";

/** Dependencies every command loads; the others are imported from node_modules when a command needs them. */
const bundled = new Set(["commander", "fast-deep-equal"]);
const { dependencies } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const external = Object.keys(dependencies).filter((name) => !bundled.has(name));

/**
 * lib/ (the module system) stays a set of imports of `dist/lib/` (through
 * package.json's `#lib/*` import map, which resolves from every chunk), not a
 * copy inside the bundle: a config imports `nixmod-ts` (dist/lib/index.js),
 * and the config and the CLI must share one module system (its settings,
 * such as recording declaration positions, and its classes and symbols).
 */
const libDir = path.join(root, "lib") + path.sep;
const sharedLib = {
  name: "shared-lib",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (!target.startsWith(libDir)) return undefined;
      return { path: `#lib/${path.relative(libDir, target).replace(/\.ts$/, ".js")}`, external: true };
    });
  },
};

rmSync(path.join(outdir, chunkDir), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts" },
  outdir,
  chunkNames: `${chunkDir}/[name]-[hash]`,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  // error classes name themselves after their class (`new.target.name`)
  keepNames: true,
  // `node --enable-source-maps` (with `--show-trace`) shows the TypeScript sources' lines
  sourcemap: "linked",
  external,
  plugins: [sharedLib],
  // commander is CommonJS: its require() of Node's built-in modules needs a require in an ES module
  banner: { js: 'import { createRequire as __cliCreateRequire } from "node:module"; const require = __cliCreateRequire(import.meta.url);' },
  logLevel: "warning",
});
