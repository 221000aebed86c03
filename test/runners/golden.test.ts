/**
 * Every backend and the runner built from it against every golden case
 * (shared/golden/microvm/cases/case-NN.<hypervisor>.json): the backend's
 * fields as lib/runners/<hv>.nix gives them, and the runner as
 * lib/runner.nix builds it — its bin/ scripts, the writer files they refer
 * to, and the share/microvm/ tree, compared with the tree the golden
 * runCommand script makes when bash runs it.
 *
 * Where we fix an upstream bug on purpose, the `deviations` table says
 * which hypervisor and fields differ and why; each entry first asserts
 * that the golden data shows the upstream behaviour, then turns the golden
 * expectation into the corrected one, which is compared as exactly as the rest.
 */
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PackageSet } from "../../pkgs/package-set.js";
import { backendFor, hypervisors } from "../../src/runners/index.js";
import { type Runner, RunnerBuildError, buildRunner } from "../../src/runners/runner.js";
import type { MicrovmConfig } from "../../src/runners/types.js";
import { escapeShellArg, withDriveLetters } from "../../src/runners/util.js";
import {
  type GoldenCase,
  type GoldenRunner,
  type RunnerFields,
  caseNames,
  goldenDir,
  goldenFields,
  goldenOutput,
  loadGoldenCase,
  runBackend,
} from "./golden-harness.js";
import { applyQuotingFixes, quotingFixes } from "./quoting-fixes.js";

const goldenCasesDir = path.join(goldenDir, "cases");
/** More cases made by the golden harness with the real Nix (see its README). */
const extraCasesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "runner-extra-cases");

/** What one test compares: the backend's fields and the built runner. */
interface Expectation {
  fields: RunnerFields;
  runner: GoldenRunner;
}

interface CaseContext {
  name: string;
  hypervisor: string;
  goldenCase: GoldenCase;
  config: MicrovmConfig;
}

// ------------------------------------------------------------ deviations

interface Deviation {
  hypervisor: string;
  /** Golden fields that differ. */
  fields: string[];
  why: string;
  appliesTo(config: MicrovmConfig): boolean;
  /** Asserts the golden data shows the upstream bug, returns the corrected expectation. */
  correct(expected: Expectation, ctx: CaseContext): Expectation;
}

const upstreamKvmtoolDeviceError =
  "anonymous function at <microvm>/lib/runners/kvmtool.nix:83:12 called with unexpected argument 'qemu'";

/** Applies `fix` to the command and to the same command inside microvm-run. */
function fixCommand(expected: Expectation, fix: (command: string) => string): Expectation {
  const { fields, runner } = expected;
  if (fields.command === null) return expected;
  const fixed = fix(fields.command);
  const run = runner.binScripts?.["microvm-run"];
  expect(run === undefined || run.includes(fields.command)).toBe(true);
  return {
    fields: { ...fields, command: fixed },
    runner:
      run === undefined
        ? runner
        : { ...runner, binScripts: { ...runner.binScripts, "microvm-run": run.replace(fields.command, () => fixed) } },
  };
}

const deviations: Deviation[] = [
  {
    hypervisor: "kvmtool",
    fields: ["command", "runner.binScripts.microvm-run"],
    why: "upstream passes the literal word `image` instead of the volume's image (fixed upstream in 9ddb425)",
    appliesTo: (config) => config.volumes.length > 0,
    correct: (expected, { config }) =>
      fixCommand(expected, (command) => {
        let from = 0;
        for (const { image, direct, readOnly } of config.volumes) {
          const flags = `${direct ? ",direct" : ""}${readOnly ? ",ro" : ""}`;
          const upstream = ` -d ${escapeShellArg(`image${flags}`)}`;
          const at = command.indexOf(upstream, from);
          expect(at, `upstream's ${upstream} in the golden command`).toBeGreaterThanOrEqual(0);
          const fixed = ` -d ${escapeShellArg(`${image}${flags}`)}`;
          command = command.slice(0, at) + fixed + command.slice(at + upstream.length);
          from = at + fixed.length;
        }
        return command;
      }),
  },
  {
    hypervisor: "kvmtool",
    fields: ["command", "error", "errors.command", "runner"],
    why:
      "upstream's device pattern `{ bus, path }` lacks `...`, so every device fails on its `qemu` attribute; " +
      "ours gives PCI devices as `--vfio-pci=<path>` and refuses USB ones",
    appliesTo: (config) => config.devices.length > 0,
    correct: (expected, ctx) => {
      if (expected.fields.error !== upstreamKvmtoolDeviceError) {
        // an error upstream meets before the devices (case-53: a virtiofs share) stays the same
        expect(expected.runner.error).not.toBe(upstreamKvmtoolDeviceError);
        return expected;
      }
      expect(expected.runner.error).toBe(upstreamKvmtoolDeviceError);
      // the same case without devices, which upstream handles, plus the device arguments
      const withoutDevices = { ...ctx.config, devices: [] };
      const base = runBackend(backendFor("kvmtool"), { ...ctx.goldenCase, microvmConfig: withoutDevices });
      const { command: _upstreamError, ...otherErrors } = expected.fields.errors;
      if (ctx.config.devices.some(({ bus }) => bus === "usb")) {
        const usb = "USB passthrough is not supported on kvmtool";
        return {
          fields: { ...expected.fields, errors: { ...otherErrors, command: usb }, error: usb },
          runner: { error: usb, warnings: expected.runner.warnings },
        };
      }
      const devices = ctx.config.devices.map(({ path: p }) => escapeShellArg(`--vfio-pci=${p}`));
      const command = `${base.command} ${devices.join(" ")}`;
      const baseRunner = runnerView(buildGoldenRunner({ ...ctx, config: withoutDevices }));
      const binScripts = { ...baseRunner.binScripts };
      binScripts["microvm-run"] = binScripts["microvm-run"].replace(base.command ?? "", () => command);
      return {
        fields: { ...expected.fields, command, error: null, errors: otherErrors },
        runner: { ...baseRunner, binScripts },
      };
    },
  },
  {
    hypervisor: "stratovirt",
    fields: ["command", "runner.binScripts.microvm-run"],
    why:
      "upstream gives multi-queue netdevs `queues=` twice and several macvtap fds as `fd=3 4`; " +
      "ours gives `queues=` once and `fds=3:4`",
    appliesTo: (config) => config.vcpu > 1 && config.interfaces.length > 0,
    correct: (expected, { config }) =>
      fixCommand(expected, (command) =>
        command.replace(/ -netdev '([^']*)'/g, (_, netdev: string) => {
          const repeated = `,queues=${config.vcpu}`;
          expect(netdev.endsWith(repeated), `upstream's second queues= in ${netdev}`).toBe(true);
          const fixed = netdev
            .slice(0, -repeated.length)
            .replace(/,fd=([0-9]+(?: [0-9]+)+)(?=,|$)/, (_m, fds: string) => `,fds=${fds.split(" ").join(":")}`);
          return ` -netdev ${escapeShellArg(fixed)}`;
        }),
      ),
  },
  {
    hypervisor: "qemu",
    fields: ["command", "runner.binScripts.microvm-run"],
    why:
      "upstream adds `cache=none` to every volume (it tests `direct != null` on a bool); " +
      "ours only to `direct` volumes (runners-A's fix, see test/runners/qemu.test.ts)",
    appliesTo: (config) => withDriveLetters(config).some(({ direct }) => !direct),
    correct: (expected, { config }) =>
      fixCommand(expected, (command) =>
        withDriveLetters(config)
          .filter(({ direct }) => !direct)
          .reduce((cmd, { letter }) => {
            const upstream = new RegExp(`(id=vd${letter},[^ ]*?,discard=unmap),cache=none,`);
            expect(cmd, `upstream's cache=none on vd${letter}`).toMatch(upstream);
            return cmd.replace(upstream, "$1,");
          }, command),
      ),
  },
];

// ------------------------------------------------------------ shell quoting

/** The quoting fixes that changed some golden text (each must, or it is dead). */
const quotingFixesUsed = new Set<string>();
const fixQuotingText = (text: string | null): string | null => applyQuotingFixes(text, quotingFixesUsed);

/** Applies the quoting fixes to every script text of an expectation. */
function fixQuoting(expected: Expectation): Expectation {
  const fix = fixQuotingText;
  const { fields, runner } = expected;
  return {
    fields: {
      ...fields,
      command: fix(fields.command),
      shutdownCommand: fix(fields.shutdownCommand),
      preStart: fix(fields.preStart),
      setBalloonScript: fix(fields.setBalloonScript),
      openMacvtapFds: fix(fields.openMacvtapFds),
    },
    runner:
      runner.binScripts === undefined
        ? runner
        : {
            ...runner,
            binScripts: Object.fromEntries(Object.entries(runner.binScripts).map(([k, v]) => [k, fix(v) ?? v])),
          },
  };
}

// ------------------------------------------------------------ runner

/** The case's package sets, with the config's writer files (checks.json) written into vmHostPackages. */
function casePackages(ctx: CaseContext): { pkgs: PackageSet; vmHostPackages: PackageSet } {
  const pkgs = ctx.goldenCase.pkgs();
  const vmHostPackages = ctx.goldenCase.vmHostPackagesOf(pkgs);
  for (const file of Object.values(ctx.goldenCase.configFiles)) {
    if (file.kind === "writers.writeJSON") vmHostPackages.writeJSON(file.name, file.json);
    else vmHostPackages[file.kind](file.name, file.text ?? "");
  }
  return { pkgs, vmHostPackages };
}

function buildGoldenRunner(ctx: CaseContext): Runner | RunnerBuildError {
  const { pkgs, vmHostPackages } = casePackages(ctx);
  // the NixOS stand-in's system.build.toplevel (golden README, "Fake store paths")
  const toplevel = pkgs.storePath(`nixos-system-${ctx.config.hostName}-25.11.20251103.0000000`);
  try {
    return buildRunner({ microvmConfig: ctx.config, pkgs, vmHostPackages, toplevel });
  } catch (error) {
    if (error instanceof RunnerBuildError) return error;
    throw error;
  }
}

/** Our runner in the shape of the golden `runner` (without `buildScript`). */
function runnerView(runner: Runner | RunnerBuildError): GoldenRunner {
  if (runner instanceof RunnerBuildError) return { error: runner.message, warnings: [...runner.warnings] };
  return {
    name: runner.name,
    path: runner.path,
    passthru: runner.passthru,
    binScripts: runner.binScripts,
    files: Object.fromEntries(Object.entries(runner.storeFiles).map(([p, f]) => [p, { ...f }])),
    warnings: [...runner.warnings],
    error: null,
  };
}

/** Every file and symlink under `dir`: path → content, or `-> target` for a symlink. */
function readTree(dir: string, prefix = ""): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, prefix))) {
    const rel = path.join(prefix, entry);
    const stat = lstatSync(path.join(dir, rel));
    if (stat.isSymbolicLink()) tree[rel] = `-> ${readlinkSync(path.join(dir, rel))}`;
    else if (stat.isDirectory()) Object.assign(tree, readTree(dir, rel));
    else tree[rel] = readFileSync(path.join(dir, rel), "utf8");
  }
  return tree;
}

/** The tree the golden runCommand script makes (bash with `$out` set). */
function goldenTree(buildScript: string): Record<string, string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "microvm-golden-")), "out");
  try {
    execFileSync("bash", ["-euc", buildScript], { env: { out, PATH: process.env.PATH } });
    return readTree(out);
  } finally {
    rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

/** Our runner's tree as the Nix build would lay it out (bin/ entries link to the scripts' store paths). */
function ourTree(runner: Runner, ctx: CaseContext): Record<string, string> {
  const { vmHostPackages } = casePackages(ctx);
  const tree: Record<string, string> = { ...runner.files };
  for (const [link, target] of Object.entries(runner.symlinks)) tree[link] = `-> ${target}`;
  for (const scriptName of Object.keys(runner.binScripts)) {
    tree[`bin/${scriptName}`] = `-> ${vmHostPackages.storePath(`microvm-${ctx.config.hostName}-${scriptName}`)}`;
  }
  return tree;
}

// ------------------------------------------------------------ cases

function testCases(dir: string, suffix: string): void {
  for (const name of caseNames(dir)) {
    for (const hypervisor of hypervisors) {
      if (!existsSync(path.join(dir, `${name}.${hypervisor}.json`))) continue;
      it(`${name} ${hypervisor}${suffix}`, () => {
        const goldenCase = loadGoldenCase(dir, name, hypervisor);
        const ctx: CaseContext = { name, hypervisor, goldenCase, config: goldenCase.microvmConfig };
        const golden = goldenOutput(goldenCase, hypervisor);
        const { buildScript, ...goldenRunnerFields } = golden.runner;
        let expected: Expectation = { fields: goldenFields(golden), runner: goldenRunnerFields };
        for (const deviation of deviations) {
          if (deviation.hypervisor === hypervisor && deviation.appliesTo(ctx.config)) {
            expected = deviation.correct(expected, ctx);
          }
        }
        expected = fixQuoting(expected);

        expect(runBackend(backendFor(hypervisor), goldenCase)).toEqual(expected.fields);

        const runner = buildGoldenRunner(ctx);
        expect(runnerView(runner)).toEqual(expected.runner);
        if (buildScript !== undefined && !(runner instanceof RunnerBuildError)) {
          expect(ourTree(runner, ctx)).toEqual(goldenTree(buildScript));
        }
      });
    }
  }
}

describe("golden microvm.nix runners", () => {
  it("finds the golden cases", () => {
    expect(caseNames(goldenCasesDir).length).toBeGreaterThan(0);
  });
  testCases(goldenCasesDir, "");
});

describe("runner-extra-cases (made by the golden harness)", () => {
  testCases(extraCasesDir, " (extra)");
});

describe("quoting fixes", () => {
  it("each changes some golden text (none is dead)", () => {
    expect([...quotingFixesUsed].sort()).toEqual(quotingFixes.map(({ name }) => name).sort());
  });
});
