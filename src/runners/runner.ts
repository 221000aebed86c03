/**
 * lib/runner.nix: builds a MicroVM runner — the `bin/` scripts
 * (`microvm-run`, `microvm-shutdown`, `microvm-balloon` and the config's
 * own `binScripts`) and the `share/microvm/` files the host services read —
 * and writes it to a folder.
 */
import { type WrittenFile, pathOf } from "../../pkgs/package.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { backendFor } from "./index.js";
import { makeMacvtap } from "./macvtap.js";
import { type BackendContext, type MicrovmConfig, type PackageLike, RunnerError } from "./types.js";
import { doubleQuoted, fileNameProblem, shownValue as showName } from "../../modules/microvm/shell.js";
import { interpolate, nixToJSON } from "./util.js";
import { createVolumesScript } from "./volumes.js";

/** A built runner (the `microvm-<hypervisor>-<hostName>` derivation's content). */
export interface Runner {
  /** `microvm-<hypervisor>-<hostName>`. */
  readonly name: string;
  /** The store path Nix would give it. */
  readonly path: string;
  /** `bin/<name>` → script text, without the `#!` line. */
  readonly binScripts: Readonly<Record<string, string>>;
  /** Other files by path inside the runner (`share/microvm/tap-flags`, …) → content. */
  readonly files: Readonly<Record<string, string>>;
  /** Symlinks by path inside the runner → target (`share/microvm/system` → the NixOS system). */
  readonly symlinks: Readonly<Record<string, string>>;
  readonly passthru: {
    readonly canShutdown: boolean;
    readonly supportsNotifySocket: boolean;
    readonly tapMultiQueue: boolean;
    readonly hypervisor: string;
  };
  /** Files made by writers (`pkgs.writeText`, …) that the scripts refer to, by store path. */
  readonly storeFiles: Readonly<Record<string, WrittenFile>>;
  /** `lib.warn` messages printed while building it, in order. */
  readonly warnings: readonly string[];
}

export interface RunnerArgs {
  /** config.microvm plus hostName and hypervisor. */
  microvmConfig: MicrovmConfig;
  /** The guest's package set (what runner.nix passes to the backend as `pkgs`). */
  pkgs: PackageSet;
  /** `microvm.vmHostPackages`: writers and mkfs tools come from it. Defaults to `pkgs`. */
  vmHostPackages?: PackageSet;
  /** `config.system.build.toplevel`, linked as `share/microvm/system` when `systemSymlink` is set. */
  toplevel: PackageLike;
}

/** Building the runner failed; `warnings` are those printed before the failure. */
export class RunnerBuildError extends RunnerError {
  override name = "RunnerBuildError";
  constructor(
    message: string,
    readonly warnings: readonly string[],
  ) {
    super(message);
  }
}

/** Nix's attribute-name order (byte order of the UTF-8 names). */
function nixSorted(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/**
 * Builds the runner of `microvmConfig.hypervisor`, evaluating the backend's
 * fields in the order Nix does when it builds the runner, so the first
 * error and the warnings are the ones Nix gives. Throws RunnerBuildError.
 */
export function buildRunner(runnerArgs: RunnerArgs): Runner {
  const { microvmConfig: c, pkgs, toplevel } = runnerArgs;
  const vmHostPackages = runnerArgs.vmHostPackages ?? pkgs;
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
  };
  try {
    return build(c, pkgs, vmHostPackages, toplevel, warn, warnings);
  } catch (error) {
    if (error instanceof RunnerError) throw new RunnerBuildError(error.message, warnings);
    throw error;
  }
}

function build(
  c: MicrovmConfig,
  pkgs: PackageSet,
  vmHostPackages: PackageSet,
  toplevel: PackageLike,
  warn: (message: string) => void,
  warnings: readonly string[],
): Runner {
  checkFileNames(c);
  const backend = backendFor(c.hypervisor);
  const macvtap = makeMacvtap(c, () => hypervisorConfig.tapMultiQueue ?? false);
  const ctx: BackendContext = {
    microvmConfig: c,
    pkgs,
    get macvtapFds() {
      return macvtap.macvtapFds;
    },
    warn,
  };
  const hypervisorConfig = backend(ctx);

  const passthru = {
    canShutdown: hypervisorConfig.canShutdown,
    supportsNotifySocket: hypervisorConfig.supportsNotifySocket ?? false,
    tapMultiQueue: hypervisorConfig.tapMultiQueue ?? false,
    hypervisor: c.hypervisor,
  };
  const name = `microvm-${c.hypervisor}-${c.hostName}`;

  const { canShutdown } = passthru;
  const setBalloonScript = hypervisorConfig.setBalloonScript ?? null;
  const scripts: Record<string, () => string> = {};
  for (const [scriptName, text] of Object.entries(c.binScripts)) scripts[scriptName] = () => text;
  scripts["microvm-run"] = () => {
    const preStart = "preStart" in hypervisorConfig ? hypervisorConfig.preStart : c.preStart;
    const volumes = createVolumesScript(vmHostPackages, c.volumes, warn);
    const macvtapFds = (hypervisorConfig.requiresMacvtapAsFds ?? false) ? macvtap.openMacvtapFds : "";
    const execArg = c.prettyProcnames ? `-a ${doubleQuoted(`microvm@${c.hostName}`)}` : "";
    return `set -eou pipefail\n${preStart}\n${volumes}\n${macvtapFds}\n\nexec ${execArg} ${hypervisorConfig.command}\n`;
  };
  if (canShutdown) {
    scripts["microvm-shutdown"] = () => {
      const { shutdownCommand } = hypervisorConfig;
      if (shutdownCommand === undefined) throw new RunnerError("attribute 'shutdownCommand' missing");
      return shutdownCommand;
    };
  }
  if (setBalloonScript !== null) {
    scripts["microvm-balloon"] = () =>
      'set -e\n\nif [ -z "$1" ]; then\n  echo "Usage: $0 <balloon-size-mb>"\n  exit 1\nfi\n\n' +
      `SIZE=$1\n${setBalloonScript}\n`;
  }
  const binScripts: Record<string, string> = {};
  for (const scriptName of nixSorted(Object.keys(scripts))) binScripts[scriptName] = scripts[scriptName]();

  const symlinks: Record<string, string> = {};
  if (c.systemSymlink) symlinks["share/microvm/system"] = pathOf(toplevel);

  const files: Record<string, string> = {};
  const append = (file: string, line: string): void => {
    files[file] = (files[file] ?? "") + `${line}\n`;
  };
  files["share/microvm/tap-flags"] = "vnet_hdr\n";
  if (passthru.tapMultiQueue) append("share/microvm/tap-flags", "multi_queue");
  for (const { type, id } of c.interfaces) {
    if (type === "tap") append("share/microvm/tap-interfaces", id);
  }
  for (const { type, id, mac, macvtap: mv } of c.interfaces) {
    if (type === "macvtap" && mv?.link != null && mv.mode != null) {
      if (/\s/.test(mv.link)) {
        throw new RunnerError(`The option \`microvm.interfaces.*.macvtap.link' is ${showName(mv.link)}, which contains white space; it is written as one field of a line of share/microvm/macvtap-interfaces.`);
      }
      append("share/microvm/macvtap-interfaces", [id, mac, mv.link, mv.mode].join(" "));
    }
  }
  for (const { tag, socket, source, proto } of c.shares) {
    if (proto !== "virtiofs") continue;
    files[`share/microvm/virtiofs/${tag}/socket`] = `${interpolate(socket)}\n`;
    files[`share/microvm/virtiofs/${tag}/source`] = `${source}\n`;
  }
  for (const { bus, path } of c.devices) append(`share/microvm/${bus}-devices`, path);

  return {
    name,
    path: vmHostPackages.buildPackages.storePath(name),
    binScripts,
    files,
    symlinks,
    passthru,
    storeFiles: referencedFiles(Object.values(binScripts), [pkgs, vmHostPackages]),
    warnings: [...warnings],
  };
}

/**
 * Refuses, naming the option, values the runner cannot write safely: names
 * that become file or folder names and would leave their folder (share
 * tags, `binScripts` names, interface ids, the host name, which also has
 * Nix's store-name characters), values that would break the one-value-a-line
 * `share/microvm/` files, and paths the scripts create whose names exceed
 * the file-name limit. The module system checks the names too; this holds
 * a config built without it to the same rules.
 */
function checkFileNames(c: MicrovmConfig): void {
  const check = (option: string, name: string, becomes: string): void => {
    const problem = fileNameProblem(name);
    if (problem !== null) {
      throw new RunnerError(`The option \`${option}' is ${showName(name)}, which ${problem}; it becomes ${becomes}, so it must be a plain file name.`);
    }
  };
  if (c.hostName !== "") check("networking.hostName", c.hostName, "the name of the VM's state folder and of its runner files");
  // as in Nix, where it is part of store path names (`microvm-<hypervisor>-<hostName>`, `firecracker-<hostName>.json`)
  if (!/^[A-Za-z0-9+._?=-]*$/.test(c.hostName)) {
    throw new RunnerError(
      `The option \`networking.hostName' is ${showName(c.hostName)}, which has characters a store path name may not have (only letters, digits and + - . _ ? =).`,
    );
  }
  for (const name of Object.keys(c.binScripts)) check(`microvm.binScripts.${showName(name)}`, name, "the file bin/<name>");
  c.shares.forEach(({ tag }, i) => check(`microvm.shares.${i}.tag`, tag, "the folder share/microvm/virtiofs/<tag> and part of a store file name"));
  c.interfaces.forEach(({ id }, i) => check(`microvm.interfaces.${i}.id`, id, "the name of /sys/class/net/<id>"));
  // share/microvm/*-interfaces and *-devices hold one value a line, macvtap's fields separated by spaces
  const singleField = (option: string, value: string | null | undefined, pattern: RegExp, what: string): void => {
    if (value != null && pattern.test(value)) {
      throw new RunnerError(`The option \`${option}' is ${showName(value)}, which contains ${what}; it is written as one field of a line of share/microvm/.`);
    }
  };
  c.interfaces.forEach((iface, i) => {
    singleField(`microvm.interfaces.${i}.id`, iface.id, /\s/, "white space");
    singleField(`microvm.interfaces.${i}.mac`, iface.mac, /\s/, "white space");
  });
  // paths the scripts create or remove: each of their names must fit in a file name
  const fitsFileNames = (option: string, value: string | null | undefined): void => {
    const long = (value ?? "").split("/").find((part) => Buffer.byteLength(part) > 255);
    if (long !== undefined) {
      throw new RunnerError(`The option \`${option}' is ${showName(value ?? "")}, which has a name longer than a file name may be (${Buffer.byteLength(long)} bytes, at most 255).`);
    }
  };
  fitsFileNames("microvm.socket", c.socket);
  fitsFileNames("microvm.graphics.socket", c.graphics.socket);
  fitsFileNames("microvm.crosvm.pivotRoot", c.crosvm.pivotRoot);
  c.shares.forEach(({ socket }, i) => fitsFileNames(`microvm.shares.${i}.socket`, socket));
  // an image is made as a temporary file `<image>.new-XXXXXX` beside it, which must be a valid name too
  c.volumes.forEach(({ image, autoCreate }, i) => {
    const length = Buffer.byteLength(basename(image));
    if (autoCreate && length > 255 - ".new-XXXXXX".length) {
      throw new RunnerError(
        `The option \`microvm.volumes.${i}.image' is ${showName(image)}, whose file name is ${length} bytes long; at most ${255 - ".new-XXXXXX".length} bytes (a file name may have 255, and the image is made as <name>.new-XXXXXX first).`,
      );
    }
  });
  c.devices.forEach(({ path }, i) => singleField(`microvm.devices.${i}.path`, path, /[\n\r]/, "a line break"));
}

/**
 * The writer-made files the texts refer to by store path, and those they
 * refer to in turn (the part of the runner's closure that has content here).
 */
function referencedFiles(texts: readonly string[], sets: readonly PackageSet[]): Record<string, WrittenFile> {
  const pool = new Map<string, WrittenFile>();
  for (const set of sets) for (const [path, file] of set.files) pool.set(path, file);
  const found: Record<string, WrittenFile> = {};
  const pending = [...texts];
  for (let text = pending.pop(); text !== undefined; text = pending.pop()) {
    for (const [path, file] of pool) {
      if (Object.hasOwn(found, path) || !text.includes(path)) continue;
      found[path] = file;
      pending.push(file.text ?? nixToJSON(file.json));
    }
  }
  return Object.fromEntries(nixSorted(Object.keys(found)).map((p) => [p, found[p]]));
}

export interface WriteRunnerOptions {
  /** The `#!` interpreter of the scripts (nixpkgs' writeShellScript uses its bash). */
  shell?: string;
}

/**
 * Writes the runner as `outDir`: executable `bin/` scripts (with a `#!`
 * line), the `share/microvm/` files and symlinks. The whole tree is written
 * into a fresh folder beside `outDir` and renamed into place, so `outDir` is
 * always one complete runner: an interrupted or concurrent write never
 * leaves a partial or mixed one, files of an earlier runner do not survive,
 * and nothing already in `outDir` (a planted symlink) is followed. Only a
 * `kill` between the two renames of the swap can leave `outDir` missing
 * (the previous runner is then in `.<name>.old-*` beside it).
 */
export function writeRunner(runner: Runner, outDir: string, options: WriteRunnerOptions = {}): void {
  const shell = options.shell ?? "/usr/bin/env bash";
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const fresh = mkdtempSync(join(parent, `.${basename(target)}.new-`));
  try {
    chmodSync(fresh, 0o755);
    mkdirSync(join(fresh, "bin"));
    mkdirSync(join(fresh, "share/microvm"), { recursive: true });
    for (const [scriptName, text] of Object.entries(runner.binScripts)) {
      // `wx`: a name that is not a plain file name (checked by buildRunner) fails here too
      writeFileSync(join(fresh, "bin", scriptName), `#!${shell}\n${text}`, { flag: "wx", mode: 0o755 });
    }
    for (const [file, content] of Object.entries(runner.files)) {
      mkdirSync(dirname(join(fresh, file)), { recursive: true });
      writeFileSync(join(fresh, file), content, { flag: "wx" });
    }
    for (const [link, linkTarget] of Object.entries(runner.symlinks)) {
      mkdirSync(dirname(join(fresh, link)), { recursive: true });
      symlinkSync(linkTarget, join(fresh, link));
    }
    swapInto(fresh, target);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renames the folder `fresh` to `target`, moving whatever is at `target`
 * aside first (a folder, a file or a symlink, which is not followed) and
 * removing it after. Concurrent swaps each end with one whole folder.
 */
function swapInto(fresh: string, target: string): void {
  const asides: string[] = [];
  for (;;) {
    try {
      renameSync(fresh, target);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "ENOTDIR" && code !== "EISDIR") throw error;
    }
    const aside = join(dirname(target), `.${basename(target)}.old-${randomBytes(6).toString("hex")}`);
    try {
      renameSync(target, aside);
      asides.push(aside);
    } catch (error) {
      // another writer moved it first: try again
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  for (const aside of asides) rmSync(aside, { recursive: true, force: true });
}
