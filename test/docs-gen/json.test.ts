import { describe, expect, it } from "vitest";
import { DocListError, renderOptionsJson, type DocListEntry } from "../../docs-gen/index.js";
import { loadGoldenDocList } from "./golden.js";

const golden = loadGoldenDocList("options.json");

/** What our lib will report instead of microvm.nix's options.nix: our .ts file with a line. */
function withOurDeclarations(docList: DocListEntry[]): DocListEntry[] {
  return docList.map((entry, index) => ({ ...entry, declarations: [`modules/microvm/options.ts:${10 + index}`] }));
}

describe("renderOptionsJson", () => {
  const ours = withOurDeclarations(golden);
  const json = JSON.parse(renderOptionsJson(ours)) as Record<string, Record<string, unknown>>;

  it("keys every golden option by name, in Nix attribute order", () => {
    expect(Object.keys(json)).toEqual(golden.map((entry) => entry.name).sort());
    expect(Object.keys(json)).toHaveLength(86);
  });

  it("gives every golden entry back field for field (without `name`), declarations naming our .ts files", () => {
    for (const [index, entry] of golden.entries()) {
      const { name, ...fields } = entry;
      expect(json[name], name).toEqual({ ...fields, declarations: [`modules/microvm/options.ts:${10 + index}`] });
    }
  });

  it("keeps nixpkgs' literal values, e.g. defaultText and toPretty output", () => {
    expect(json["microvm.socket"]!.default).toEqual({ _type: "literalExpression", text: '"${hostName}.sock"' });
    expect(json["microvm.vcpu"]!.default).toEqual({ _type: "literalExpression", text: "1" });
    expect(json["microvm.writableStoreOverlay"]!.example).toEqual({ _type: "literalExpression", text: '"/nix/.rw-store"' });
  });

  it("keeps invisible options with visible: false so readers can filter", () => {
    expect(json["microvm.balloonMem"]).toMatchObject({ visible: false, internal: false, description: null });
  });

  it("turns declarations into { name, url } through the source URL template", () => {
    const linked = JSON.parse(
      renderOptionsJson(ours, { sourceUrl: "https://example.org/blob/main/{path}#L{line}" }),
    ) as Record<string, { declarations: unknown }>;
    const vcpuIndex = golden.findIndex((entry) => entry.name === "microvm.vcpu");
    expect(linked["microvm.vcpu"]!.declarations).toEqual([
      {
        name: `modules/microvm/options.ts:${10 + vcpuIndex}`,
        url: `https://example.org/blob/main/modules/microvm/options.ts#L${10 + vcpuIndex}`,
      },
    ]);
  });

  it("treats an option named __proto__ as plain data", () => {
    const entry = { ...golden[0]!, name: "__proto__", loc: ["__proto__"] };
    const parsed = JSON.parse(renderOptionsJson([entry])) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["__proto__"]);
  });

  it("rejects malformed input with a message naming the entry and field", () => {
    expect(() => renderOptionsJson({ not: "a list" })).toThrow(DocListError);
    expect(() => renderOptionsJson([{ ...golden[0]!, type: 3 }])).toThrow(
      "doc list entry 0 (`microvm.balloon`): `type` must be a string, got 3",
    );
    expect(() => renderOptionsJson([{ ...golden[0]!, default: "false" }])).toThrow(
      /doc list entry 0 \(`microvm.balloon`\): `default` must be \{ _type/,
    );
    expect(() => renderOptionsJson(golden, { sourceUrl: "https://example.org/" })).toThrow(/must contain \{path\}/);
  });
});
