import { describe, expect, it } from "vitest";
import { renderMarkdown, type DocListEntry } from "../../docs-gen/index.js";
import { loadGoldenDocList, readFixture, withMicrovmNixDeclarations, option } from "./golden.js";

function headings(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("## "));
}

describe("renderMarkdown against nixos-render-docs", () => {
  it("writes microvm.nix's published reference byte for byte (options.upstream.json, pkgs/doc.nix declarations)", () => {
    const docList = withMicrovmNixDeclarations(loadGoldenDocList("options.upstream.json"));
    expect(renderMarkdown(docList)).toBe(readFixture("microvm-options.upstream.nixos-render-docs.md"));
  });

  it("renders lists, quotes, code, roles, links, raw HTML, admonitions and tables like nixos-render-docs", () => {
    const docList = JSON.parse(readFixture("edge-cases.doclist.json")) as DocListEntry[];
    expect(renderMarkdown(docList, { sourceUrl: "https://h/{path}#L{line}" })).toBe(
      readFixture("edge-cases.nixos-render-docs.md"),
    );
  });
});

describe("renderMarkdown", () => {
  it("escapes headings the way nixos-render-docs does", () => {
    const markdown = renderMarkdown([option("microvm.vcpu"), option("microvm.devices.*.bus"), option("a.<name>.b")]);
    expect(headings(markdown)).toEqual(["## a\\.\\<name>\\.b", "## microvm\\.devices\\.\\*\\.bus", "## microvm\\.vcpu"]);
  });

  it("sorts by path components, enable* first and package* second", () => {
    const names = ["x.zeta", "x.packages", "x.enableFoo", "x.alpha.enable", "x.alpha", "x.package", "x.enable", "a.b"];
    const markdown = renderMarkdown(names.map((name) => option(name)));
    expect(headings(markdown)).toEqual([
      "## a\\.b",
      "## x\\.enable",
      "## x\\.enableFoo",
      "## x\\.package",
      "## x\\.packages",
      "## x\\.alpha",
      "## x\\.alpha\\.enable",
      "## x\\.zeta",
    ]);
  });

  it("sorts the golden microvm options in nixos-render-docs' order", () => {
    const markdown = renderMarkdown(loadGoldenDocList("options.json"));
    const names = headings(markdown).map((line) => line.slice(3).replaceAll("\\", ""));
    expect(names.slice(0, 4)).toEqual(["microvm.balloon", "microvm.binScripts", "microvm.cloud-hypervisor.extraArgs", "microvm.cloud-hypervisor.platformOEMStrings"]);
    // `guest.enable` sorts as guest → enable; components, not whole names, are compared
    expect(names.indexOf("microvm.graphics.enable")).toBeLessThan(names.indexOf("microvm.graphics.backend"));
    expect(names).toHaveLength(85);
  });

  it("shows a one-line value as inline code and a multi-line value fenced", () => {
    const markdown = renderMarkdown(loadGoldenDocList("options.json"));
    expect(markdown).toContain("## microvm\\.vcpu\n\n\n\nNumber of virtual CPU cores\n\n\n\n*Type:*\npositive integer, meaning >0\n\n\n\n*Default:*\n` 1 `\n\n*Declared by:*\n - nixos-modules/microvm/options\\.nix\n");
    expect(markdown).toContain('*Default:*\n\n```\n[\n  "-c"\n  "zstd"\n  "-j"\n  "$NIX_BUILD_CORES"\n]\n```');
    expect(markdown).toContain("*Example:*\n` \"/nix/.rw-store\" `");
  });

  it("marks read-only options and renders literalMD as Markdown", () => {
    const markdown = renderMarkdown([
      option("a.b", { readOnly: true, default: { _type: "literalMD", text: "the *host's* name" } }),
    ]);
    expect(markdown).toContain("*Type:*\nboolean *(read only)*");
    expect(markdown).toContain("*Default:*\nthe *host’s* name");
  });

  it("leaves out internal and invisible options", () => {
    const markdown = renderMarkdown([option("a.shown"), option("a.internal", { internal: true }), option("a.hidden", { visible: false })]);
    expect(headings(markdown)).toEqual(["## a\\.shown"]);
    expect(renderMarkdown(loadGoldenDocList("options.json"))).not.toContain("balloonMem");
  });

  it("links declarations through the URL template, with or without a line", () => {
    const markdown = renderMarkdown([option("a.b", { declarations: ["modules/microvm/options.ts:123", "lib/x y.ts"] })], {
      sourceUrl: "https://github.com/o/r/blob/main/{path}#L{line}",
    });
    expect(markdown).toContain(
      "*Declared by:*\n - [modules/microvm/options\\.ts:123](https://github.com/o/r/blob/main/modules/microvm/options.ts#L123)\n - [lib/x y\\.ts](https://github.com/o/r/blob/main/lib/x%20y.ts)\n",
    );
  });

  it("refuses headings in descriptions, naming the option", () => {
    expect(() => renderMarkdown([option("a.b", { description: "# Title\ntext" })])).toThrow(
      "cannot render the documentation of option `a.b`: headings are not supported in option documentation",
    );
  });
});
