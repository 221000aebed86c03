/**
 * Loads golden microvm.nix cases (shared/golden/microvm/cases, or a folder
 * made the same way) and reads a backend's fields the way the golden
 * harness (harness/eval.nix, `runner-all`) read lib/runners/<hv>.nix: each
 * field from a fresh backend, so each field's warnings show up on their
 * own, with errors recorded per field.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Package, WrittenFile } from "../../pkgs/package.js";
import { type PackageEntry, type PackageSet, loadPackageSet } from "../../pkgs/package-set.js";
import { makeMacvtap } from "../../src/runners/macvtap.js";
import type { Backend, BackendOutput, MicrovmConfig } from "../../src/runners/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
export const goldenDir = process.env.MICROVM_GOLDEN_DIR ?? path.resolve(repoRoot, "../shared/golden/microvm");
const stubsFile = path.join(goldenDir, "stubs.json");

/** The backend fields of case-NN.<hv>.json. */
export interface RunnerFields {
  command: string | null;
  error: string | null;
  errors: Record<string, string>;
  canShutdown: boolean | null;
  hasShutdownCommand: boolean | null;
  shutdownCommand: string | null;
  preStart: string | null;
  hasOwnPreStart: boolean | null;
  setBalloonScript: string | null;
  tapMultiQueue: boolean | null;
  supportsNotifySocket: boolean | null;
  requiresMacvtapAsFds: boolean | null;
  macvtapFds: Record<string, number | number[]> | null;
  openMacvtapFds: string | null;
  warnings: string[];
  fieldWarnings: Record<string, string[]>;
  files: Record<string, unknown>;
}

/** `runner` of case-NN.<hv>.json. */
export interface GoldenRunner {
  name?: string;
  path?: string;
  passthru?: Record<string, unknown>;
  buildScript?: string;
  binScripts?: Record<string, string>;
  files?: Record<string, unknown>;
  warnings: string[];
  error: string | null;
}

export interface GoldenCase {
  name: string;
  dir: string;
  microvmConfig: MicrovmConfig;
  /** A fresh package set (`pkgs`) of the case. */
  pkgs: () => PackageSet;
  /** `vmHostPackages` of a package set made by `pkgs()`. */
  vmHostPackagesOf: (pkgs: PackageSet) => PackageSet;
  /** Files the config's writers made (checks.json `files`). */
  configFiles: Record<string, WrittenFile>;
}

interface CaseInput {
  golden?: { system?: string; buildSystem?: string; versions?: Record<string, string> };
}

function readJSON<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Every `case-NN` of `dir` that has a config. */
export function caseNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^case-[0-9]+\.config\.json$/.test(f))
    .map((f) => f.slice(0, -".config.json".length))
    .sort();
}

/** case-NN.<hv>.json. */
export function goldenOutput(goldenCase: GoldenCase, hypervisor: string): RunnerFields & { runner: GoldenRunner } {
  return readJSON(path.join(goldenCase.dir, `${goldenCase.name}.${hypervisor}.json`));
}

/** The backend fields of case-NN.<hv>.json (without `runner` and `hypervisor`). */
export function goldenFields(golden: RunnerFields & { runner: GoldenRunner }): RunnerFields {
  const { runner: _runner, hypervisor: _hypervisor, ...fields } = golden as unknown as Record<string, unknown>;
  return fields as unknown as RunnerFields;
}

/**
 * config.json shows packages as their store paths; the backends get the
 * package itself where a path is one of the package set's (the kernel,
 * whose `dev` output crosvm uses).
 */
function resolvePackages(config: Record<string, unknown>, pkgs: PackageSet): Record<string, unknown> {
  const byPath = new Map<string, Package>();
  for (const attrPath of Object.keys(readJSON<Record<string, PackageEntry>>(stubsFile))) {
    const pkg = pkgs.get(attrPath);
    byPath.set(pkg.outPath, pkg);
  }
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [k, typeof v === "string" ? (byPath.get(v) ?? v) : v]),
  );
}

/** A case as microvm.nix's runner sees it for `hypervisor`. */
export function loadGoldenCase(dir: string, name: string, hypervisor: string): GoldenCase {
  const config = readJSON<Record<string, unknown>>(path.join(dir, `${name}.config.json`));
  const checks = readJSON<{ hostName: string; files: Record<string, WrittenFile> }>(
    path.join(dir, `${name}.checks.json`),
  );
  const { golden = {} } = readJSON<CaseInput>(path.join(dir, `${name}.input.json`));
  const pkgs = (): PackageSet =>
    loadPackageSet(stubsFile, {
      system: golden.system ?? "x86_64-linux",
      buildSystem: golden.buildSystem,
      versions: golden.versions,
    });
  const microvmConfig = {
    ...resolvePackages(config, pkgs()),
    hostName: checks.hostName,
    hypervisor,
  } as unknown as MicrovmConfig;
  return {
    name,
    dir,
    microvmConfig,
    pkgs,
    vmHostPackagesOf: (p) => (config.vmHostPackages === "<pkgs.buildPackages>" ? p.buildPackages : p),
    configFiles: checks.files,
  };
}

const fieldOrder = [
  "command",
  "canShutdown",
  "hasShutdownCommand",
  "shutdownCommand",
  "preStart",
  "hasOwnPreStart",
  "setBalloonScript",
  "tapMultiQueue",
  "supportsNotifySocket",
  "requiresMacvtapAsFds",
  "macvtapFds",
  "openMacvtapFds",
] as const;

type Field = (typeof fieldOrder)[number];

/** Reads every field of `backend` for the case, as the golden harness does. */
export function runBackend(backend: Backend, goldenCase: GoldenCase): RunnerFields {
  const { microvmConfig } = goldenCase;
  const pkgs = goldenCase.pkgs();
  const fields: Partial<Record<Field, unknown>> = {};
  const errors: Record<string, string> = {};
  const fieldWarnings: Record<string, string[]> = {};

  for (const field of fieldOrder) {
    const warnings: string[] = [];
    // a fresh backend per field, as eval.nix's mkRunner gives fresh thunks
    let output: BackendOutput | undefined;
    const hypervisorConfig = (): BackendOutput =>
      (output ??= backend({
        microvmConfig,
        pkgs,
        get macvtapFds() {
          return macvtap.macvtapFds;
        },
        warn: (message) => warnings.push(message),
      }));
    const macvtap = makeMacvtap(microvmConfig, () => hypervisorConfig().tapMultiQueue ?? false);
    const read: Record<Field, () => unknown> = {
      command: () => hypervisorConfig().command,
      canShutdown: () => hypervisorConfig().canShutdown,
      hasShutdownCommand: () => "shutdownCommand" in hypervisorConfig(),
      shutdownCommand: () => hypervisorConfig().shutdownCommand ?? null,
      preStart: () => ("preStart" in hypervisorConfig() ? hypervisorConfig().preStart : microvmConfig.preStart),
      hasOwnPreStart: () => "preStart" in hypervisorConfig(),
      setBalloonScript: () => hypervisorConfig().setBalloonScript ?? null,
      tapMultiQueue: () => hypervisorConfig().tapMultiQueue ?? false,
      supportsNotifySocket: () => hypervisorConfig().supportsNotifySocket ?? false,
      requiresMacvtapAsFds: () => hypervisorConfig().requiresMacvtapAsFds ?? false,
      macvtapFds: () => macvtap.macvtapFds,
      openMacvtapFds: () => macvtap.openMacvtapFds,
    };
    try {
      fields[field] = read[field]();
    } catch (e) {
      fields[field] = null;
      errors[field] = e instanceof Error ? e.message : String(e);
    }
    if (warnings.length > 0) fieldWarnings[field] = warnings;
  }

  const files: Record<string, unknown> = {};
  for (const [file, content] of pkgs.files) files[file] = { ...content };
  return {
    ...(fields as Omit<RunnerFields, "error" | "errors" | "warnings" | "fieldWarnings" | "files">),
    error: errors.command ?? null,
    errors,
    warnings: fieldWarnings.command ?? [],
    fieldWarnings,
    files,
  };
}
