/**
 * Regenerates docs/options.md, the committed option reference of the
 * microvm module, and docs/compat.md, its hypervisor support matrix (`npm run docs`).
 *
 *     npx tsx scripts/gen-docs.ts [--doc-list <file.json>]
 *
 * Without --doc-list the doc list is the microvm module's own
 * (src/reference-doc-list.ts); with it, any `optionAttrSetToDocList` output
 * saved as JSON. test/docs-gen/committed-docs.test.ts fails when
 * docs/options.md differs from what this writes.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { referenceDocsPath, renderReferenceDocs } from "../docs-gen/index.js";
import { referenceCompatPath, renderReferenceCompat } from "../docs-gen/reference-compat.js";
import { loadPackageSet } from "../pkgs/package-set.js";
import { microvmReferenceDocList } from "../src/reference-doc-list.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The package set docs/compat.md is computed with: the golden stubs (every hypervisor's program). */
export const compatStubsFile = path.join(
  process.env.MICROVM_GOLDEN_DIR ?? path.resolve(repoRoot, "../shared/golden/microvm"),
  "stubs.json",
);

/** Writes docs/compat.md; returns the path written. */
export function generateReferenceCompat(root = repoRoot): string {
  const target = path.join(root, referenceCompatPath);
  const pkgs = loadPackageSet(compatStubsFile, { system: "x86_64-linux" });
  writeFileSync(target, renderReferenceCompat(pkgs));
  return target;
}

/** Writes docs/options.md from a doc list; returns the path written. */
export function generateReferenceDocs(docList: unknown, root = repoRoot): string {
  const target = path.join(root, referenceDocsPath);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, renderReferenceDocs(docList));
  return target;
}

function readDocList(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`gen-docs: cannot read the doc list ${file}: ${(error as Error).message}`);
  }
}

function main(args: string[]): void {
  const flag = args.indexOf("--doc-list");
  const file = flag >= 0 ? args[flag + 1] : undefined;
  if (flag >= 0 && file === undefined) {
    throw new Error("gen-docs: usage: tsx scripts/gen-docs.ts [--doc-list <optionAttrSetToDocList output as JSON>]");
  }
  const docList = file === undefined ? microvmReferenceDocList() : readDocList(file);
  console.log(`wrote ${path.relative(process.cwd(), generateReferenceDocs(docList))}`);
  if (file === undefined) console.log(`wrote ${path.relative(process.cwd(), generateReferenceCompat())}`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
