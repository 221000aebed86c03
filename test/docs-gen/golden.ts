/** Loads the microvm golden option lists (shared/golden/microvm) and the fixtures next to this file. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DocListEntry } from "../../docs-gen/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
export const goldenDir = process.env.MICROVM_GOLDEN_DIR ?? path.resolve(repoRoot, "../shared/golden/microvm");

/** `options.json` (the seed's option list) or `options.upstream.json` (microvm.nix's own). */
export function loadGoldenDocList(file: "options.json" | "options.upstream.json"): DocListEntry[] {
  return JSON.parse(readFileSync(path.join(goldenDir, file), "utf8")) as DocListEntry[];
}

export function readFixture(name: string): string {
  return readFileSync(path.join(here, "fixtures", name), "utf8");
}

/** microvm.nix's `pkgs/doc.nix` transformOptions: link declarations to GitHub. */
export function withMicrovmNixDeclarations(docList: DocListEntry[]): DocListEntry[] {
  return docList.map((entry) => ({
    ...entry,
    declarations: entry.declarations.map((decl) => ({
      name: `microvm.nix/${String(decl)}`,
      url: `https://github.com/microvm-nix/microvm.nix/tree/main/${String(decl)}`,
    })),
  }));
}

/** A doc-list entry for tests: a boolean option `name` with a one-line description. */
export function option(name: string, fields: Partial<DocListEntry> = {}): DocListEntry {
  return {
    name,
    loc: name.split("."),
    description: `About ${name}.`,
    type: "boolean",
    declarations: ["modules/m.ts:7"],
    readOnly: false,
    internal: false,
    visible: true,
    ...fields,
  };
}
