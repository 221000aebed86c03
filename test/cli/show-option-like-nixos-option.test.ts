/**
 * `--show-option` as `nixos-option` shows options: `-r` lists every option
 * under a path with its value; a list is shown whole, in its value and in
 * each definition; an option in a list entry shows the entry's definitions;
 * colour only on a terminal.
 */
import { describe, expect, it } from "vitest";
import { runCli, stubsFile } from "./run-cli.js";

const show = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(["evaluate", "examples/basic.ts", "--pkgs", stubsFile, "--show-option", ...args], env);

describe("-r", () => {
  it("lists every option under the path with its value", () => {
    const r = show(["microvm.vsock", "-r"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("microvm.vsock.cid = null;\n");
  });

  it("shows lists and attribute sets whole, one `path = value;` per option, sorted", () => {
    const r = show(["microvm", "-r"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines).toContain("microvm.mem = 512;");
    expect(lines).toContain("microvm.vcpu = 2;");
    expect(r.stdout).toContain('microvm.interfaces = [\n  {\n    bridge = null;\n    id = "usernet";\n');
    expect(lines.indexOf("microvm.mem = 512;")).toBeLessThan(lines.indexOf("microvm.vcpu = 2;"));
  });

  it("is a usage error without --show-option", () => {
    const r = runCli(["evaluate", "examples/basic.ts", "-r"]);
    expect(r.stderr).toBe("error: -r goes with --show-option\n");
    expect(r.code).toBe(2);
  });
});

describe("lists", () => {
  it("a list's definitions are shown whole", () => {
    const r = show(["microvm.interfaces"]);
    expect(r.stdout).toContain(
      '  examples/basic.ts (priority 100): [\n      {\n        id = "usernet";\n        mac = "02:00:00:00:00:01";\n        type = "user";\n      }\n    ]\n',
    );
  });

  it("an option of a list entry shows the entry's definition and the default", () => {
    expect(show(["microvm.interfaces.0.id"]).stdout).toMatch(/\nDefined by:\n {2}examples\/basic\.ts: "usernet"\n$/);
    expect(show(["microvm.interfaces.0.bridge"]).stdout).toMatch(
      /\nDefined by:\n {2}modules\/microvm\/options\.ts \(the option's default\): null\n$/,
    );
  });
});

describe("colour", () => {
  it("none when piped", () => {
    expect(show(["microvm.mem"], { FORCE_COLOR: "", NO_COLOR: "" }).stdout).not.toContain("\x1b[");
  });

  it("headings bold when forced (as on a terminal), overridden definitions dim", () => {
    const r = show(["microvm.mem"], { FORCE_COLOR: "1" });
    expect(r.stdout).toContain("\x1b[1mValue:\x1b[22m\n512\n");
    expect(r.stdout).toContain("\x1b[2m  modules/microvm/options.ts (priority 1500, the option's default, overridden): 512\x1b[22m");
  });

  it("none with NO_COLOR, even when forced", () => {
    expect(show(["microvm.mem"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain("\x1b[");
  });
});
