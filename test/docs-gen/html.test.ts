import { describe, expect, it } from "vitest";
import type { OptionIndex } from "../../docs-gen/html-option-index.js";
import { renderHtml } from "../../docs-gen/index.js";
import { loadGoldenDocList, option } from "./golden.js";

/** The page's embedded option index (what its script searches). */
function optionIndexOf(page: string): OptionIndex {
  const json = /<script type="application\/json" id="option-index">(.*?)<\/script>/s.exec(page)?.[1];
  if (json === undefined) throw new Error("the page has no option index");
  return JSON.parse(json) as OptionIndex;
}

describe("renderHtml", () => {
  const golden = loadGoldenDocList("options.json");
  const page = renderHtml(golden, { title: "MicroVM options", sourceUrl: "https://example.org/blob/main/{path}#L{line}" });

  it("gives every visible option a section with the NixOS manual's anchor", () => {
    const ids = [...page.matchAll(/<section class="option" id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(85);
    expect(ids).toContain("opt-microvm.vcpu");
    expect(ids).toContain("opt-microvm.devices._.bus");
    expect(ids).not.toContain("opt-microvm.balloonMem");
  });

  it("shows type, default, example, declarations and the rendered description", () => {
    const section = page.slice(page.indexOf('id="opt-microvm.cpu"'), page.indexOf('id="opt-microvm.credentialFiles"'));
    expect(section).toContain("<dt>Type</dt><dd>null or string</dd>");
    expect(section).toContain("<dt>Default</dt><dd><code>null</code></dd>");
    expect(section).toContain('<div class="admonition note"><p class="admonition-title">Note</p>\n<p>Only supported with qemu.</p>\n</div>');
    expect(section).toContain('<a href="https://example.org/blob/main/nixos-modules/microvm/options.nix"><code>nixos-modules/microvm/options.nix</code></a>');
    const devices = page.slice(page.indexOf('id="opt-microvm.devices"'), page.indexOf('id="opt-microvm.devices._.bus"'));
    expect(devices).toContain("<dt>Example</dt><dd><pre><code>[ {\n");
  });

  it("is self-contained: no external scripts, styles, fonts or images", () => {
    expect(page).not.toMatch(/<link\b|<script\s+src|<img\b|@import|url\(/i);
    expect(page).toContain("<title>MicroVM options</title>");
  });

  it("shows HTML in descriptions, types, names and values as text", () => {
    const hostile = renderHtml(
      [
        option("a.b", {
          description: "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
          type: "<b>type</b>",
          default: { _type: "literalExpression", text: '"</code><script>"' },
          example: { _type: "literalMD", text: "<script>example()</script>" },
          declarations: [{ name: "<i>decl</i>", url: 'https://x/"onmouseover="alert(1)' }],
        }),
      ],
      { title: "</title><script>t()</script>" },
    );
    const body = hostile.slice(hostile.indexOf("<main>"), hostile.indexOf("</main>"));
    expect(body).not.toMatch(/<script|<img|<b>|<i>|href="javascript/);
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(body).toContain("<dd>&#60;b&#62;type&#60;/b&#62;</dd>");
    expect(body).toContain('<a href="https://x/&#34;onmouseover=&#34;alert(1)">');
    expect(hostile).toContain("<title>&#60;/title&#62;&#60;script&#62;t()&#60;/script&#62;</title>");
    // the option index's JSON cannot end its <script> element: the page's only two are the index and the code
    expect(hostile.match(/<\/?script/gi)).toEqual(["<script", "</script", "<script", "</script"]);
    expect(optionIndexOf(hostile).descriptions[0]).toBe("<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n");
  });

  it("keeps every option inside the <noscript>: no field's text can end it", () => {
    // with JavaScript on, the <noscript>'s content is raw text up to the first `</noscript`
    const h = "</noscript><script>alert(1)</script><!--";
    const page = renderHtml(
      [
        option(`a.${h}`, {
          description: `${h} [l](</noscript>) <${h}> \`${h}\`\n\n    ${h}\n`,
          type: h,
          default: { _type: "literalExpression", text: h },
          example: { _type: "literalMD", text: h },
          declarations: [{ name: h, url: `https://x/${h}` }],
        }),
      ],
      { title: h },
    );
    expect(page.match(/<\/noscript/gi)).toEqual(["</noscript"]);
    expect(page.match(/<\/?script/gi)).toEqual(["<script", "</script", "<script", "</script"]);
  });

  it("renders every option in a <noscript> (the page without JavaScript) and indexes it for the search", () => {
    const noscript = page.slice(page.indexOf('<noscript id="all">'), page.indexOf("</noscript>"));
    expect(noscript).toContain('<p class="no-script">The search needs JavaScript; every option (85 options) is listed below.</p>');
    expect([...noscript.matchAll(/<section class="option"/g)]).toHaveLength(85);
    const index = optionIndexOf(page);
    expect(index.names).toHaveLength(85);
    const cpu = index.names.indexOf("microvm.cpu");
    expect(index.anchors[cpu]).toBe("opt-microvm.cpu");
    expect(index.scopes[cpu]).toBe("");
    // the description as the page shows it: Markdown rendered, tags dropped, entities decoded
    expect(index.descriptions[cpu]).toContain("Note\nOnly supported with qemu.\n");
    expect(index.descriptions[cpu]).not.toMatch(/<|&/);
  });

  it("links {option} references to the option's anchor", () => {
    const html = renderHtml([option("a.b", { description: "See {option}`a.c`." }), option("a.c")]);
    expect(html).toContain('<a href="#opt-a.c"><code class="role-option">a.c</code></a>');
  });
});
