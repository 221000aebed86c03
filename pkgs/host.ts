/**
 * A package set made from the programs installed on this machine: `qemu_kvm`
 * is the prefix holding `bin/qemu-system-<arch>` found on PATH, and so on.
 * A program found outside a `…/bin` folder (`/usr/lib/qemu/virtiofsd`,
 * `/usr/sbin/…`) gets a small prefix of symlinks in the store folder, so
 * `${pkg}/bin/<exe>` works as in nixpkgs. A package that is not installed
 * gets a placeholder path under {@link missingPackagesDir}; `missingPackagesIn`
 * tells whether a script needs one, so the error comes only when it is used.
 * Writers only name their files; the runner command writes those a runner needs
 * (src/runners/store.ts).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, symlinkSync } from "node:fs";
import { homedir, release } from "node:os";
import { basename, delimiter, dirname, join, resolve } from "node:path";
import { type Package, type Platform, type WrittenFile, platformOf } from "./package.js";
import { type PackageSet, writers } from "./package-set.js";

/** How to find one package: the programs it provides (the first one decides) and extra places to look. */
interface HostPackageSpec {
  /** Program names under `bin/`; a function of the platform for `qemu-system-<arch>`. */
  exes: readonly string[] | ((platform: Platform) => readonly string[]);
  /** Absolute paths tried after PATH (for programs distributions keep off PATH). */
  extraPaths?: readonly string[];
  /** Arguments that make the first program print its version (read only when `.version` is). */
  versionArgs?: readonly string[];
  /** The name of the package (`pname`), when not the attribute name. */
  pname?: string;
  mainProgram?: string;
  attrs?: Record<string, unknown>;
}

const qemuArch = (platform: Platform): string => platform.system.split("-")[0];

/** The packages microvm.nix reads from `pkgs`, as found on a host. */
const hostPackages: Readonly<Record<string, HostPackageSpec>> = {
  qemu_kvm: {
    exes: (p) => [`qemu-system-${qemuArch(p)}`, "qemu-img"],
    versionArgs: ["--version"],
    pname: "qemu",
    // Debian's and nixpkgs' qemu are built with seccomp (qemu then adds `-sandbox on`)
    attrs: { configureFlags: ["--enable-seccomp"] },
  },
  qemu: {
    exes: (p) => [`qemu-system-${qemuArch(p)}`, "qemu-img"],
    versionArgs: ["--version"],
    attrs: { configureFlags: ["--enable-seccomp"] },
  },
  "cloud-hypervisor": { exes: ["cloud-hypervisor", "ch-remote"], versionArgs: ["--version"] },
  "cloud-hypervisor-graphics": { exes: ["cloud-hypervisor", "ch-remote"], versionArgs: ["--version"], pname: "cloud-hypervisor" },
  firecracker: { exes: ["firecracker"], versionArgs: ["--version"] },
  crosvm: { exes: ["crosvm"], versionArgs: ["--version"] },
  kvmtool: { exes: ["lkvm"], versionArgs: ["version"] },
  stratovirt: { exes: ["stratovirt"], versionArgs: ["-version"] },
  alioth: { exes: ["alioth"], versionArgs: ["--version"] },
  virtiofsd: {
    exes: ["virtiofsd"],
    extraPaths: ["/usr/lib/qemu/virtiofsd", "/usr/libexec/virtiofsd", "/usr/lib/virtiofsd"],
    versionArgs: ["--version"],
    mainProgram: "virtiofsd",
  },
  socat: { exes: ["socat"] },
  netcat: { exes: ["nc"] },
  curl: { exes: ["curl"] },
  jq: { exes: ["jq"] },
  expect: { exes: ["unbuffer", "expect"] },
  iproute2: { exes: ["ip", "bridge", "tc"] },
  kmod: { exes: ["modprobe", "kmod", "insmod", "rmmod"] },
  coreutils: { exes: ["coreutils", "cat", "chown", "chmod", "ls", "mkdir", "rm", "sleep"] },
  "coreutils-full": { exes: ["cat", "chown", "chmod", "ls", "mkdir", "rm", "sleep"] },
  "util-linux": { exes: ["mount", "waitpid", "losetup", "taskset", "flock"] },
  e2fsprogs: { exes: ["mkfs.ext4", "mke2fs", "e2fsck", "resize2fs"] },
  xfsprogs: { exes: ["mkfs.xfs"] },
  "btrfs-progs": { exes: ["mkfs.btrfs"] },
  dosfstools: { exes: ["mkfs.vfat", "mkfs.fat"] },
  "erofs-utils": { exes: ["mkfs.erofs"] },
  "squashfs-tools-ng": { exes: ["gensquashfs"] },
  time: { exes: ["time"] },
  bubblewrap: { exes: ["bwrap"] },
  parted: { exes: ["parted"] },
  "python3Packages.supervisor": { exes: ["supervisord", "supervisorctl"], pname: "supervisor" },
  nix: { exes: ["nix-store", "nix-env", "nix"] },
  bash: { exes: ["bash"] },
  "wayland-proxy-virtwl": { exes: ["wayland-proxy-virtwl"], mainProgram: "wayland-proxy-virtwl" },
  waypipe: { exes: ["waypipe"], mainProgram: "waypipe" },
};

/**
 * Why a runner could not be built, when the package `attrPath` is one this
 * host does not have: "cloud-hypervisor is not installed: no
 * `cloud-hypervisor` on the PATH; …" (else null: the package is there, or
 * comes from a package-set file).
 */
export function notInstalled(pkgs: PackageSet, attrPath: string): string | null {
  const spec = Object.hasOwn(hostPackages, attrPath) ? hostPackages[attrPath] : undefined;
  if (spec === undefined || !pkgs.has(attrPath) || !pkgs.get(attrPath).outPath.startsWith(`${missingPackagesDir}/`)) return null;
  const program = (typeof spec.exes === "function" ? spec.exes(pkgs.hostPlatform) : spec.exes)[0];
  return `${spec.pname ?? attrPath} is not installed: no \`${program}\` on the PATH; install it or give its package with --pkgs FILE`;
}

/** Where placeholder paths of packages that are not installed point (never a real folder). */
export const missingPackagesDir = "/nonexistent/microvm-missing-package";

export interface HostPackageSetOptions {
  /** Platform of the guest (`pkgs.stdenv.hostPlatform`); defaults to this machine's. */
  system?: string;
  /** Platform of `buildPackages`; defaults to `system`. */
  buildSystem?: string;
  /** Folder for files the writers make; see {@link defaultStoreDir}. */
  storeDir?: string;
  /** The program search path; defaults to `$PATH` plus the sbin folders. */
  searchPath?: readonly string[];
}

/** `$XDG_STATE_HOME/microvm/store`, else `~/.local/state/microvm/store`. */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  const stateHome = env.XDG_STATE_HOME !== undefined && env.XDG_STATE_HOME !== "" ? env.XDG_STATE_HOME : join(homedir(), ".local/state");
  return join(stateHome, "microvm/store");
}

/** The Nix system name of this machine (`x86_64-linux`, `aarch64-linux`, …). */
export function currentSystem(): string {
  const arch = ({ x64: "x86_64", arm64: "aarch64", ia32: "i686", riscv64: "riscv64" } as Record<string, string>)[process.arch] ?? process.arch;
  return `${arch}-${process.platform}`;
}

/** The placeholder packages (by attribute path) a text refers to: what a script needs but this host lacks. */
export function missingPackagesIn(text: string): string[] {
  const found = new Set<string>();
  const re = new RegExp(`${missingPackagesDir.replace(/[/.]/g, "\\$&")}/([^/\\s"']+)`, "g");
  for (const m of text.matchAll(re)) found.add(m[1]);
  return [...found].sort();
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every place `exe` is found: PATH order. */
function findAll(exe: string, searchPath: readonly string[]): string[] {
  return searchPath.map((dir) => join(dir, exe)).filter(isExecutable);
}

function defaultSearchPath(): string[] {
  const path = (process.env.PATH ?? "").split(delimiter).filter((d) => d !== "");
  return [...new Set([...path, "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"])];
}

const hashOf = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** Builds the package set of this machine. Lookups happen on first use of each package. */
export function hostPackageSet(options: HostPackageSetOptions = {}): PackageSet {
  const system = options.system ?? currentSystem();
  const storeDir = options.storeDir ?? defaultStoreDir();
  const searchPath = options.searchPath ?? defaultSearchPath();
  const files = new Map<string, WrittenFile>();
  return makeSet(system, options.buildSystem ?? system, storeDir, searchPath, files);
}

function makeSet(
  system: string,
  buildSystem: string,
  storeDir: string,
  searchPath: readonly string[],
  files: Map<string, WrittenFile>,
): PackageSet {
  const hostPlatform = platformOf(system);
  const packages = new Map<string, Package>();
  const storePath = (name: string, content = name): string => join(storeDir, `${hashOf(content)}-${name}`);

  /** The prefix holding `bin/<exe>` for each found program; a symlink prefix when a program lives elsewhere. */
  const locate = (attrPath: string, spec: HostPackageSpec): { prefix: string; exe: string | null } => {
    const exes = typeof spec.exes === "function" ? spec.exes(hostPlatform) : spec.exes;
    const hits = findAll(exes[0], searchPath);
    const inBin = hits.find((f) => basename(dirname(f)) === "bin");
    if (inBin !== undefined) return { prefix: dirname(dirname(inBin)), exe: inBin };
    const first = hits[0] ?? (spec.extraPaths ?? []).find(isExecutable);
    if (first === undefined) return { prefix: join(missingPackagesDir, attrPath), exe: null };
    // a prefix of links: bin/<exe> → wherever each program was found
    const links = exes.flatMap((exe, i) => {
      const target = i === 0 ? first : findAll(exe, searchPath)[0];
      return target === undefined ? [] : [[exe, target] as const];
    });
    const prefix = storePath(`${attrPath}-host`, JSON.stringify(links));
    mkdirSync(join(prefix, "bin"), { recursive: true });
    for (const [exe, target] of links) {
      try {
        symlinkSync(target, join(prefix, "bin", exe));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    return { prefix, exe: first };
  };

  const hostPackage = (attrPath: string, spec: HostPackageSpec): Package => {
    const { prefix, exe } = locate(attrPath, spec);
    const pname = spec.pname ?? attrPath.split(".").pop()!;
    let version: string | undefined | null = null;
    const readVersion = (): string | undefined => {
      if (version !== null) return version;
      version = undefined;
      if (exe !== null && spec.versionArgs !== undefined) {
        try {
          const out = execFileSync(exe, spec.versionArgs, { encoding: "utf8", timeout: 5000, stdio: ["ignore", "pipe", "pipe"] });
          version = /[0-9]+(\.[0-9]+)+/.exec(out)?.[0];
        } catch {
          // a program that cannot tell its version has none, as a package without `version`
        }
      }
      return version;
    };
    const outputs: Record<string, Package> = {};
    const pkg: Package = {
      type: "derivation",
      get name() {
        const v = readVersion();
        return v === undefined ? pname : `${pname}-${v}`;
      },
      pname,
      get version() {
        return readVersion();
      },
      outPath: prefix,
      outputName: "out",
      outputNames: ["out"],
      outputs,
      meta: spec.mainProgram === undefined ? {} : { mainProgram: spec.mainProgram },
      attrs: spec.attrs ?? {},
      toString: () => prefix,
    };
    // nixpkgs' split outputs (`bin`, `dev`, `lib`, …) all are the one host prefix
    return withAnyOutput(pkg, outputs);
  };

  const get = (attrPath: string): Package => {
    let pkg = packages.get(attrPath);
    if (pkg === undefined) {
      const spec = Object.hasOwn(hostPackages, attrPath) ? hostPackages[attrPath] : undefined;
      pkg = spec !== undefined ? hostPackage(attrPath, spec) : attrPath === "linuxPackages.kernel" ? guestKernel() : missingPackage(attrPath);
      packages.set(attrPath, pkg);
    }
    return pkg;
  };

  // a writer only names its file (by content, as Nix does); the runner command writes it when needed
  const write = (file: WrittenFile): Package => {
    const outPath = storePath(file.name, `${file.kind}\0${file.text ?? JSON.stringify(file.json)}`);
    files.set(outPath, file);
    return plainPackage(file.name, outPath);
  };

  const self: PackageSet = {
    _type: "pkgs",
    hostPlatform,
    get buildPackages(): PackageSet {
      const build = buildSystem === system ? self : makeSet(buildSystem, buildSystem, storeDir, searchPath, files);
      Object.defineProperty(self, "buildPackages", { value: build });
      return build;
    },
    storeDir,
    get,
    has: (attrPath) => Object.hasOwn(hostPackages, attrPath),
    storePath: (name) => storePath(name),
    ...writers(write),
    files,
  };
  return self;
}

/**
 * `linuxPackages.kernel`: a guest kernel is not something a host has. Its
 * path is a placeholder (set `microvm.kernel` to a real one); its version is
 * the running kernel's, which the modules' feature checks compare against.
 */
function guestKernel(): Package {
  const pkg = missingPackage("linuxPackages.kernel");
  const version = /^[0-9]+(\.[0-9]+)*/.exec(release())?.[0];
  return version === undefined ? pkg : Object.assign(pkg, { version, name: `linux-${version}`, pname: "linux" });
}

/** A package at a fixed path with one output. */
function plainPackage(name: string, outPath: string): Package {
  const outputs: Record<string, Package> = {};
  const pkg: Package = {
    type: "derivation",
    name,
    pname: name,
    outPath,
    outputName: "out",
    outputNames: ["out"],
    outputs,
    meta: {},
    attrs: {},
    toString: () => outPath,
  };
  outputs.out = pkg;
  return pkg;
}

/** A package this host does not have: its path is a placeholder that {@link missingPackagesIn} recognises. */
function missingPackage(attrPath: string): Package {
  return withAnyOutput(plainPackage(attrPath.split(".").pop()!, join(missingPackagesDir, attrPath)), {});
}

/** `pkg` whose `outputs` answers every output name (`dev`, `bin`, …) with the package itself. */
function withAnyOutput(pkg: Package, outputs: Record<string, Package>): Package {
  outputs.out = pkg;
  const anyOutput = new Proxy(outputs, {
    get: (target, k) => (typeof k === "string" && !Object.hasOwn(target, k) ? pkg : Reflect.get(target, k)),
    has: (target, k) => typeof k === "string" || Reflect.has(target, k),
  });
  Object.defineProperty(pkg, "outputs", { value: anyOutput });
  return pkg;
}

/**
 * A kernel package made of a kernel file (`/boot/vmlinuz-6.1.0-27-amd64`, or
 * one unpacked from a Debian package): a folder in the store folder whose
 * `bzImage` and `Image` (the runners' `${kernel}/<kernelTarget>`) link to the
 * file. The version is read from the file's name unless given; the guest
 * modules compare it (`kernelAtLeast`).
 *
 *     microvm: { kernel: kernelFromFile("/boot/vmlinuz-6.1.0-27-amd64"), initrdPath: "/boot/initrd.img-6.1.0-27-amd64" }
 */
export function kernelFromFile(file: string, opts: { version?: string; storeDir?: string } = {}): Package {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`kernelFromFile: no kernel file ${path}`);
  const version = opts.version ?? /[0-9]+\.[0-9]+(\.[0-9]+)?/.exec(basename(path))?.[0];
  if (version === undefined) throw new Error(`kernelFromFile: cannot tell the version from the name ${basename(path)}; give it as { version }`);
  const name = `linux-${version}`;
  const prefix = join(opts.storeDir ?? defaultStoreDir(), `${hashOf(path)}-${name}`);
  mkdirSync(prefix, { recursive: true });
  for (const target of ["bzImage", "Image"]) {
    try {
      symlinkSync(path, join(prefix, target));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return Object.assign(plainPackage(name, prefix), { pname: "linux", version });
}
