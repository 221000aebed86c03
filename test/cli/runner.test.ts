/**
 * `microvm runner`: from a config file to the runner lib/runner.nix builds.
 * For every golden case and hypervisor, the runner built from the config
 * file (loaded, validated, evaluated by the front end) equals the runner
 * built from the golden `config.microvm` (shared/golden/microvm; how the
 * runners match microvm.nix's is test/runners' business): name, store
 * path, passthru, every bin/ script, warnings, or the error.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { failedAssertions } from "../../src/checks.js";
import { evaluate } from "../../src/evaluate.js";
import { runnerOf } from "../../src/runner-of-config.js";
import { hypervisors } from "../../src/runners/index.js";
import { buildRunner, type Runner } from "../../src/runners/runner.js";
import { loadGoldenCase } from "../runners/golden-harness.js";
import { withModuleQuotingFixes } from "../microvm/module-quoting-fixes.js";
import { applyQuotingFixes } from "../runners/quoting-fixes.js";
import { goldenDir, runCli, stubsFile } from "./run-cli.js";

const casesDir = path.join(goldenDir, "cases");
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(casesDir, file), "utf8"));
const scratch = mkdtempSync(path.join(tmpdir(), "microvm-runner-"));

interface GoldenRunner {
  name?: string;
  binScripts?: Record<string, string>;
  warnings: string[];
  error: string | null;
}

/** The golden cases a user could build: no harness-only version overrides, no failed assertions (the CLI refuses those). */
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith(".input.json"))
  .map((f) => f.slice(0, -".input.json".length))
  .filter((name) => (read(`${name}.checks.json`) as { failedAssertions: string[] }).failedAssertions.length === 0)
  .filter((name) => (read(`${name}.input.json`) as { golden?: { versions?: unknown } }).golden?.versions === undefined)
  .sort();

/** The case's input as a config file (without the harness' `golden.*`), and the platform it picks. */
function configFile(name: string): { file: string; system?: string; buildSystem?: string } {
  const { golden, ...input } = read(`${name}.input.json`) as { golden?: { system?: string; buildSystem?: string } };
  const file = path.join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(input));
  return { file, system: golden?.system, buildSystem: golden?.buildSystem };
}

/** What a build gives, comparable: the runner's parts, or the error message. */
function outcome(build: () => Runner): object {
  try {
    const r = build();
    return { name: r.name, path: r.path, passthru: r.passthru, binScripts: r.binScripts, files: r.files, warnings: r.warnings };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe.each(cases)("%s", (name) => {
  it.each(hypervisors)("%s", async (hypervisor) => {
    const { file, system, buildSystem } = configFile(name);
    const { configuration, pkgs } = await evaluate({ files: [file], pkgsFile: stubsFile, system, buildSystem });
    expect(failedAssertions(configuration)).toEqual([]);

    const golden = loadGoldenCase(casesDir, name, hypervisor);
    const goldenPkgs = golden.pkgs();
    // the golden config's scripts with the quoting fixes of issue 12 (test/microvm/module-quoting-fixes.ts)
    const microvmConfig = { ...golden.microvmConfig, binScripts: withModuleQuotingFixes({ binScripts: golden.microvmConfig.binScripts }).binScripts };
    const expected = outcome(() =>
      buildRunner({
        microvmConfig,
        pkgs: goldenPkgs,
        vmHostPackages: golden.vmHostPackagesOf(goldenPkgs),
        // the NixOS stand-in's toplevel (golden README, "Fake store paths")
        toplevel: goldenPkgs.storePath(`nixos-system-${golden.microvmConfig.hostName}-25.11.20251103.0000000`),
      }),
    );
    expect(outcome(() => runnerOf(configuration, pkgs, hypervisor))).toEqual(expected);
  });
});

describe("microvm runner (the command)", () => {
  it("prints the runner as JSON", () => {
    const { file } = configFile("case-12");
    const r = runCli(["runner", file, "--pkgs", stubsFile, "--hypervisor", "cloud-hypervisor", "--json"]);
    expect(r.code).toBe(0);
    const golden = (read("case-12.cloud-hypervisor.json") as { runner: GoldenRunner }).runner;
    // upstream's scripts with the quoting fixes of issue 12 (test/runners/quoting-fixes.ts)
    const binScripts = Object.fromEntries(Object.entries(golden.binScripts ?? {}).map(([k, v]) => [k, applyQuotingFixes(v)]));
    expect(JSON.parse(r.stdout)).toMatchObject({ name: golden.name, binScripts });
    // cloud-hypervisor warns about systemd-notify without vsock.cid
    expect(r.stderr).toBe(golden.warnings.map((w) => `warning: ${w.replace(/\n$/, "")}\n`).join(""));
  });

  it("writes the runner folder with executable scripts", () => {
    const out = path.join(scratch, "runner-out");
    const r = runCli(["runner", "examples/basic.ts", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const run = path.join(out, "bin/microvm-run");
    expect(readFileSync(run, "utf8")).toMatch(/^#!\/usr\/bin\/env bash\nset -eou pipefail\n/);
    expect(statSync(run).mode & 0o111).not.toBe(0);
    expect(existsSync(path.join(out, "bin/microvm-shutdown"))).toBe(true);
    expect(readFileSync(path.join(out, "share/microvm/tap-flags"), "utf8")).toBe("vnet_hdr\nmulti_queue\n");
  });

  it("prints the error of a runner that cannot be built (exit 1)", () => {
    const { file } = configFile("case-07");
    const r = runCli(["runner", file, "--pkgs", stubsFile, "--hypervisor", "firecracker", "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${(read("case-07.firecracker.json") as { runner: GoldenRunner }).runner.error}\n`);
  });

  it("refuses a config whose assertions fail, and needs --out or --json", () => {
    expect(runCli(["runner", path.join(casesDir, "case-32.input.json"), "--json"]).stderr).toMatch(/^Failed assertions:\n/);
    expect(runCli(["runner", "examples/basic.ts"]).code).toBe(2);
  });
});
