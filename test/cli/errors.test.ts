/**
 * Errors a newcomer meets, with what to do about them, and their exit codes:
 * 1 for an evaluation or build error, 2 for a usage error.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli, stubsFile } from "./run-cli.js";

const fixture = (name: string) => path.join("test/cli/fixtures", name);
/** A PATH with no hypervisor on it (the host set also looks in the sbin folders, which have none in CI). */
const emptyPath = { PATH: mkdtempSync(path.join(tmpdir(), "microvm-empty-path-")) };

describe("a program or a kernel the host lacks", () => {
  it("names the hypervisor that is not installed and what to do", () => {
    const r = runCli(["runner", fixture("cloud-hypervisor.ts"), "--json"], emptyPath);
    expect(r.stderr).toBe(
      "error: cloud-hypervisor is not installed: no `cloud-hypervisor` on the PATH; install it or give its package with --pkgs FILE\n",
    );
    expect(r.code).toBe(1);
  });

  it("with --pkgs FILE, runner --out writes the runner as --json prints it", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "microvm-runner-")), "ch");
    const r = runCli(["runner", fixture("cloud-hypervisor.ts"), "--pkgs", stubsFile, "--out", out]);
    // microvm.nix's own warning for this backend, nothing else
    expect(r.stderr).toBe("warning: cloud-hypervisor supports systemd-notify via vsock, but `microvm.vsock.cid` must be set to enable this.\n");
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, "bin/microvm-run"))).toBe(true);
  });

  it("run without a kernel says which options to set", () => {
    const r = runCli(["run", "examples/basic.ts", "--out", mkdtempSync(path.join(tmpdir(), "microvm-run-"))]);
    expect(r.stderr).toContain(
      "error: microvm-run: the guest has no kernel: set `microvm.kernel` to a package holding bzImage " +
        '(kernelFromFile("/boot/vmlinuz-…") from nixmod-ts/microvm makes one of a kernel file) and `microvm.initrdPath` to its initrd\n',
    );
    expect(r.code).toBe(1);
  });
});

describe("evaluate --json reads every value, as nix eval --json does", () => {
  // nix-instantiate --eval --strict --json (Nix 2.8, nixpkgs lib de42d442) of a listOf submodule
  // entry without its `mac`: "error: The option `xs."[definition 1-entry 1]".mac' was accessed but has no value defined. Try setting the option."
  it("fails on an option used but not defined (an interface without mac)", () => {
    const r = runCli(["evaluate", fixture("tap-without-mac.ts"), "--json", "microvm.interfaces"]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "error: The option `microvm.interfaces.\"[definition 1-entry 1]\".mac' was accessed but has no value defined. Try setting the option.\n",
    );
    expect(r.code).toBe(1);
  });

  it("--omit-undefined leaves such options out", () => {
    const r = runCli(["evaluate", fixture("tap-without-mac.ts"), "--json", "microvm.interfaces", "--omit-undefined"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ type: "tap", id: "vm-nomac", bridge: null, macvtap: {} }]);
  });
});

describe("--show-trace", () => {
  it("shows the stack of the config's own code, at its lines in the .ts file", () => {
    const r = runCli(["--show-trace", "evaluate", fixture("throws-in-getter.ts"), "--json", "microvm.mem"]);
    expect(r.code).toBe(1);
    const file = path.join(repoRoot, fixture("throws-in-getter.ts"));
    expect(r.stderr).toMatch(/^error: Error: too many vCPUs for this budget\n… while evaluating the option `microvm.mem'/);
    expect(r.stderr).toContain("caused by: Error: too many vCPUs for this budget\n");
    expect(r.stderr).toContain(`    at memFor (${file}:4:11)\n`);
    expect(r.stderr).toContain(`    at Object.get mem (${file}:13:14)\n`);
  });

  it("without it, no stack", () => {
    const r = runCli(["evaluate", fixture("throws-in-getter.ts"), "--json", "microvm.mem"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("usage errors exit 2", () => {
  it("an unknown hypervisor", () => {
    const r = runCli(["runner", "examples/basic.ts", "--hypervisor", "qemux", "--json"]);
    expect(r.stderr).toBe(
      'error: --hypervisor: unknown hypervisor "qemux"; known: qemu, cloud-hypervisor, firecracker, crosvm, kvmtool, stratovirt, alioth\n',
    );
    expect(r.code).toBe(2);
  });

  it("a --source-url without {path}", () => {
    const r = runCli(["docs", "--format", "json", "--source-url", "https://example.org/src"]);
    expect(r.stderr).toMatch(/^error: --source-url: the source URL template must contain \{path\}/);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
  });

  it("an unknown --system", () => {
    const r = runCli(["evaluate", "examples/basic.ts", "--system", "x86-64-linux"]);
    expect(r.stderr).toMatch(/^error: --system: unknown system 'x86-64-linux'; did you mean `x86_64-linux'\? \(known: x86_64-linux, /);
    expect(r.code).toBe(2);
  });
});
