/**
 * Files keep their names: modules a config pulls in with a TypeScript
 * `import` (default or named export) and paths in `imports` (relative to
 * the importing file) appear under their own file in "Defined by", errors
 * and `definitionsWithLocations`.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/evaluate.js";
import { repoRoot, runCli, stubsFile } from "./run-cli.js";

const dir = "test/cli/fixtures/located";
const main = `${dir}/main.ts`;

function definedBy(option: string): string[] {
  const r = runCli(["evaluate", main, "--show-option", option, "--pkgs", stubsFile]);
  expect(r.stderr).toBe("");
  return r.stdout.slice(r.stdout.indexOf("Defined by:\n") + "Defined by:\n".length).trimEnd().split("\n");
}

describe("Defined by", () => {
  it("names a default-exported module imported with a TypeScript import", () => {
    expect(definedBy("microvm.mem")).toContain(`  ${dir}/extra.ts (priority 100): 768`);
  });

  it("names a module that is a named export", () => {
    expect(definedBy("microvm.vcpu")).toContain(`  ${dir}/network.ts (priority 100): 3`);
  });

  it("names a module imported by its path, and a function module there", () => {
    expect(definedBy("microvm.user")).toContain(`  ${dir}/sub/by-path.ts (priority 1000): "microvm"`);
  });

  it("resolves a path relative to the file that names it, through two levels", () => {
    expect(definedBy("microvm.socket")).toContain(`  ${dir}/socket.ts (priority 100): "located.sock"`);
  });

  it("names a JSON file imported by its path", () => {
    expect(definedBy("microvm.vsock.cid")).toContain(`  ${dir}/by-path.json (priority 100): 7`);
  });
});

describe("errors", () => {
  it("name both files of a conflict: a TS import inside a path import, and a TS import of the config", () => {
    const r = runCli(["evaluate", main, "--json", "microvm.balloon", "--pkgs", stubsFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "error: The option `microvm.balloon' has conflicting definition values:\n" +
        `- In \`${dir}/sub/balloon.ts': true\n` +
        `- In \`${dir}/extra.ts': false\n` +
        "Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.\n",
    );
  });

  it("name the importing file and the path for a path that is not there", () => {
    const r = runCli(["evaluate", `${dir}/bad-path.ts`]);
    expect(r.stderr).toBe(`error: ${dir}/bad-path.ts: cannot import \`./missing.ts' (${dir}/missing.ts): no such file\n`);
    expect(r.code).toBe(1);
  });
});

describe("definitionsWithLocations", () => {
  it("gives each definition its own file", async () => {
    const { configuration } = await evaluate({ files: [main], pkgsFile: stubsFile, cwd: repoRoot });
    const files = (configuration.options.microvm.socket.definitionsWithLocations as { file: string }[]).map((d) => d.file);
    expect(files).toContain(path.join(dir, "socket.ts"));
  });
});
