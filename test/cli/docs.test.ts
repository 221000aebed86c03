/**
 * `microvm docs`: without files, microvm.nix's own option list
 * (shared/golden/microvm/options.json, evaluated like its pkgs/doc.nix);
 * with files, the options of that config.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { goldenDir, repoRoot, runCli, stubsFile } from "./run-cli.js";

interface Entry {
  name: string;
  type: string;
  description: string | null;
  default?: unknown;
  example?: unknown;
  readOnly: boolean;
}

const golden = JSON.parse(readFileSync(path.join(goldenDir, "options.json"), "utf8")) as Entry[];
const fields = (e: Entry) => ({ type: e.type, description: e.description, default: e.default, example: e.example, readOnly: e.readOnly });

it("documents every microvm option as microvm.nix does (no files: the options alone)", () => {
  const r = runCli(["docs", "--format", "json"]);
  expect(r.code).toBe(0);
  const ours = JSON.parse(r.stdout) as Record<string, Entry>;
  expect(Object.keys(ours).sort()).toEqual(golden.map((e) => e.name).sort());
  for (const entry of golden) {
    expect({ name: entry.name, ...fields(ours[entry.name]) }).toEqual({ name: entry.name, ...fields(entry) });
  }
});

it("documents the microvm options along with a config's own, under NixOS' hostName", () => {
  const r = runCli(["docs", "test/cli/fixtures/own-option.mjs", "--format", "json", "--pkgs", stubsFile]);
  expect(r.code).toBe(0);
  const ours = JSON.parse(r.stdout) as Record<string, Entry>;
  for (const entry of golden) {
    const expected = fields(entry);
    // the golden list was made without NixOS (hostName "$HOSTNAME"); here NixOS' default "nixos" applies
    if (entry.name === "microvm.graphics.socket") expected.default = { _type: "literalExpression", text: '"nixos-gpu.sock"' };
    expect({ name: entry.name, ...fields(ours[entry.name]) }).toEqual({ name: entry.name, ...expected });
  }
});

it("--only-given documents only the options the given files declare, as Markdown", () => {
  const r = runCli(["docs", "test/cli/fixtures/own-option.mjs", "--only-given", "--format", "md", "--source-url", "https://example.org/{path}#L{line}"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^## my\\\.thing\n\nMy thing\\\.\n/);
  expect(r.stdout).not.toContain("microvm");
  expect(r.stdout).toContain("test/cli/fixtures/own-option\\.mjs");
});

it("--title names the HTML page and its heading, and the man page", () => {
  const html = runCli(["docs", "--format", "html", "--title", "My <VM> options"]);
  expect(html.code).toBe(0);
  expect(html.stdout).toContain("<title>My &#60;VM&#62; options</title>");
  expect(html.stdout).toContain("<h1>My &#60;VM&#62; options</h1>");
  const man = runCli(["docs", "--format", "man", "--title", "myvm.ts"]);
  expect(man.code).toBe(0);
  expect(man.stdout).toContain('.TH "MYVM.TS" "5"');
  expect(man.stdout).toContain("myvm.ts \\- configuration options");
});

it("--format compat prints the hypervisor support matrix that docs/compat.md holds", () => {
  const r = runCli(["docs", "--format", "compat", "--pkgs", stubsFile]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(readFileSync(path.join(repoRoot, "docs/compat.md"), "utf8"));
});

it("--format compat takes no config files", () => {
  const r = runCli(["docs", "test/cli/fixtures/own-option.mjs", "--format", "compat"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--format compat documents the microvm options; it takes no config files");
});

it("--from renders microvm.nix's own options.json, and puts several inputs on one page as scopes", () => {
  const upstream = path.join(goldenDir, "options.upstream.json");
  const md = runCli(["docs", "--from", upstream, "--format", "md"]);
  expect(md.code).toBe(0);
  expect(md.stdout).toMatch(/^## microvm\\\.balloon\n/);
  expect(md.stdout).toContain("## microvm\\.vcpu\n");
  const ours = runCli(["docs", "--format", "json"]);
  const dir = mkdtempSync(path.join(tmpdir(), "docs-from-"));
  const oursFile = path.join(dir, "nixmod.json");
  writeFileSync(oursFile, ours.stdout);
  const html = runCli(["docs", "--from", upstream, "--from", oursFile, "--scope-name", "microvm.nix", "--format", "html", "--title", "Two sets"]);
  expect(html.code).toBe(0);
  expect(html.stdout).toContain('<option value="microvm.nix">microvm.nix</option><option value="nixmod">nixmod</option>');
  expect(html.stdout).toContain('id="opt-microvm.vcpu" data-name="microvm.vcpu" data-scope="microvm.nix"');
  expect(html.stdout).toContain('id="opt-microvm.vcpu-nixmod" data-name="microvm.vcpu" data-scope="nixmod"');
  const man = runCli(["docs", "--from", upstream, "--from", oursFile, "--format", "man"]);
  expect(man.stdout).toContain(".SS options.upstream\n");
  expect(man.stdout).toContain(".SS nixmod\n");
});

it("--from names an unreadable input; two inputs need distinct scope names", () => {
  const bad = runCli(["docs", "--from", "README.md", "--format", "md"]);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain("--from README.md: cannot read it as JSON");
  const upstream = path.join(goldenDir, "options.upstream.json");
  const same = runCli(["docs", "--from", upstream, "--from", upstream]);
  expect(same.code).toBe(2);
  expect(same.stderr).toContain('two --from inputs have the scope name "options.upstream"; name them with --scope-name');
});

it("--hypervisor-support shows each microvm option's support table on the HTML page", () => {
  const r = runCli(["docs", "--format", "html", "--hypervisor-support", "--pkgs", stubsFile]);
  expect(r.code).toBe(0);
  const initialBalloonMem = r.stdout.slice(r.stdout.indexOf('id="opt-microvm.initialBalloonMem"'));
  const section = initialBalloonMem.slice(0, initialBalloonMem.indexOf("</section>"));
  expect(section).toContain("<dt>Hypervisors</dt>");
  expect(section).toContain('<td class="support-refuses" title="qemu does not support initialBalloonMem">refuses</td>');
  expect(section).toContain("<li>qemu refuses: <code>qemu does not support initialBalloonMem</code></li>");
  expect(runCli(["docs", "--format", "md", "--hypervisor-support"]).code).toBe(2);
});
