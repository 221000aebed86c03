/**
 * `microvm evaluate` end to end: the CLI run on the examples, on golden
 * cases (shared/golden/microvm) and on broken inputs; output texts and exit codes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { goldenDir, runCli, stubsFile } from "./run-cli.js";

const golden = (name: string, kind: string): string => path.join(goldenDir, "cases", `${name}.${kind}.json`);
const goldenOption = (name: string) =>
  (JSON.parse(readFileSync(path.join(goldenDir, "options.json"), "utf8")) as { name: string; type: string; description: string; default: { text: string } }[]).find(
    (o) => o.name === name,
  )!;
const checksOf = (name: string) =>
  JSON.parse(readFileSync(golden(name, "checks"), "utf8")) as { failedAssertions: string[]; warnings: string[] };

describe("microvm evaluate --show-option", () => {
  it("shows an option: value, default, type, description, declaration, definition with its file and priority", () => {
    const r = runCli(["evaluate", "examples/basic.ts", "--show-option", "microvm.mem"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // default, type and description as microvm.nix's option list has them
    const doc = goldenOption("microvm.mem");
    expect(r.stdout).toBe(
      [
        "Value:\n512\n",
        `Default:\n${doc.default.text}\n`,
        `Type:\n${doc.type}\n`,
        `Description:\n${doc.description}\n`,
        "Declared by:\n  modules/microvm/options.ts\n",
        "Defined by:\n  modules/microvm/options.ts (priority 1500, the option's default, overridden): 512\n  examples/basic.ts (priority 100): 512\n",
      ].join("\n"),
    );
  });

  it("names mkDefault's priority", () => {
    const r = runCli(["evaluate", "examples/basic.ts", "--show-option", "microvm.socket"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Value:\n"basic.sock"\n');
    expect(r.stdout).toContain(`Default:\n${goldenOption("microvm.socket").default.text}\n`);
    expect(r.stdout).toContain(
      'Defined by:\n  modules/microvm/options.ts (priority 1500, the option\'s default, overridden): "basic.sock"\n  examples/basic.ts (priority 1000): "basic.sock"\n',
    );
  });

  it("shows an option of a list element, and the options of a set", () => {
    const element = runCli(["evaluate", "examples/basic.ts", "--show-option", "microvm.interfaces.0.id"]);
    expect(element.code).toBe(0);
    expect(element.stdout).toMatch(/^Value:\n"usernet"\n/);
    const set = runCli(["evaluate", "examples/basic.ts", "--show-option", "microvm.graphics"]);
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/^`microvm\.graphics' is a set of options:\n/);
    expect(set.stdout).toMatch(/\n {2}microvm\.graphics\.enable +boolean\n/);
  });

  it("suggests the closest option for an unknown path (exit 1)", () => {
    const r = runCli(["evaluate", "examples/basic.ts", "--show-option", "microvm.memory"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("error: The option `microvm.memory' does not exist. Did you mean `microvm.mem'?\n");
  });
});

describe("microvm evaluate --json", () => {
  it("prints a subtree of the config; packages as their paths", () => {
    const r = runCli(["evaluate", "examples/basic.ts", "--json", "microvm", "--omit-undefined", "--pkgs", stubsFile]);
    expect(r.code).toBe(0);
    const microvm = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(microvm.mem).toBe(512);
    expect(microvm.vcpu).toBe(2);
    expect(microvm.interfaces).toMatchObject([{ type: "user", id: "usernet", mac: "02:00:00:00:00:01" }]);
    expect(microvm.kernel).toBe("/nix/store/00000000000000000000000000000000-linux-6.12.56");
    expect(microvm.vmHostPackages).toBe("<pkgs>");
  });

  it("gives the golden config.microvm of a golden case", () => {
    const r = runCli(["evaluate", golden("case-12", "input"), "--json", "microvm", "--omit-undefined", "--pkgs", stubsFile]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(golden("case-12", "config"), "utf8")));
  });

  it("names the closest attribute of a path that is not in the config", () => {
    const r = runCli(["evaluate", "examples/basic.ts", "--json", "microvm.vcpus"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: `microvm.vcpus' is not in the config. Did you mean `microvm.vcpu'?\n");
  });
});

describe("assertions and warnings", () => {
  it("prints failed assertions as NixOS does and exits 1", () => {
    const r = runCli(["evaluate", golden("case-32", "input")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const { failedAssertions } = checksOf("case-32");
    expect(r.stderr).toBe(`Failed assertions:\n${failedAssertions.map((m) => `- ${m}`).join("\n")}\n`);
  });

  it("prints each failed assertion of a config with several", () => {
    const r = runCli(["evaluate", golden("case-35", "input")]);
    expect(r.code).toBe(1);
    const { failedAssertions } = checksOf("case-35");
    expect(failedAssertions.length).toBeGreaterThan(1);
    expect(r.stderr).toBe(`Failed assertions:\n${failedAssertions.map((m) => `- ${m}`).join("\n")}\n`);
  });

  it("prints warnings on stderr without changing the exit code", () => {
    const r = runCli(["evaluate", golden("case-34", "input"), "--show-option", "microvm.mem"]);
    expect(r.code).toBe(0);
    const { warnings } = checksOf("case-34");
    expect(warnings.length).toBe(1);
    expect(r.stderr).toBe(warnings.map((w) => `warning: ${w}\n`).join(""));
    expect(r.stdout).toMatch(/^Value:\n16\n/);
  });
});

describe("errors", () => {
  it("reports a JSON config's wrong type with its JSON path, before evaluation", () => {
    const r = runCli(["evaluate", "examples/bad-mem.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: examples/bad-mem.json: invalid config:\n  /microvm/mem: must be integer (expected positive integer, meaning >0), got "lots"\n',
    );
  });

  it("reports a JSON config's unknown option with the closest option name", () => {
    const r = runCli(["evaluate", "test/cli/fixtures/typo.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "error: test/cli/fixtures/typo.json: invalid config:\n  /microvm/mems: the option `microvm.mems' does not exist. Did you mean `microvm.mem'?\n",
    );
  });

  it("prints an evaluation error's message, without a stack trace, naming the module's own _file", () => {
    const r = runCli(["evaluate", "test/cli/fixtures/bad-type.mjs"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "error: A definition for option `microvm.vcpu' is not of type `positive integer, meaning >0'. Definition values:\n- In `bad-type.mjs (module)': \"two\"\n",
    );
  });

  it("prefixes load errors with the file", () => {
    expect(runCli(["evaluate", "nope.ts"]).stderr).toBe("error: nope.ts: no such file\n");
    expect(runCli(["evaluate", "test/cli/fixtures/no-default.mjs"]).stderr).toMatch(
      /^error: test\/cli\/fixtures\/no-default\.mjs: the file has no default export/,
    );
    expect(runCli(["evaluate", "README.md"]).stderr).toMatch(/^error: README\.md: unsupported file type "\.md"/);
  });

  it("exits 2 on usage errors", () => {
    expect(runCli(["evaluate", "--no-such-flag"]).code).toBe(2);
    expect(runCli(["frobnicate"]).code).toBe(2);
    expect(runCli([]).code).toBe(2);
    const both = runCli(["evaluate", "examples/basic.ts", "--json", "--show-option", "microvm.mem"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe("error: --show-option and --json cannot be used together\n");
  });
});
