/**
 * The golden harness' stand-ins (shared/golden/microvm/harness/nixos-stub.nix)
 * for evaluating the microvm guest modules: the fake package set picked by
 * the harness-only `golden.*` settings, and the fake NixOS system
 * (toplevel, initrd) a real NixOS would build.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../../modules/nixos/module-args.js";
import { derivation } from "../../modules/microvm/derivation.js";
import { type PackageEntry, type PackageSet, packageSetFromEntries } from "../../pkgs/package-set.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");

/** The golden microvm.nix data (env MICROVM_GOLDEN_DIR, else ../shared/golden/microvm next to the repository). */
export const goldenDir = process.env.MICROVM_GOLDEN_DIR ?? path.resolve(repoRoot, "../shared/golden/microvm");

/** The harness-only `golden.*` settings of a case. */
export interface GoldenSettings {
  /** Host platform of `pkgs` (default x86_64-linux). */
  system?: string;
  /** Platform of `pkgs.buildPackages` (default: `system`). */
  buildSystem?: string;
  /** `{ pname: version }` overrides of the stub packages. */
  versions?: Record<string, string>;
}

/**
 * The package set of the golden stubs for `golden.*` settings. As in the
 * harness, `buildPackages` is always a set of its own (whose own
 * `buildPackages` is itself), so `vmHostPackages` tells the two apart.
 */
export function goldenPackageSet(settings: GoldenSettings): PackageSet {
  const entries = JSON.parse(readFileSync(path.join(goldenDir, "stubs.json"), "utf8")) as Record<string, PackageEntry>;
  const system = settings.system ?? "x86_64-linux";
  const buildSystem = settings.buildSystem ?? system;
  const versions = settings.versions ?? {};
  const buildPackages = packageSetFromEntries(entries, { system: buildSystem, versions });
  return packageSetFromEntries(entries, { system, buildSystem, versions }, buildPackages);
}

/** What NixOS builds and the guest modules refer to: the system's toplevel and its initrd. */
export const goldenNixosSystem: Module = ({ config, pkgs }: NixosModuleArgs) => ({
  _file: "test/microvm/fixture.ts",
  system: {
    build: {
      get toplevel() {
        return derivation(pkgs, `nixos-system-${config.networking.hostName}-${config.system.nixos.label}`);
      },
      get initialRamdisk() {
        return derivation(pkgs, `initrd-linux-${config.boot.kernelPackages.kernel.version}`);
      },
    },
  },
});
