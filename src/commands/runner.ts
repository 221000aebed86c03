/**
 * `microvm runner`, `microvm run`, `microvm shutdown`: build the runner of a
 * config (lib/runner.nix's port), write it to a folder, and run its scripts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Configuration } from "../../lib/index.js";
import { AssertionsFailed, configWarnings, failedAssertions, showFailedAssertions } from "../checks.js";
import { evaluate } from "../evaluate.js";
import { defaultStoreDir, missingPackagesIn, notInstalled } from "../../pkgs/host.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { runnerOf } from "../runner-of-config.js";
import type { Runner } from "../runners/runner.js";
import { fileNameProblem } from "../../modules/microvm/shell.js";
import { packageSetChoice, type PackageSetFlags } from "./package-set-flags.js";
import { printable } from "./printable.js";
import { UsageError } from "./usage-error.js";

export interface RunnerFlags extends PackageSetFlags {
  hypervisor?: string;
  out?: string;
  /** The store folder for the files the scripts refer to (default: {@link defaultStoreDir}). */
  store?: string;
  /** `run`/`shutdown`: the VM's state folder, where its scripts run (volumes, sockets); default by host name. */
  state?: string;
  json?: boolean;
}

/** `--hypervisor` names a backend, or it is a usage error (exit 2). */
async function checkHypervisorFlag(flags: RunnerFlags): Promise<void> {
  if (flags.hypervisor === undefined) return;
  const { hypervisors } = await import("../runners/index.js");
  if (!hypervisors.includes(flags.hypervisor)) {
    throw new UsageError(`--hypervisor: unknown hypervisor "${flags.hypervisor}"; known: ${hypervisors.join(", ")}`);
  }
}

/** Evaluates, checks assertions (as building a NixOS system does), prints warnings, builds the runner. */
async function buildFromFiles(
  files: string[],
  flags: RunnerFlags,
): Promise<{ configuration: Configuration; pkgs: PackageSet; runner: Runner }> {
  const { configuration, pkgs } = await evaluate({ files, ...packageSetChoice(flags) });
  const failed = failedAssertions(configuration);
  if (failed.length > 0) throw new AssertionsFailed(showFailedAssertions(failed));
  for (const w of configWarnings(configuration)) process.stderr.write(printable(`warning: ${w}\n`));
  const runner = runnerWithHostHint(configuration, pkgs, flags.hypervisor);
  for (const w of runner.warnings) process.stderr.write(printable(`warning: ${w.replace(/\n$/, "")}\n`));
  return { configuration, pkgs, runner };
}

/** The package of each hypervisor's program, as the runners read it from `pkgs`. */
const hypervisorPackages: Readonly<Record<string, string>> = {
  qemu: "qemu_kvm",
  "cloud-hypervisor": "cloud-hypervisor",
  firecracker: "firecracker",
  crosvm: "crosvm",
  kvmtool: "kvmtool",
  stratovirt: "stratovirt",
  alioth: "alioth",
};

/**
 * Builds the runner; when that fails and the hypervisor is not installed on
 * this host, says so (a backend that reads its program's version would
 * otherwise fail with Nix's `attribute 'version' missing`).
 */
function runnerWithHostHint(configuration: Configuration, pkgs: PackageSet, hypervisor: string | undefined): Runner {
  try {
    return runnerOf(configuration, pkgs, hypervisor);
  } catch (error) {
    const name = hypervisor ?? (configuration.config.microvm.hypervisor as string);
    const hint = Object.hasOwn(hypervisorPackages, name) ? notInstalled(pkgs, hypervisorPackages[name]) : null;
    throw hint === null ? error : new Error(hint, { cause: error });
  }
}

/**
 * The folders of `run` and `shutdown`: the VM's state folder, where its
 * scripts run and relative volume images and sockets live
 * (`$XDG_STATE_HOME/microvm/vms/<hostName>`, or `--state`), and the runner
 * folder (`<state>/runner`, or `--out`). They are apart because the runner
 * folder is replaced whole on every run: the VM's data must not be in it.
 */
function vmFolders(configuration: Configuration, flags: RunnerFlags): { stateDir: string; runnerDir: string } {
  let stateDir: string;
  if (flags.state !== undefined) stateDir = resolve(flags.state);
  else {
    const hostName = configuration.config.networking.hostName as string;
    const problem = fileNameProblem(hostName);
    if (problem !== null) {
      throw new UsageError(`networking.hostName ${JSON.stringify(hostName)} ${problem}, so it cannot name the VM's state folder; give one with --state`);
    }
    stateDir = join(dirname(defaultStoreDir()), "vms", hostName);
  }
  const runnerDir = resolve(flags.out ?? join(stateDir, "runner"));
  if (runnerDir === stateDir || stateDir.startsWith(`${runnerDir}/`)) {
    throw new UsageError(`the runner folder ${runnerDir} is replaced on every run, so it cannot hold the VM's state folder ${stateDir}; give another --state`);
  }
  mkdirSync(stateDir, { recursive: true });
  return { stateDir, runnerDir };
}

/**
 * Writes the writer-made files the scripts refer to into the store folder
 * (at paths made from their content), then the runner folder, whole.
 * Returns the runner as written (its texts name the files' new paths).
 */
async function writeTo(runner: Runner, pkgs: PackageSet, outDir: string, storeDir: string | undefined): Promise<Runner> {
  const { writeRunner } = await import("../runners/runner.js");
  const { placeStoreFiles, writePlacedFiles } = await import("../runners/store.js");
  // the scripts' interpreter: the package set's bash (a package-set file may have none)
  const bash = pkgs.has("bash") ? `${pkgs.get("bash").outPath}/bin/bash` : "/usr/bin/env bash";
  const placed = placeStoreFiles(runner, resolve(storeDir ?? defaultStoreDir()), bash);
  writePlacedFiles(placed.files);
  writeRunner(placed.runner, outDir);
  return placed.runner;
}

export async function runnerCommand(files: string[], flags: RunnerFlags): Promise<void> {
  if (flags.out === undefined && flags.json !== true) throw new UsageError("give --out DIR (write the runner) or --json (print it)");
  await checkHypervisorFlag(flags);
  const { runner, pkgs } = await buildFromFiles(files, flags);
  if (flags.out !== undefined) await writeTo(runner, pkgs, flags.out, flags.store);
  if (flags.json === true) process.stdout.write(`${JSON.stringify(runner, null, 2)}\n`);
}

/** Runs `bin/<script>` of the runner folder, failing first if it needs programs this host lacks. */
function runScript(runner: Runner, pkgs: PackageSet, outDir: string, stateDir: string, script: string): number {
  const text = [runner.binScripts[script], ...Object.values(runner.storeFiles).map((f) => f.text ?? "")].join("\n");
  const missing = missingPackagesIn(text);
  if (missing.includes("linuxPackages.kernel")) {
    // a host has no guest kernel: the config must name one
    throw new Error(
      `${script}: the guest has no kernel: set \`microvm.kernel\` to a package holding ${pkgs.hostPlatform.kernelTarget} ` +
        `(kernelFromFile("/boot/vmlinuz-…") from nixmod-ts/microvm makes one of a kernel file) and \`microvm.initrdPath\` to its initrd`,
    );
  }
  if (missing.length > 0) {
    throw new Error(`${script} needs packages this host does not have: ${missing.join(", ")} (install them, or give them with --pkgs FILE)`);
  }
  const result = spawnSync(join(outDir, "bin", script), [], { stdio: "inherit", cwd: stateDir });
  if (result.error !== undefined) throw result.error;
  return result.status ?? 1;
}

export async function runCommand(files: string[], flags: RunnerFlags): Promise<void> {
  await checkHypervisorFlag(flags);
  const { configuration, pkgs, runner } = await buildFromFiles(files, flags);
  const { stateDir, runnerDir } = vmFolders(configuration, flags);
  const written = await writeTo(runner, pkgs, runnerDir, flags.store);
  process.exitCode = runScript(written, pkgs, runnerDir, stateDir, "microvm-run");
}

export async function shutdownCommand(files: string[], flags: RunnerFlags): Promise<void> {
  await checkHypervisorFlag(flags);
  const { configuration, pkgs, runner } = await buildFromFiles(files, flags);
  if (!runner.passthru.canShutdown) {
    throw new Error(`the ${runner.passthru.hypervisor} runner of this config cannot shut the VM down (does it have a microvm.socket?)`);
  }
  const { stateDir, runnerDir } = vmFolders(configuration, flags);
  const written = existsSync(join(runnerDir, "bin", "microvm-shutdown")) ? runner : await writeTo(runner, pkgs, runnerDir, flags.store);
  process.exitCode = runScript(written, pkgs, runnerDir, stateDir, "microvm-shutdown");
}
