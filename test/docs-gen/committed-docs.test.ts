import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { referenceDocsPath, renderReferenceDocs } from "../../docs-gen/index.js";
import { microvmReferenceDocList } from "../../src/reference-doc-list.js";
import { loadGoldenDocList } from "./golden.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("docs/options.md", () => {
  it("is up to date with the microvm module (regenerate with `npm run docs`)", () => {
    const committed = readFileSync(path.join(repoRoot, referenceDocsPath), "utf8");
    expect(committed).toBe(renderReferenceDocs(microvmReferenceDocList()));
  });

  it("links declarations relative to docs/, so they work on GitHub and in a checkout", () => {
    const docList = loadGoldenDocList("options.json").map((entry) => ({
      ...entry,
      declarations: ["modules/microvm/options.ts:42"],
    }));
    expect(renderReferenceDocs(docList)).toContain(
      "*Declared by:*\n - [modules/microvm/options\\.ts:42](../modules/microvm/options.ts#L42)\n",
    );
  });
});
