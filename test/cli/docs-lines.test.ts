/**
 * `docs --source-url '…/{path}#L{line}'` fills `{line}` from each option's
 * declaration position (where `mkOption` was called), for a config's own
 * TypeScript files and for the project's modules.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const template = "https://example.org/{path}#L{line}";
type Docs = Record<string, { declarations: { name: string; url: string }[] }>;

const docs = (args: readonly string[]): Docs => {
  const r = runCli(["docs", ...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Docs;
};

/** The 1-based line of the first line of `file` that starts with `text` (after indentation). */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(path.join(repoRoot, file), "utf8").split("\n");
  const i = lines.findIndex((l) => l.trimStart().startsWith(text));
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

describe("docs --source-url with {line}", () => {
  it("links a config's own options to their lines in its .ts file", () => {
    const fixture = "test/cli/fixtures/declared-lines.ts";
    const d = docs([fixture, "--only-given", "--source-url", template]);
    expect(d["backup.keep"].declarations).toEqual([
      { name: `${fixture}:${lineOf(fixture, "keep: mkOption(")}`, url: `https://example.org/${fixture}#L${lineOf(fixture, "keep: mkOption(")}` },
    ]);
    expect(d["backup.paths"].declarations[0].url).toBe(`https://example.org/${fixture}#L${lineOf(fixture, "paths: mkOption(")}`);
  });

  it("links the project's modules to their lines", () => {
    const d = docs(["--source-url", template]);
    const file = "modules/microvm/options.ts";
    expect(d["microvm.mem"].declarations).toEqual([{ name: `${file}:${lineOf(file, "mem: mkOption(")}`, url: `https://example.org/${file}#L${lineOf(file, "mem: mkOption(")}` }]);
  });

  it("without --source-url, declarations are files, as before", () => {
    const d = docs(["test/cli/fixtures/declared-lines.ts", "--only-given"]);
    expect(d["backup.keep"].declarations).toEqual(["test/cli/fixtures/declared-lines.ts"]);
  });
});
