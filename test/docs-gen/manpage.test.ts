import { describe, expect, it } from "vitest";
import { escapeRoff, renderManPage } from "../../docs-gen/index.js";
import { loadGoldenDocList, option } from "./golden.js";

describe("renderManPage", () => {
  const golden = loadGoldenDocList("options.json");

  it("writes a man(7) page with one entry per documented option", () => {
    const page = renderManPage(golden);
    expect(page.startsWith('.TH "CONFIGURATION.TS" "5"')).toBe(true);
    expect(page).toContain(".SH OPTIONS\n");
    const visible = golden.filter((o) => o.visible && !o.internal);
    expect(page.match(/^\.PP$/gm)?.length).toBe(visible.length);
    expect(page).toContain("\\fBmicrovm.vcpu\\fR\n.RS 4\nNumber of virtual CPU cores\n.sp\n\\fIType:\\fR positive integer, meaning >0");
  });

  it("escapes roff in every text and keeps multi-line values verbatim", () => {
    const page = renderManPage([
      option("x.y", {
        description: ".TH injected\nback\\slash and `code`",
        type: "'quoted",
        example: { _type: "literalExpression", text: "[\n  \".nf\"\n]" },
      }),
    ]);
    expect(page).toContain("\\&.TH injected back\\eslash and \\fBcode\\fR");
    expect(page).toContain("\\fIType:\\fR \\&'quoted");
    expect(page).toContain('.nf\n[\n  ".nf"\n]\n.fi');
    expect(page.split("\n").filter((l) => l.startsWith(".TH"))).toHaveLength(1);
  });

  it("escapes request characters at the start of a line", () => {
    expect(escapeRoff(".SH x\n'br\na-b\\c")).toBe("\\&.SH x\n\\&'br\na\\-b\\ec");
  });
});
