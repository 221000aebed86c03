/**
 * Issue 12, inputs the CLI reads or prints: a Promise as default export, a
 * symlink loop, a folder named like a config, a JSON file with a byte order
 * mark, control characters in printed values, `docs --source-url`, and the
 * runner command's own guards (host-name type, names that leave their folder,
 * `--store`, the whole-folder write).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSourceUrlTemplate, isAllowedSourceUrl } from "../../docs-gen/declarations.js";
import { printable } from "../../src/commands/printable.js";
import { runCli, stubsFile } from "../cli/run-cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "microvm-inputs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
};

describe("config files", () => {
  it("awaits a default export that is a Promise", () => {
    const file = write("promised.mjs", 'export default Promise.resolve({ config: { microvm: { mem: 777 } } });\n');
    const r = runCli(["evaluate", file, "--pkgs", stubsFile, "--show-option", "microvm.mem"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("777");
  });

  it("names the file of a rejected Promise", () => {
    const file = write("rejected.mjs", 'export default Promise.reject(new Error("no config today"));\n');
    const r = runCli(["evaluate", file, "--pkgs", stubsFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${file}: the default export is a Promise that was rejected: no config today\n`);
  });

  it("reports a symlink loop", () => {
    const loop = path.join(scratch, "loop.ts");
    symlinkSync(loop, loop);
    const r = runCli(["evaluate", loop, "--pkgs", stubsFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${loop}: is a symbolic link that leads to itself (a loop)\n`);
  });

  it("reports a folder named like a config file", () => {
    const folder = path.join(scratch, "x.ts");
    mkdirSync(folder);
    const r = runCli(["evaluate", folder, "--pkgs", stubsFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${folder}: is a folder (or another non-file), not a config file\n`);
  });

  it("reads a JSON config with a UTF-8 byte order mark", () => {
    const file = write("bom.json", `\uFEFF${JSON.stringify({ microvm: { mem: 555 } })}`);
    const r = runCli(["evaluate", file, "--pkgs", stubsFile, "--show-option", "microvm.mem"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("555");
  });
});

describe("printed text", () => {
  it("escapes control characters but keeps line feeds and tabs", () => {
    expect(printable("a\u001b[2Jb\tc\nd\u0007\u009b")).toBe("a\\x1b[2Jb\tc\nd\\x07\\x9b");
  });

  it("a warning and an error holding an escape sequence print it escaped", () => {
    const file = write("escape.mjs", 'export default { config: { warnings: ["\\u001b]0;pwned\\u0007qemu"], microvm: { vcpu: "\\u001b]0;pwned\\u0007qemu" } } };\n');
    const r = runCli(["evaluate", file, "--pkgs", stubsFile]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(r.stderr).toContain("\\x1b]0;pwned\\x07qemu");
  });
});

describe("docs --source-url", () => {
  it("accepts http(s) and relative templates only", () => {
    for (const ok of ["https://example.org/src/{path}#L{line}", "http://x/{path}", "../src/{path}", "{path}#L{line}"]) {
      expect(isAllowedSourceUrl(ok), ok).toBe(true);
    }
    for (const bad of ["javascript:alert(1)//{path}", "JavaScript:x", "data:text/html,x", "file:///etc/{path}", "//evil.example/{path}", "vbscript:x"]) {
      expect(isAllowedSourceUrl(bad), bad).toBe(false);
    }
  });

  it("is refused by docs-gen itself, for callers other than the CLI", () => {
    expect(() => checkSourceUrlTemplate("javascript:alert(1)//{path}")).toThrow("must be an http:// or https:// URL template, or a relative one");
    expect(() => checkSourceUrlTemplate("https://example.org/{path}")).not.toThrow();
  });

  it("refuses another template with a usage error", () => {
    const r = runCli(["docs", "--source-url", "javascript:alert(1)"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--source-url must be an http:// or https:// URL template, or a relative one");
  });
});

describe("microvm runner", () => {
  it("refuses a host name NixOS refuses, naming the option", () => {
    const file = write("host.json", JSON.stringify({ networking: { hostName: "$(touch M)" } }));
    const r = runCli(["runner", file, "--pkgs", stubsFile, "--out", path.join(scratch, "never")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("/networking/hostName");
    expect(existsSync(path.join(scratch, "never"))).toBe(false);
  });

  it("refuses a share tag or binScripts name that would leave its folder, naming the option", () => {
    const tag = write("tag.json", JSON.stringify({ microvm: { shares: [{ tag: "../../x", source: "/srv", mountPoint: "/m", proto: "virtiofs" }] } }));
    const r = runCli(["runner", tag, "--pkgs", stubsFile, "--hypervisor", "cloud-hypervisor", "--out", path.join(scratch, "never")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("The option `microvm.shares.*.tag' is \"../../x\", which contains \"/\"");
    const bin = write("bin.json", JSON.stringify({ microvm: { binScripts: { "../escape": "echo hi" } } }));
    const b = runCli(["runner", bin, "--pkgs", stubsFile, "--out", path.join(scratch, "never")]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('The option `microvm.binScripts."../escape"\' is "../escape", which contains "/"');
    expect(existsSync(path.join(scratch, "never"))).toBe(false);
  });

  it("writes the store files into --store, never into /nix/store", () => {
    const file = write("shares.json", JSON.stringify({ microvm: { shares: [{ tag: "data", source: "/srv", mountPoint: "/m", proto: "virtiofs" }] } }));
    const out = path.join(scratch, "runner-out");
    const store = path.join(scratch, "store");
    const r = runCli(["runner", file, "--pkgs", stubsFile, "--hypervisor", "cloud-hypervisor", "--out", out, "--store", store]);
    expect(r.code).toBe(0);
    const run = readFileSync(path.join(out, "bin/virtiofsd-run"), "utf8");
    expect(run).toContain(`${store}/`);
    expect(run).not.toContain("/nix/store/00000000000000000000000000000000-nixos-virtiofsd");
    expect(readdirSync(store).some((f) => /^[0-9a-f]{32}-nixos-virtiofsd-supervisord\.conf$/.test(f))).toBe(true);
    expect(readdirSync(scratch).filter((f) => f.startsWith(".runner-out."))).toEqual([]);
  });
});

describe("microvm run", () => {
  it("keeps the VM's state apart from the runner it replaces: a volume survives the next run", () => {
    // fake programs the host package set finds on PATH: qemu records, mkfs writes a mark
    // (in a folder named bin: the host package set prefers programs in one)
    const bin = path.join(scratch, "run", "bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, "qemu-system-x86_64"), '#!/bin/sh\necho "$@" > "$PWD/qemu-args"\n', { mode: 0o755 });
    writeFileSync(path.join(bin, "mkfs.ext4"), '#!/bin/sh\nfor a; do last=$a; done; echo formatted > "$last"\n', { mode: 0o755 });
    writeFileSync(path.join(bin, "coreutils"), "#!/bin/sh\n", { mode: 0o755 });
    const config = write(
      "run.mjs",
      "const kernel = { type: 'derivation', name: 'k', outPath: '/k', outputName: 'out', outputs: {}, toString: () => '/k' };\n" +
        "kernel.outputs.out = kernel;\n" +
        "export default { config: { networking: { hostName: 'runvm' }, microvm: { hypervisor: 'qemu', kernel, initrdPath: '/initrd', storeOnDisk: false,\n" +
        "  volumes: [{ image: 'var.img', mountPoint: '/var', size: 1 }] } } };\n",
    );
    const state = path.join(scratch, "run-state");
    const env = { PATH: `${bin}:${process.env.PATH}` };
    const first = runCli(["run", config, "--state", state], env);
    expect(first.stderr.replace(/^chattr: .*\n/m, "")).toBe("");
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(path.join(state, "var.img"), "utf8")).toBe("formatted\n");
    writeFileSync(path.join(state, "var.img"), "the VM's data\n", { flag: "a" });
    const second = runCli(["run", config, "--state", state], env);
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(path.join(state, "var.img"), "utf8")).toBe("formatted\nthe VM's data\n");
    expect(readdirSync(state).sort()).toEqual(["qemu-args", "runner", "var.img"]);
    expect(existsSync(path.join(state, "runner", "bin", "microvm-run"))).toBe(true);
  });

  it("refuses a runner folder that would hold the state folder", () => {
    const file = write("plain.json", JSON.stringify({ networking: { hostName: "vm" } }));
    const state = path.join(scratch, "same");
    const r = runCli(["run", file, "--pkgs", stubsFile, "--state", state, "--out", state]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is replaced on every run, so it cannot hold the VM's state folder");
  });
});
