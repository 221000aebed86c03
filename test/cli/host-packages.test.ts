/** The host package set: programs found on a search path become packages; writers write into the store folder. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultStoreDir, hostPackageSet, missingPackagesDir, missingPackagesIn } from "../../pkgs/host.js";
import type { Runner } from "../../src/runners/runner.js";
import { placeStoreFiles, writePlacedFiles } from "../../src/runners/store.js";

/** A fake machine: `usr/bin` and `usr/sbin` holding the given scripts. */
function fakeHost(programs: Record<string, string>): { root: string; searchPath: string[]; storeDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "microvm-host-"));
  for (const [rel, text] of Object.entries(programs)) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `#!/bin/sh\n${text}\n`);
    chmodSync(file, 0o755);
  }
  return { root, searchPath: [path.join(root, "usr/sbin"), path.join(root, "usr/bin")], storeDir: path.join(root, "store") };
}

describe("hostPackageSet", () => {
  const host = fakeHost({
    "usr/bin/qemu-system-aarch64": 'echo "QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7)"',
    "usr/bin/qemu-system-x86_64": 'echo "QEMU emulator version 7.2.22"',
    "usr/sbin/ip": "true",
    "usr/bin/cloud-hypervisor": 'echo "cloud-hypervisor v41.0.0"',
  });
  const pkgs = hostPackageSet({ system: "aarch64-linux", buildSystem: "x86_64-linux", searchPath: host.searchPath, storeDir: host.storeDir });

  it("finds the prefix of a program in a bin folder, for the platform", () => {
    const qemu = pkgs.get("qemu_kvm");
    expect(qemu.outPath).toBe(path.join(host.root, "usr"));
    expect(`${qemu}`).toBe(path.join(host.root, "usr"));
    expect(qemu.version).toBe("7.2.22");
    expect(qemu.name).toBe("qemu-7.2.22");
    expect(qemu.attrs.configureFlags).toEqual(["--enable-seccomp"]);
    expect(pkgs.get("cloud-hypervisor").version).toBe("41.0.0");
    expect(pkgs.hostPlatform).toMatchObject({ system: "aarch64-linux", isAarch64: true, kernelTarget: "Image" });
    expect(pkgs.buildPackages.hostPlatform.system).toBe("x86_64-linux");
  });

  it("links a program found outside a bin folder into a prefix of its own", () => {
    const iproute2 = pkgs.get("iproute2");
    expect(iproute2.outPath.startsWith(`${host.storeDir}/`)).toBe(true);
    expect(readlinkSync(path.join(iproute2.outPath, "bin/ip"))).toBe(path.join(host.root, "usr/sbin/ip"));
    // every output of a split nixpkgs package is the one prefix
    expect(`${iproute2.outputs.dev}`).toBe(iproute2.outPath);
  });

  it("gives a missing package a placeholder path that scripts can be checked for", () => {
    const firecracker = pkgs.get("firecracker");
    expect(firecracker.outPath).toBe(`${missingPackagesDir}/firecracker`);
    expect(firecracker.version).toBeUndefined();
    expect(pkgs.get("linuxPackages.kernel").outPath).toBe(`${missingPackagesDir}/linuxPackages.kernel`);
    expect(missingPackagesIn(`exec ${firecracker}/bin/firecracker --api-sock x; ${pkgs.get("qemu_kvm")}/bin/qemu`)).toEqual(["firecracker"]);
  });

  it("names the writers' files by content in the store folder; a runner's store files are written as nixpkgs' writers make them", () => {
    const text = pkgs.writeText("hello.txt", "hi\n");
    expect(path.dirname(text.outPath)).toBe(host.storeDir);
    expect(path.basename(text.outPath)).toMatch(/^[0-9a-f]{32}-hello\.txt$/);
    expect(existsSync(text.outPath)).toBe(false);
    expect(pkgs.files.get(text.outPath)).toEqual({ kind: "writeText", name: "hello.txt", text: "hi\n" });
    expect(pkgs.writeText("hello.txt", "other\n").outPath).not.toBe(text.outPath);
    const script = pkgs.writeShellScript("run", "echo hi");
    const bin = pkgs.writeShellScriptBin("tool", "true");
    const json = pkgs.writeJSON("c.json", { a: [1] });

    // what `microvm runner --out` does with them: placed by content, then written
    const runner = { binScripts: {}, files: {}, symlinks: {}, storeFiles: Object.fromEntries(pkgs.files) } as unknown as Runner;
    const placed = placeStoreFiles(runner, host.storeDir, "/bin/bash");
    writePlacedFiles(placed.files);
    // a writer's file where it was placed (the placed runner's store files keep the order of the runner's)
    const at = (p: string): string => Object.keys(placed.runner.storeFiles)[[...pkgs.files.keys()].indexOf(p)];
    expect(readFileSync(at(text.outPath), "utf8")).toBe("hi\n");
    expect(readFileSync(at(script.outPath), "utf8")).toBe("#!/bin/bash\necho hi");
    expect(statSync(at(script.outPath)).mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(at(bin.outPath), "bin/tool"), "utf8")).toBe("#!/bin/bash\ntrue");
    expect(JSON.parse(readFileSync(at(json.outPath), "utf8"))).toEqual({ a: [1] });
  });

  it("keeps its store under $XDG_STATE_HOME, else ~/.local/state", () => {
    expect(defaultStoreDir({ XDG_STATE_HOME: "/state" })).toBe("/state/microvm/store");
    expect(defaultStoreDir({})).toMatch(/\/\.local\/state\/microvm\/store$/);
  });
});
