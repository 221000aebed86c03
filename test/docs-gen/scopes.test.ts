/** Option references from several nixpkgs-format option lists (`--from`), each a scope. */
import { describe, expect, it } from "vitest";
import { buildOptionsJson, DocListError, renderHtml, renderManPage, renderMarkdown } from "../../docs-gen/index.js";
import { docListFromOptionsJson, scopeNameOf } from "../../docs-gen/options-json-input.js";
import { loadGoldenDocList, option } from "./golden.js";

describe("--from inputs as scopes", () => {
  const upstream = loadGoldenDocList("options.upstream.json");

  it("reads a doc list unchanged but for its scope: one scope renders as without scopes", () => {
    const scoped = docListFromOptionsJson(upstream, "microvm", "options.upstream.json");
    expect(renderMarkdown(scoped)).toBe(renderMarkdown(upstream));
    expect(renderManPage(scoped)).toBe(renderManPage(upstream));
    expect(renderHtml(scoped)).not.toContain('id="scope"');
  });

  it("reads nixosOptionsDoc's options.json (keyed by name) to the same reference as its doc list", () => {
    const optionsJson = buildOptionsJson(upstream);
    expect(Array.isArray(optionsJson)).toBe(false);
    const fromJson = docListFromOptionsJson(JSON.parse(JSON.stringify(optionsJson)), "microvm", "options.json");
    expect(renderMarkdown(fromJson)).toBe(renderMarkdown(upstream));
  });

  it("puts several scopes on one page: a filter, a badge per option, headings in Markdown and the man page", () => {
    const nixos = { "services.openssh.enable": { description: "Whether to enable sshd.", type: "boolean", default: { _type: "literalExpression", text: "false" }, declarations: ["nixos/modules/services/networking/ssh/sshd.nix"], readOnly: false, loc: ["services", "openssh", "enable"] } };
    const docList = [...docListFromOptionsJson(upstream, "microvm", "a.json"), ...docListFromOptionsJson(nixos, "nixos", "b.json")];
    const html = renderHtml(docList);
    expect(html).toContain('<select id="scope"><option value="">All option sets</option><option value="microvm">microvm</option><option value="nixos">nixos</option></select>');
    expect(html).toContain('data-name="services.openssh.enable" data-scope="nixos"');
    expect(html).toContain('<span class="scope-badge">nixos</span>');
    const md = renderMarkdown(docList);
    expect(md.startsWith("# microvm\n\n## microvm\\.balloon\n")).toBe(true);
    expect(md).toContain("# nixos\n\n## services\\.openssh\\.enable\n");
    expect(renderManPage(docList)).toContain(".SS nixos\n.PP\n\\fBservices.openssh.enable\\fR");
  });

  it("keeps an option that two scopes both have, under distinct anchors", () => {
    const docList = [
      ...docListFromOptionsJson([option("x.enable")], "one", "one.json"),
      ...docListFromOptionsJson([option("x.enable")], "two", "two.json"),
    ];
    const html = renderHtml(docList);
    expect(html).toContain('id="opt-x.enable" data-name="x.enable" data-scope="one"');
    expect(html).toContain('id="opt-x.enable-two" data-name="x.enable" data-scope="two"');
  });

  it("names the file when an input is neither shape", () => {
    expect(() => docListFromOptionsJson("nope", "s", "bad.json")).toThrow(DocListError);
    expect(() => docListFromOptionsJson("nope", "s", "bad.json")).toThrow(/^bad\.json: expected options\.json/);
    expect(() => renderHtml(docListFromOptionsJson({ "a.b": { type: 3 } }, "s", "bad.json"))).toThrow(/`type` must be a string/);
    expect(scopeNameOf("/x/y/home-manager.json")).toBe("home-manager");
  });
});
