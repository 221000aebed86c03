/**
 * Runs one backend over the golden microvm.nix cases the way the golden
 * harness (shared/golden/microvm/harness/eval.nix) ran lib/runners/<hv>.nix:
 * each field read from a fresh backend, so that each field's warnings show
 * up on their own, and errors recorded per field.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Package } from "../../src/pkgs/package.js";
import { type PackageEntry, type PackageSet, loadPackageSet } from "../../src/pkgs/package-set.js";
import { makeMacvtap } from "../../src/runners/macvtap.js";
import type { Backend, BackendOutput, MicrovmConfig } from "../../src/runners/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
const goldenDir = process.env.MICROVM_GOLDEN_DIR ?? path.resolve(repoRoot, "../shared/golden/microvm");
/** The golden cases (shared/golden/microvm/cases, or MICROVM_GOLDEN_DIR's). */
export const goldenCasesDir = path.join(goldenDir, "cases");
/** More cases made the same way, kept with these tests (see its README). */
export const extraCasesDir = path.join(here, "extra-cases");
const stubsFile = path.join(goldenDir, "stubs.json");

/** The fields of case-NN.<hv>.json this harness reproduces. */
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
  warnings: string[];
  fieldWarnings: Record<string, string[]>;
  files: Record<string, unknown>;
}

export interface GoldenCase {
  name: string;
  dir: string;
  microvmConfig: MicrovmConfig;
  pkgs: () => PackageSet;
}

interface CaseInput {
  golden?: { system?: string; buildSystem?: string; versions?: Record<string, string> };
}

/** Every `case-NN` in `dir` that has a runner file for `hypervisor`. */
export function goldenCaseNames(hypervisor: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${hypervisor}.json`))
    .map((f) => f.slice(0, -`.${hypervisor}.json`.length))
    .sort();
}

function readJSON<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The golden output of one runner. */
export function goldenRunner(goldenCase: GoldenCase, hypervisor: string): RunnerFields & Record<string, unknown> {
  return readJSON(path.join(goldenCase.dir, `${goldenCase.name}.${hypervisor}.json`));
}

/**
 * config.json shows packages as their store path; give the backends the
 * package itself where a path is one of the package set's (the kernel, whose
 * `dev` output some backends use).
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

/** The case's microvmConfig (config.microvm + hostName + hypervisor) and a maker of fresh package sets. */
export function loadGoldenCase(dir: string, name: string, hypervisor: string): GoldenCase {
  const config = readJSON<Record<string, unknown>>(path.join(dir, `${name}.config.json`));
  const { hostName } = readJSON<{ hostName: string }>(path.join(dir, `${name}.checks.json`));
  const { golden = {} } = readJSON<CaseInput>(path.join(dir, `${name}.input.json`));
  const pkgs = (): PackageSet =>
    loadPackageSet(stubsFile, {
      system: golden.system ?? "x86_64-linux",
      buildSystem: golden.buildSystem,
      versions: golden.versions,
    });
  const microvmConfig = { ...resolvePackages(config, pkgs()), hostName, hypervisor } as unknown as MicrovmConfig;
  return { name, dir, microvmConfig, pkgs };
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
    // a fresh runner per field, as eval.nix's mkRunner gives fresh thunks
    let output: BackendOutput | undefined;
    const runner = (): BackendOutput =>
      (output ??= backend({
        microvmConfig,
        pkgs,
        get macvtapFds() {
          return macvtap.macvtapFds;
        },
        warn: (message) => warnings.push(message),
      }));
    const macvtap = makeMacvtap(microvmConfig, () => runner().tapMultiQueue ?? false);
    const read: Record<Field, () => unknown> = {
      command: () => runner().command,
      canShutdown: () => runner().canShutdown,
      hasShutdownCommand: () => "shutdownCommand" in runner(),
      shutdownCommand: () => runner().shutdownCommand ?? null,
      preStart: () => ("preStart" in runner() ? runner().preStart : microvmConfig.preStart),
      hasOwnPreStart: () => "preStart" in runner(),
      setBalloonScript: () => runner().setBalloonScript ?? null,
      tapMultiQueue: () => runner().tapMultiQueue ?? false,
      supportsNotifySocket: () => runner().supportsNotifySocket ?? false,
      requiresMacvtapAsFds: () => runner().requiresMacvtapAsFds ?? false,
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

/** The golden output of `hypervisor` for the case, as far as this harness reproduces it. */
export function expectedFields(goldenCase: GoldenCase, hypervisor: string): RunnerFields {
  return comparableGolden(goldenRunner(goldenCase, hypervisor));
}

/**
 * The golden fields this harness reproduces. Left out: `hypervisor`,
 * `runner` (lib/runner.nix's derivation) and lib/macvtap.nix's
 * `macvtapFds`/`openMacvtapFds` with their warnings — not the backend's
 * fields; the runner tests check those.
 */
function comparableGolden(golden: Record<string, unknown>): RunnerFields {
  const {
    runner: _runner,
    hypervisor: _hypervisor,
    macvtapFds: _macvtapFds,
    openMacvtapFds: _openMacvtapFds,
    ...rest
  } = golden;
  const fieldWarnings = { ...(rest.fieldWarnings as Record<string, string[]>) };
  delete fieldWarnings.macvtapFds;
  delete fieldWarnings.openMacvtapFds;
  return { ...rest, fieldWarnings } as unknown as RunnerFields;
}
