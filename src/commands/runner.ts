/**
 * `microvm runner`, `microvm run`, `microvm shutdown`: build the runner of a
 * config (lib/runner.nix's port), write it to a folder, and run its scripts.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Configuration } from "../../lib/index.js";
import { AssertionsFailed, configWarnings, failedAssertions, showFailedAssertions } from "../checks.js";
import { evaluate } from "../evaluate.js";
import { defaultStoreDir, missingPackagesIn, notInstalled, writeStoreFiles } from "../../pkgs/host.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { runnerOf } from "../runner-of-config.js";
import type { Runner } from "../runners/runner.js";
import { packageSetChoice, type PackageSetFlags } from "./package-set-flags.js";
import { UsageError } from "./usage-error.js";

export interface RunnerFlags extends PackageSetFlags {
  hypervisor?: string;
  out?: string;
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
  for (const w of configWarnings(configuration)) process.stderr.write(`warning: ${w}\n`);
  const runner = runnerWithHostHint(configuration, pkgs, flags.hypervisor);
  for (const w of runner.warnings) process.stderr.write(`warning: ${w.replace(/\n$/, "")}\n`);
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

/** Where `run` and `shutdown` keep a VM's runner: beside the store folder, by host name. */
function defaultRunnerDir(configuration: Configuration): string {
  return join(dirname(defaultStoreDir()), "vms", configuration.config.networking.hostName as string);
}

/**
 * Writes the runner folder, and the writer-made files its scripts refer to
 * into this host's store folder. A package set from `--pkgs FILE` describes
 * a Nix store: its files are Nix's to build, so only the folder is written
 * (as `--json` prints it).
 */
async function writeTo(runner: Runner, pkgs: PackageSet, outDir: string): Promise<void> {
  const { writeRunner } = await import("../runners/runner.js");
  writeRunner(runner, outDir);
  if (pkgs.storeDir === defaultStoreDir()) {
    writeStoreFiles(Object.entries(runner.storeFiles), pkgs.storeDir, `${pkgs.get("bash").outPath}/bin/bash`);
  }
}

export async function runnerCommand(files: string[], flags: RunnerFlags): Promise<void> {
  if (flags.out === undefined && flags.json !== true) throw new UsageError("give --out DIR (write the runner) or --json (print it)");
  await checkHypervisorFlag(flags);
  const { runner, pkgs } = await buildFromFiles(files, flags);
  if (flags.out !== undefined) await writeTo(runner, pkgs, flags.out);
  if (flags.json === true) process.stdout.write(`${JSON.stringify(runner, null, 2)}\n`);
}

/** Runs `bin/<script>` of the runner folder, failing first if it needs programs this host lacks. */
function runScript(runner: Runner, pkgs: PackageSet, outDir: string, script: string): number {
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
  const result = spawnSync(join(outDir, "bin", script), [], { stdio: "inherit", cwd: outDir });
  if (result.error !== undefined) throw result.error;
  return result.status ?? 1;
}

export async function runCommand(files: string[], flags: RunnerFlags): Promise<void> {
  await checkHypervisorFlag(flags);
  const { configuration, pkgs, runner } = await buildFromFiles(files, flags);
  const outDir = resolve(flags.out ?? defaultRunnerDir(configuration));
  await writeTo(runner, pkgs, outDir);
  process.exitCode = runScript(runner, pkgs, outDir, "microvm-run");
}

export async function shutdownCommand(files: string[], flags: RunnerFlags): Promise<void> {
  await checkHypervisorFlag(flags);
  const { configuration, pkgs, runner } = await buildFromFiles(files, flags);
  if (!runner.passthru.canShutdown) {
    throw new Error(`the ${runner.passthru.hypervisor} runner of this config cannot shut the VM down (does it have a microvm.socket?)`);
  }
  const outDir = resolve(flags.out ?? defaultRunnerDir(configuration));
  if (!existsSync(join(outDir, "bin", "microvm-shutdown"))) await writeTo(runner, pkgs, outDir);
  process.exitCode = runScript(runner, pkgs, outDir, "microvm-shutdown");
}
