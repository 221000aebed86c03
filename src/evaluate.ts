/**
 * The evaluation behind every `microvm` command: NixOS' base options,
 * microvm.nix's modules and the user's config files, with a package set
 * (`pkgs`) from this host or from a package-set file.
 */
import { readFileSync } from "node:fs";
import { type Configuration, evalModules, type Module } from "../lib/index.js";
import { microvmModules } from "../modules/microvm/index.js";
import { nixosBaseModules } from "../modules/nixos/index.js";
import { ConfigLoadError } from "./config/errors.js";
import { type ConfigFile, loadConfigFiles } from "./config/load.js";
import { nixosSystemModule } from "./nixos-system.js";
import { currentSystem, hostPackageSet } from "../pkgs/host.js";
import { type PackageEntry, packageSetFromEntries, type PackageSet } from "../pkgs/package-set.js";
import { jsonSchemaOfOptions } from "./schema/json-schema.js";

export interface PackageSetChoice {
  /** A package-set file shaped like stubs.json; else the host's programs. */
  pkgsFile?: string;
  /** The guest platform (`pkgs.stdenv.hostPlatform.system`); defaults to this machine's. */
  system?: string;
  /** The platform of `pkgs.buildPackages`; defaults to `system`. */
  buildSystem?: string;
}

export interface EvaluateArgs extends PackageSetChoice {
  /** Config files, as the user wrote their paths. */
  files: readonly string[];
  cwd?: string;
}

export interface Evaluation {
  readonly configuration: Configuration;
  readonly pkgs: PackageSet;
  readonly files: readonly ConfigFile[];
}

/** A package set from a stubs.json-shaped file; `buildPackages` is a set of its own, as in nixpkgs. */
function packageSetFromFile(file: string, system: string, buildSystem: string): PackageSet {
  let entries: Record<string, PackageEntry>;
  try {
    entries = JSON.parse(readFileSync(file, "utf8")) as Record<string, PackageEntry>;
  } catch (error) {
    throw new ConfigLoadError(file, `cannot read the package set: ${(error as Error).message}`);
  }
  const buildPackages = packageSetFromEntries(entries, { system: buildSystem });
  return packageSetFromEntries(entries, { system, buildSystem }, buildPackages);
}

/** The package set a command uses. */
export function choosePackageSet(choice: PackageSetChoice): PackageSet {
  const system = choice.system ?? currentSystem();
  return choice.pkgsFile !== undefined
    ? packageSetFromFile(choice.pkgsFile, system, choice.buildSystem ?? system)
    : hostPackageSet({ system, buildSystem: choice.buildSystem });
}

/** The modules every evaluation starts from: NixOS' base options, what NixOS builds, and microvm.nix's modules. */
export function baseModules(): Module[] {
  return [...nixosBaseModules, nixosSystemModule, ...microvmModules];
}

/** Evaluates `modules` on top of the base modules. */
export function evaluateModules(modules: readonly Module[], pkgs: PackageSet): Configuration {
  return evalModules({ modules: [...baseModules(), ...modules], specialArgs: { pkgs } });
}

/**
 * Loads the files and evaluates them. JSON files are checked against the
 * JSON Schema of the options the other modules declare, so their mistakes
 * are reported with a JSON path before evaluation.
 */
export async function evaluate(args: EvaluateArgs): Promise<Evaluation> {
  const pkgs = choosePackageSet(args);
  const files = await loadConfigFiles(args.files, args.cwd);
  const jsonFiles = files.filter((f) => f.kind === "json");
  if (jsonFiles.length > 0) {
    const codeModules = files.filter((f) => f.kind === "code").map((f) => f.module);
    const schema = jsonSchemaOfOptions(evaluateModules(codeModules, pkgs).options);
    const { makeJsonValidator } = await import("./config/validate-json.js");
    const validate = await makeJsonValidator(schema);
    for (const f of jsonFiles) {
      const problems = validate(f.json);
      if (problems.length > 0) throw new ConfigLoadError(f.file, `invalid config:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    }
  }
  return { configuration: evaluateModules(files.map((f) => f.module), pkgs), pkgs, files };
}
