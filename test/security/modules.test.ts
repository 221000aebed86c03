/**
 * Issue 12, the host scripts the guest modules write: virtiofsd's per-share
 * script (`virtiofsd.group`, share source, socket, tag) and `pci-setup`
 * (device paths). Each payload goes through the module system into all of
 * them at once; the scripts pass `bash -n` and shellcheck, and virtiofsd's
 * script gives the fake virtiofsd the harmless run's argv with only the
 * value substituted. (pci-setup writes to /sys, so it is checked statically.)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateModules } from "../../src/evaluate.js";
import { packageSetFromEntries } from "../../pkgs/package-set.js";
import { runnerOf } from "../../src/runner-of-config.js";
import { placeStoreFiles, writePlacedFiles } from "../../src/runners/store.js";
import { harmless, makeSandbox, payloads, removeSandbox, shellcheck, syntaxErrors } from "./harness.js";

const sandbox = makeSandbox("modules");
afterAll(() => removeSandbox(sandbox));

/** Builds the cloud-hypervisor runner of a config with `value` in every option the host scripts use; runs virtiofsd's script. */
function scriptsWith(value: string, label: string): { scripts: string[]; argv: string[] } | { refused: string } {
  const pkgs = packageSetFromEntries(sandbox.entries, { system: "x86_64-linux" });
  const config = {
    networking: { hostName: "vm" },
    microvm: {
      hypervisor: "cloud-hypervisor",
      virtiofsd: { group: value },
      shares: [{ tag: "data", source: `/srv/${value}`, socket: `${value}.sock`, mountPoint: "/data", proto: "virtiofs" }],
      devices: [{ bus: "pci", path: value }],
    },
  };
  let placed;
  try {
    const configuration = evaluateModules([{ _file: "payload", config }], pkgs);
    placed = placeStoreFiles(runnerOf(configuration, pkgs), path.join(sandbox.root, label, "store"), "/usr/bin/env bash");
  } catch (error) {
    return { refused: (error as Error).message };
  }
  writePlacedFiles(placed.files);
  const virtiofsd = placed.files.find((f) => f.path.endsWith("-virtiofsd-data"));
  if (virtiofsd === undefined) throw new Error("no virtiofsd script");
  const argvDir = path.join(sandbox.root, label, "argv");
  mkdirSync(argvDir, { recursive: true });
  const run = spawnSync(virtiofsd.path, [], { env: { PATH: "/usr/bin:/bin", ARGV_DIR: argvDir }, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const [record] = readdirSync(argvDir);
  const pciSetup = path.join(sandbox.root, label, "pci-setup");
  writeFileSync(pciSetup, `#!/usr/bin/env bash\n${placed.runner.binScripts["pci-setup"]}`);
  return {
    scripts: [virtiofsd.path, pciSetup],
    argv: readFileSync(path.join(argvDir, record), "utf8").split("\0").slice(0, -1),
  };
}

describe("host scripts of the guest modules", () => {
  it("quote virtiofsd.group, share sources and sockets, device paths", () => {
    const reference = scriptsWith(harmless, "harmless");
    if ("refused" in reference) throw new Error(reference.refused);
    const scripts = [...reference.scripts];
    let runs = 0;
    for (const [name, payload] of Object.entries(payloads)) {
      const result = scriptsWith(payload, name.replace(/[^a-z]/g, "_"));
      runs++;
      if ("refused" in result) {
        // a socket name longer than a file name may be, a device path with a line break
        expect(result.refused, name).toMatch(/microvm\.(shares\.\d+\.socket|devices\.\d+\.path)/);
        continue;
      }
      scripts.push(...result.scripts);
      expect(result.argv, name).toEqual(reference.argv.map((a) => a.replaceAll(harmless, payload)));
    }
    expect(runs).toBe(Object.keys(payloads).length);
    expect(syntaxErrors(scripts)).toEqual([]);
    expect([...shellcheck(scripts).values()].flat()).toEqual([]);
  });
});
