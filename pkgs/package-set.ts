import { readFileSync } from "node:fs";
import { type Package, type Platform, type WrittenFile, platformOf } from "./package.js";

/**
 * A package set: what microvm.nix reads from `pkgs` (its `vmHostPackages`).
 * Packages are looked up by their nixpkgs attribute path (`qemu_kvm`,
 * `linuxPackages.kernel`, `python3Packages.supervisor`).
 */
export interface PackageSet {
  /** nixpkgs tags its package sets so; `types.pkgs` (e.g. `microvm.vmHostPackages`) checks for it. */
  readonly _type: "pkgs";
  /** `pkgs.stdenv.hostPlatform`. */
  readonly hostPlatform: Platform;
  /** `pkgs.buildPackages` (itself when not cross-compiling). */
  readonly buildPackages: PackageSet;
  /** The folder store paths live in (`/nix/store` for a Nix-made set). */
  readonly storeDir: string;
  /** The package at a nixpkgs attribute path; throws `attribute '…' missing` when absent. */
  get(attrPath: string): Package;
  has(attrPath: string): boolean;
  /** A store path for something this set "builds" (runCommand, closureInfo, …), named as nixpkgs names it. */
  storePath(name: string): string;
  /** Writers: each returns the file's package and records its content in `files`. */
  writeText(name: string, text: string): Package;
  writeShellScript(name: string, text: string): Package;
  writeShellScriptBin(name: string, text: string): Package;
  writeJSON(name: string, value: unknown): Package;
  /** Every file a writer made, by store path. */
  readonly files: ReadonlyMap<string, WrittenFile>;
}

type Writers = Pick<PackageSet, "writeText" | "writeShellScript" | "writeShellScriptBin" | "writeJSON">;

/** A package set's writers, each describing its file to `write` (which stores it and gives its package). */
export function writers(write: (file: WrittenFile) => Package): Writers {
  return {
    writeText: (name, text) => write({ kind: "writeText", name, text }),
    writeShellScript: (name, text) => write({ kind: "writeShellScript", name, text }),
    writeShellScriptBin: (name, text) => write({ kind: "writeShellScriptBin", name, text }),
    writeJSON: (name, json) => write({ kind: "writers.writeJSON", name, json }),
  };
}

/** One entry of a package-set JSON file (the shape of `shared/golden/microvm/stubs.json`). */
export interface PackageEntry {
  name: string;
  version?: string;
  mainProgram?: string;
  outputNames: string[];
  outputs: Record<string, string>;
  path?: string;
  attrs?: Record<string, unknown>;
}

export interface PackageSetOptions {
  system: string;
  /** Platform of `buildPackages`; defaults to `system`. */
  buildSystem?: string;
  storeDir?: string;
  /** Store-path hash part; the golden data uses 32 zeros. */
  hashPart?: string;
  /** `{ pname: version }` overrides (the golden harness' `golden.versions`). */
  versions?: Record<string, string>;
}

function pnameOf(entry: PackageEntry): string {
  return entry.version !== undefined && entry.name.endsWith(`-${entry.version}`)
    ? entry.name.slice(0, -(entry.version.length + 1))
    : entry.name;
}

/** Builds the packages of one entry: one `Package` per output, sharing their outputs map. */
export function makePackage(entry: PackageEntry, storePathOf: (name: string) => string, version?: string): Package {
  const pname = pnameOf(entry);
  const ver = version ?? entry.version;
  const name = ver === undefined ? pname : `${pname}-${ver}`;
  const outputs: Record<string, Package> = {};
  const outputNames = entry.outputNames.length > 0 ? entry.outputNames : ["out"];
  for (const o of outputNames) {
    const outPath =
      version === undefined && entry.outputs[o] !== undefined
        ? entry.outputs[o]
        : storePathOf(o === "out" ? name : `${name}-${o}`);
    outputs[o] = {
      type: "derivation",
      name,
      pname,
      ...(ver === undefined ? {} : { version: ver }),
      outPath,
      outputName: o,
      outputNames,
      outputs,
      meta: entry.mainProgram === undefined ? {} : { mainProgram: entry.mainProgram },
      attrs: entry.attrs ?? {},
      toString: () => outPath,
    };
  }
  return outputs[outputNames[0]];
}

/** Attributes of some packages that code reads besides their paths (as in nixpkgs on Linux). */
const knownAttrs: Record<string, Record<string, unknown>> = {
  qemu: { configureFlags: ["--enable-seccomp"] },
  qemu_kvm: { configureFlags: ["--enable-seccomp"] },
};

/** A package set from a JSON file shaped like `stubs.json` (attribute path → entry). */
export function loadPackageSet(file: string, options: PackageSetOptions): PackageSet {
  const entries = JSON.parse(readFileSync(file, "utf8")) as Record<string, PackageEntry>;
  return packageSetFromEntries(entries, options);
}

export function packageSetFromEntries(
  entries: Record<string, PackageEntry>,
  options: PackageSetOptions,
  buildOf?: PackageSet,
): PackageSet {
  const storeDir = options.storeDir ?? "/nix/store";
  const hashPart = options.hashPart ?? "0".repeat(32);
  const storePath = (name: string): string => `${storeDir}/${hashPart}-${name}`;
  const packages = new Map<string, Package>();
  const files = new Map<string, WrittenFile>();
  const versions = options.versions ?? {};

  const get = (attrPath: string): Package => {
    let pkg = packages.get(attrPath);
    if (pkg === undefined) {
      const entry = Object.hasOwn(entries, attrPath) ? entries[attrPath] : undefined;
      if (entry === undefined) {
        throw new Error(`attribute '${attrPath.split(".").pop()}' missing`);
      }
      const withAttrs = { ...entry, attrs: { ...knownAttrs[attrPath], ...entry.attrs } };
      // the golden harness' overrides are keyed by pname (the kernel by "linux")
      const pname = pnameOf(entry);
      const version = Object.hasOwn(versions, pname) ? versions[pname] : undefined;
      pkg = makePackage(withAttrs, storePath, version);
      packages.set(attrPath, pkg);
    }
    return pkg;
  };

  const write = (file: WrittenFile): Package => {
    const outPath = storePath(file.name);
    files.set(outPath, file);
    return makePackage({ name: file.name, outputNames: ["out"], outputs: { out: outPath } }, storePath);
  };

  const self: PackageSet = {
    _type: "pkgs",
    hostPlatform: platformOf(options.system),
    get buildPackages(): PackageSet {
      if (buildOf !== undefined) return buildOf;
      const buildSystem = options.buildSystem ?? options.system;
      if (buildSystem === options.system) return self;
      const build = packageSetFromEntries(entries, { ...options, system: buildSystem, buildSystem }, undefined);
      Object.defineProperty(self, "buildPackages", { value: build });
      return build;
    },
    storeDir,
    get,
    has: (attrPath) => Object.hasOwn(entries, attrPath),
    storePath,
    ...writers(write),
    files,
  };
  return self;
}
