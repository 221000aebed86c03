import { describe, expect, it } from "vitest";
import { renderReferenceDocs } from "../../docs-gen/index.js";
import { loadGoldenDocList } from "./golden.js";

describe("docs/options.md", () => {
  // Waits for the lead's wiring: lib's evalModules + optionAttrSetToDocList and the
  // modules/microvm port, evaluated the way microvm.nix's pkgs/doc.nix does (options alone,
  // _module.check = false). Then: expect(readFileSync("docs/options.md")).toBe(
  // renderReferenceDocs(<that doc list>)), and scripts/gen-docs.ts regenerates from it.
  it.todo("equals renderReferenceDocs(doc list of the real microvm evaluation) — fails when stale");

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
