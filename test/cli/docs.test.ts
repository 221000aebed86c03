/**
 * `microvm docs`: the option reference of a config. Its microvm.* entries
 * are microvm.nix's own option list (shared/golden/microvm/options.json).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { goldenDir, runCli, stubsFile } from "./run-cli.js";

interface Entry {
  name: string;
  type: string;
  description: string | null;
  default?: unknown;
  example?: unknown;
  readOnly: boolean;
}

it("documents every microvm option as microvm.nix does", () => {
  const r = runCli(["docs", "--format", "json", "--pkgs", stubsFile]);
  expect(r.code).toBe(0);
  const ours = JSON.parse(r.stdout) as Record<string, Entry>;
  const golden = JSON.parse(readFileSync(path.join(goldenDir, "options.json"), "utf8")) as Entry[];
  const fields = (e: Entry) => ({ type: e.type, description: e.description, default: e.default, example: e.example, readOnly: e.readOnly });
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
