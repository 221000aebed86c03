import { describe, expect, it } from "vitest";
import { fillSourceUrl, parseDeclarationPosition } from "../../docs-gen/declarations.js";
import { buildOptionModel, compareOptionLocs, makeXmlId, mdEscape } from "../../docs-gen/model.js";
import { loadGoldenDocList } from "./golden.js";

describe("docs-gen model", () => {
  it("escapes like nixos-render-docs' md_escape and makes its anchors", () => {
    expect(mdEscape("a.b*c<d>[e]`f`#g&h\\i")).toBe("a\\.b\\*c\\<d>\\[e]\\`f\\`\\#g\\&h\\\\i");
    expect(makeXmlId('opt-a.*.<name>."x y":z[0]')).toBe("opt-a._._name_._x_y__z_0_");
  });

  it("compares paths component by component with enable*/package* first", () => {
    expect(compareOptionLocs(["a", "enable"], ["a", "aaa"])).toBeLessThan(0);
    expect(compareOptionLocs(["a", "package"], ["a", "aaa"])).toBeLessThan(0);
    expect(compareOptionLocs(["a", "enable"], ["a", "package"])).toBeLessThan(0);
    expect(compareOptionLocs(["a"], ["a", "b"])).toBeLessThan(0);
    expect(compareOptionLocs(["B"], ["a"])).toBeLessThan(0); // code point order: uppercase first
  });

  it("fills the source URL template, dropping the line fragment when there is no line", () => {
    expect(parseDeclarationPosition("modules/microvm/options.ts:123")).toEqual({ path: "modules/microvm/options.ts", line: 123 });
    expect(parseDeclarationPosition("C:/x.ts")).toEqual({ path: "C:/x.ts" });
    const template = "https://github.com/o/r/blob/main/{path}#L{line}";
    expect(fillSourceUrl(template, { path: "modules/a b.ts", line: 7 })).toBe("https://github.com/o/r/blob/main/modules/a%20b.ts#L7");
    expect(fillSourceUrl(template, { path: "modules/a.ts" })).toBe("https://github.com/o/r/blob/main/modules/a.ts");
    expect(fillSourceUrl("https://x/{path}?line={line}", { path: "a.ts" })).toBe("https://x/a.ts?line=");
  });

  it("keeps the visible options of the golden list, each with its anchor", () => {
    const model = buildOptionModel(loadGoldenDocList("options.json"));
    expect(model).toHaveLength(85);
    expect(model.find((option) => option.name === "microvm.shares.*.tag")?.anchor).toBe("opt-microvm.shares._.tag");
  });

  it("rejects entries with missing or mistyped fields, naming them", () => {
    const [first] = loadGoldenDocList("options.json");
    expect(() => buildOptionModel([{ ...first, visible: "yes" }])).toThrow("doc list entry 0 (`microvm.balloon`): `visible` must be a boolean, got \"yes\"");
    expect(() => buildOptionModel([first, { ...first, loc: [] }])).toThrow("doc list entry 1 (`microvm.balloon`): `loc` must be a non-empty list of strings, got []");
    expect(() => buildOptionModel([{ ...first, declarations: [42] }])).toThrow("every declaration must be a file name or { name, url }, got 42");
    expect(() => buildOptionModel([null])).toThrow("doc list entry 0 must be an object, got null");
  });
});
