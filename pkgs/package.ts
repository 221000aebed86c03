/**
 * The package-set abstraction: what a Nix derivation is to microvm.nix, a
 * `Package` is here — an object whose `outPath` is the store path that
 * `"${pkg}"` gives in Nix. Multi-output packages carry each output as a
 * package of its own under `outputs`.
 */

/** A package (one output of it). `String(pkg)` is its `outPath`. */
export interface Package {
  readonly type: "derivation";
  /** `pname-version`, as nixpkgs names it. */
  readonly name: string;
  readonly pname: string;
  readonly version?: string;
  /** Store path of this output: what `"${pkg}"` gives. */
  readonly outPath: string;
  /** Name of this output (`out`, `bin`, `dev`, …). */
  readonly outputName: string;
  /** Output names in nixpkgs' order; the first is the default output. */
  readonly outputNames: readonly string[];
  /** Every output by name. */
  readonly outputs: Readonly<Record<string, Package>>;
  readonly meta: { readonly mainProgram?: string };
  /** Extra attributes some code reads (e.g. qemu's `configureFlags`). */
  readonly attrs: Readonly<Record<string, unknown>>;
  toString(): string;
}

/** A file made by a writer (`writeText`, `writeShellScript`, `writers.writeJSON`, …). */
export interface WrittenFile {
  readonly kind: "writeText" | "writeShellScript" | "writeShellScriptBin" | "writers.writeJSON";
  readonly name: string;
  /** File text (for writeJSON: absent, see `json`). */
  readonly text?: string;
  readonly json?: unknown;
}

/** What `pkgs.stdenv.hostPlatform` tells. */
export interface Platform {
  readonly system: string;
  readonly isLinux: boolean;
  readonly isDarwin: boolean;
  readonly isx86_64: boolean;
  readonly isAarch64: boolean;
  /** `linux-kernel.target`: `bzImage` on x86_64, `Image` on aarch64. */
  readonly kernelTarget: string;
}

export function platformOf(system: string): Platform {
  return {
    system,
    isLinux: system.endsWith("-linux"),
    isDarwin: system.endsWith("-darwin"),
    isx86_64: system.startsWith("x86_64-"),
    isAarch64: system.startsWith("aarch64-"),
    kernelTarget: system === "x86_64-linux" ? "bzImage" : "Image",
  };
}

/** Coerces a package or a store-path string to its path, as `"${x}"` does in Nix. */
export function pathOf(p: Package | string): string {
  return typeof p === "string" ? p : p.outPath;
}

/** A package as a config may give one: a `Package`, or a plain object with an `outPath`. */
export interface PackageLikeObject {
  readonly outPath: string;
  readonly name?: string;
  readonly pname?: string;
  readonly version?: string;
  readonly type?: string;
  readonly outputs?: Readonly<Record<string, Package>>;
  readonly meta?: { readonly mainProgram?: string };
}

/**
 * `pkg` as a `Package`: a plain `{ outPath, name, version }` (with or without
 * `type: "derivation"`) becomes a one-output package; a `Package` is returned as it is.
 */
export function asPackage(pkg: PackageLikeObject): Package {
  if (pkg.outputs !== undefined && typeof (pkg as Package).outputName === "string") return pkg as Package;
  const outputs: Record<string, Package> = {};
  const name = pkg.name ?? pkg.outPath.split("/").pop() ?? "package";
  const out: Package = {
    type: "derivation",
    name,
    pname: pkg.pname ?? (pkg.version !== undefined && name.endsWith(`-${pkg.version}`) ? name.slice(0, -(pkg.version.length + 1)) : name),
    ...(pkg.version === undefined ? {} : { version: pkg.version }),
    outPath: pkg.outPath,
    outputName: "out",
    outputNames: ["out"],
    outputs,
    meta: pkg.meta ?? {},
    attrs: {},
    toString: () => pkg.outPath,
  };
  outputs.out = out;
  return out;
}
