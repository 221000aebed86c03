/**
 * Hostile values in every string option that reaches a runner's scripts or
 * files (issue 12). For one hypervisor: a base config that uses every
 * feature the hypervisor has, then for each (option, payload) the runner is
 * built, written with its store files, checked with `bash -n` and
 * shellcheck (no check excluded but SC2004, a style note on `$` in
 * arithmetic), and its scripts are run against recording fake programs.
 * Each run must leave no marker file, give every fake program the argv of
 * the harmless run with only the value substituted, and write nothing
 * outside the runner, store and state folders — or the value must be
 * refused with an error naming the option.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type PackageEntry, type PackageSet, packageSetFromEntries } from "../../pkgs/package-set.js";
import { RunnerBuildError, type Runner, buildRunner, writeRunner } from "../../src/runners/runner.js";
import { placeStoreFiles, writePlacedFiles } from "../../src/runners/store.js";
import type { MicrovmConfig } from "../../src/runners/types.js";
import { goldenDir, loadGoldenCase } from "../runners/golden-harness.js";

/** The payloads of issue 12. `M` is the marker file a command in a value would create. */
export const payloads: Readonly<Record<string, string>> = {
  "single quote": "a'b",
  "double quote": 'a"b',
  "command substitution": "$(touch M)",
  backquotes: "`touch M`",
  semicolon: "a;touch M",
  newline: "a\ntouch M",
  glob: "*",
  "leading dash": "-x",
  variable: "$HOME",
  long: "l".repeat(300),
  unicode: "ünïcødé-✓-🚀",
};

/** A value that is valid everywhere and unique in the scripts. */
export const harmless = "hArmless0";

/** Programs the runners call; each is a fake that records its argv. */
const fakePrograms = [
  "qemu-system-x86_64",
  "cloud-hypervisor",
  "ch-remote",
  "firecracker",
  "crosvm",
  "lkvm",
  "stratovirt",
  "unbuffer",
  "alioth",
  "mkfs.ext4",
  "socat",
  "curl",
  "nc",
  "waitpid",
  "jq",
  "modprobe",
  "supervisord",
  "supervisorctl",
  "virtiofsd",
];

/** Real tools the scripts use from coreutils' place (the fake store's `coreutils/bin`). */
const realTools = ["bash", "touch", "truncate", "rm", "mkdir", "cat", "mv", "mktemp", "sleep", "basename", "id"];

/** Writes its argv NUL-separated to $ARGV_DIR/<program>.<pid>.<n>; `crosvm device gpu` also makes the socket it is given. */
const recorder = (node: string): string => `#!/usr/bin/env bash
printf '%s\\0' "$@" > "$ARGV_DIR/\${0##*/}.$$.$RANDOM"
if [ "\${0##*/}" = crosvm ] && [ "$1" = device ]; then
  exec ${node} -e 'const s = require("net").createServer(); s.on("error", () => process.exit(0)); s.listen(process.argv[1], () => process.exit(0))' -- "$4"
fi
exit 0
`;

function which(tool: string): string {
  return execFileSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim();
}

/** stubs.json with its store paths under `storeDir`, every package's bin/ holding the fakes and real tools. */
function fakeStore(storeDir: string): Record<string, PackageEntry> {
  const entries = JSON.parse(readFileSync(path.join(goldenDir, "stubs.json"), "utf8")) as Record<string, PackageEntry>;
  const moved = (p: string): string => p.replace("/nix/store", storeDir);
  const tools = new Map(realTools.map((t) => [t, which(t)]));
  const script = recorder(process.execPath);
  for (const entry of Object.values(entries)) {
    entry.outputs = Object.fromEntries(Object.entries(entry.outputs).map(([o, p]) => [o, moved(p)]));
    if (entry.path !== undefined) entry.path = moved(entry.path);
    for (const dir of new Set(Object.values(entry.outputs))) {
      const bin = path.join(dir, "bin");
      mkdirSync(bin, { recursive: true });
      for (const program of fakePrograms) writeFileSync(path.join(bin, program), script, { mode: 0o755 });
      for (const [tool, real] of tools) symlinkSync(real, path.join(bin, tool));
    }
  }
  return entries;
}

/** One option: how to put a value in the base config. */
export interface OptionSetter {
  readonly option: string;
  set(config: MicrovmConfig, value: string): MicrovmConfig;
}

const setIn = <K extends keyof MicrovmConfig>(key: K, f: (v: MicrovmConfig[K], value: string) => MicrovmConfig[K]) =>
  (c: MicrovmConfig, value: string): MicrovmConfig => ({ ...c, [key]: f(c[key], value) });

const first = <T>(list: readonly T[], pred: (t: T) => boolean, f: (t: T) => T): T[] => {
  const i = list.findIndex(pred);
  return list.map((t, j) => (j === i ? f(t) : t));
};

/** Every string option of `config.microvm` (and the host name) that a runner puts into a script or file. */
export const options: readonly OptionSetter[] = [
  { option: "networking.hostName", set: (c, v) => ({ ...c, hostName: v }) },
  { option: "microvm.socket", set: setIn("socket", (_, v) => v) },
  { option: "microvm.graphics.socket", set: setIn("graphics", (g, v) => ({ ...g, socket: v })) },
  { option: "microvm.interfaces.*.id", set: setIn("interfaces", (l, v) => first(l, (i) => i.type === "tap", (i) => ({ ...i, id: v }))) },
  { option: "microvm.interfaces.*.mac", set: setIn("interfaces", (l, v) => first(l, (i) => i.type === "tap", (i) => ({ ...i, mac: v }))) },
  { option: "microvm.interfaces.*.bridge", set: setIn("interfaces", (l, v) => first(l, (i) => i.type === "bridge", (i) => ({ ...i, bridge: v }))) },
  { option: "microvm.devices.*.path (pci)", set: setIn("devices", (l, v) => first(l, (d) => d.bus === "pci", (d) => ({ ...d, path: v }))) },
  {
    option: "microvm.devices.*.qemu.deviceExtraArgs",
    set: setIn("devices", (l, v) => first(l, (d) => d.bus === "pci", (d) => ({ ...d, qemu: { deviceExtraArgs: v } }))),
  },
  { option: "microvm.devices.*.path (usb)", set: setIn("devices", (l, v) => first(l, (d) => d.bus === "usb", (d) => ({ ...d, path: v }))) },
  { option: "microvm.initrdPath", set: setIn("initrdPath", (_, v) => v) },
  { option: "microvm.kernelParams", set: setIn("kernelParams", (l, v) => [...l, v]) },
  { option: "microvm.crosvm.pivotRoot", set: (c, v) => ({ ...c, crosvm: { ...c.crosvm, pivotRoot: v } }) },
  { option: "microvm.shares.*.tag", set: setIn("shares", (l, v) => l.map((s, i) => ({ ...s, tag: `${v}${i}` }))) },
  { option: "microvm.shares.*.source", set: setIn("shares", (l, v) => l.map((s) => ({ ...s, source: v }))) },
  {
    option: "microvm.shares.*.socket",
    set: setIn("shares", (l, v) => first(l, (s) => s.proto === "virtiofs", (s) => ({ ...s, socket: v }))),
  },
  { option: "microvm.volumes.*.image", set: setIn("volumes", (l, v) => first(l, () => true, (x) => ({ ...x, image: v }))) },
  { option: "microvm.volumes.*.label", set: setIn("volumes", (l, v) => first(l, () => true, (x) => ({ ...x, label: v }))) },
  { option: "microvm.volumes.*.serial", set: setIn("volumes", (l, v) => first(l, () => true, (x) => ({ ...x, serial: v }))) },
  {
    option: "microvm.volumes.*.mkfsExtraArgs",
    set: setIn("volumes", (l, v) => first(l, () => true, (x) => ({ ...x, mkfsExtraArgs: ["-E", v] }))),
  },
  { option: "microvm.credentialFiles", set: setIn("credentialFiles", (_, v) => ({ cred: v })) },
  {
    option: "microvm.forwardPorts.*.host.address",
    set: setIn("forwardPorts", (l, v) => l.map((f, i) => (i === 0 ? { ...f, host: { ...f.host, address: v } } : f))),
  },
  {
    option: "microvm.forwardPorts.*.host.address (guest forward)",
    set: setIn("forwardPorts", (l, v) => l.map((f, i) => (i === 0 ? { ...f, from: "guest" as const, host: { ...f.host, address: v } } : f))),
  },
  {
    option: "microvm.cloud-hypervisor.platformOEMStrings",
    set: (c, v) => ({ ...c, "cloud-hypervisor": { ...c["cloud-hypervisor"], platformOEMStrings: [v] } }),
  },
];

type Features = {
  interfaces: ("tap" | "bridge" | "user")[];
  devices: ("pci" | "usb")[];
  shares: ("9p" | "virtiofs")[];
  socket: boolean;
  balloon: boolean;
  graphics: boolean;
  pivotRoot: boolean;
  credentials: boolean;
};

/** What each backend can build (macvtap is checked in macvtap.test.ts: opening /dev/tapN needs a real interface). */
const features: Readonly<Record<string, Features>> = {
  qemu: { interfaces: ["tap", "bridge", "user"], devices: ["pci", "usb"], shares: ["virtiofs", "9p"], socket: true, balloon: true, graphics: false, pivotRoot: false, credentials: true },
  "cloud-hypervisor": { interfaces: ["tap"], devices: ["pci"], shares: ["virtiofs"], socket: true, balloon: true, graphics: true, pivotRoot: false, credentials: false },
  firecracker: { interfaces: ["tap"], devices: [], shares: [], socket: true, balloon: false, graphics: false, pivotRoot: false, credentials: false },
  crosvm: { interfaces: ["tap"], devices: ["pci"], shares: ["virtiofs", "9p"], socket: true, balloon: true, graphics: true, pivotRoot: true, credentials: false },
  kvmtool: { interfaces: ["tap"], devices: ["pci"], shares: ["9p"], socket: false, balloon: true, graphics: false, pivotRoot: false, credentials: false },
  stratovirt: { interfaces: ["tap", "bridge"], devices: ["usb"], shares: ["virtiofs"], socket: true, balloon: false, graphics: false, pivotRoot: false, credentials: false },
  alioth: { interfaces: ["tap"], devices: [], shares: ["virtiofs"], socket: false, balloon: false, graphics: false, pivotRoot: false, credentials: false },
};

/** The base config of a hypervisor, every string value `harmless` (or one made from it). */
export function baseConfig(hypervisor: string, pkgs: PackageSet): MicrovmConfig {
  const f = features[hypervisor];
  const base = loadGoldenCase(path.join(goldenDir, "cases"), "case-01", hypervisor).microvmConfig;
  return {
    ...base,
    hostName: "vm",
    kernel: pkgs.get("linuxPackages.kernel"),
    initrdPath: "/boot/initrd",
    storeOnDisk: false,
    socket: f.socket ? "vm.sock" : null,
    balloon: f.balloon,
    graphics: { enable: f.graphics, backend: "gtk", socket: "gpu.sock" },
    crosvm: { ...base.crosvm, pivotRoot: f.pivotRoot ? "pivot" : null, extraArgs: [] },
    credentialFiles: f.credentials ? { cred: "cred.txt" } : {},
    interfaces: f.interfaces.map((type, i) => ({
      type,
      id: `if${i}`,
      mac: `02:00:00:00:00:0${i}`,
      ...(type === "bridge" ? { bridge: "br0" } : {}),
    })),
    forwardPorts: f.interfaces.includes("user")
      ? [{ from: "host", proto: "tcp", host: { address: "127.0.0.1", port: 2222 }, guest: { address: "10.0.2.15", port: 22 } }]
      : [],
    devices: f.devices.map((bus) => ({ bus, path: bus === "pci" ? "0000:01:00.0" : "hostbus=1,hostaddr=2", qemu: { deviceExtraArgs: bus === "pci" ? "x-vga=on" : null } })),
    shares: f.shares.map((proto, i) => ({
      tag: `share${i}`,
      source: `/srv/share${i}`,
      socket: proto === "virtiofs" ? `share${i}.sock` : null,
      mountPoint: `/mnt/${i}`,
      proto,
      readOnly: false,
      securityModel: "none",
    })),
    volumes: [
      { image: "var.img", serial: hypervisor === "qemu" || hypervisor === "cloud-hypervisor" || hypervisor === "crosvm" || hypervisor === "stratovirt" ? "ser0" : null, direct: false, readOnly: false, mountPoint: "/var", size: 1, autoCreate: true, fsType: "ext4", label: "var", mkfsExtraArgs: ["-E", "x"] },
    ],
    kernelParams: ["quiet"],
    "cloud-hypervisor": { extraArgs: [], platformOEMStrings: hypervisor === "cloud-hypervisor" ? ["oem"] : [] },
  };
}

/** A test environment: the fake store (made once) and a scratch folder. */
export interface Sandbox {
  readonly root: string;
  readonly pkgsStore: string;
  readonly entries: Record<string, PackageEntry>;
}

export function makeSandbox(name: string): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), `microvm-security-${name}-`));
  const pkgsStore = path.join(root, "pkgs");
  return { root, pkgsStore, entries: fakeStore(pkgsStore) };
}

export const removeSandbox = (s: Sandbox): void => rmSync(s.root, { recursive: true, force: true });

/** What one run produced, for comparison with the harmless run. */
export interface RunRecord {
  /** program → its argv records (sorted), store hashes and temporary names normalised. */
  readonly argv: Record<string, string[][]>;
  /** The JSON files in the store (firecracker's config), parsed, by normalised path. */
  readonly storeJson: Record<string, unknown>;
  /** Files in the state folder (cwd of the scripts) besides sockets. */
  readonly stateFiles: string[];
  /** Files anywhere outside the runner, store, state and record folders (must stay empty). */
  readonly outside: string[];
  /** Whether a marker file `M` appeared anywhere. */
  readonly marker: boolean;
  readonly runStatus: number | null;
  readonly runStderr: string;
}

export type Outcome =
  | { kind: "refused"; message: string }
  | { kind: "ran"; record: RunRecord; scripts: string[]; runner: Runner };

function listFiles(dir: string, prefix = ""): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(path.join(dir, prefix));
  } catch {
    return out;
  }
  for (const e of entries) {
    const rel = path.join(prefix, e);
    const st = lstatSync(path.join(dir, rel));
    out.push(rel);
    if (st.isDirectory() && !st.isSymbolicLink()) out = out.concat(listFiles(dir, rel));
  }
  return out;
}

/** Store hashes and temporary names as placeholders; `./-x` (how a name starting with `-` is given to a command) as `-x`. */
const normalise = (s: string): string =>
  s.replace(/[0-9a-f]{32}-/g, "HASH-").replace(/\.new-[A-Za-z0-9]{6}/g, ".new-XXXXXX").replace(/^\.\//, "");

/** Builds, writes and runs the runner of `config` in a fresh folder under the sandbox. */
export async function buildAndRun(
  sandbox: Sandbox,
  config: MicrovmConfig,
  label: string,
  run: boolean,
  alsoRun: readonly string[] = ["microvm-shutdown", "microvm-balloon"],
): Promise<Outcome> {
  const pkgs = packageSetFromEntries(sandbox.entries, { system: "x86_64-linux" });
  let runner: Runner;
  try {
    runner = buildRunner({ microvmConfig: config, pkgs, toplevel: pkgs.storePath("nixos-system") });
  } catch (error) {
    if (error instanceof RunnerBuildError) return { kind: "refused", message: error.message };
    throw error;
  }
  const dir = path.join(sandbox.root, label);
  const [out, store, state, argvDir, home] = ["out", "store", "state", "argv", "home"].map((d) => path.join(dir, d));
  for (const d of [state, argvDir, home]) mkdirSync(d, { recursive: true });
  const placed = placeStoreFiles(runner, store, which("bash"));
  writePlacedFiles(placed.files);
  writeRunner(placed.runner, out);
  const scripts = readdirSync(path.join(out, "bin")).map((s) => path.join(out, "bin", s));
  const storeScripts = placed.files.filter((f) => f.executable).map((f) => (f.binName === null ? f.path : path.join(f.path, "bin", f.binName)));

  let runStatus: number | null = null;
  let runStderr = "";
  if (run) {
    const env = {
      PATH: path.join(pkgs.get("coreutils").outPath, "bin"),
      ARGV_DIR: argvDir,
      HOME: home,
      MAINPID: "1",
      XDG_RUNTIME_DIR: home,
      WAYLAND_DISPLAY: "wayland-0",
    };
    const exec = (script: string, args: string[]): Promise<{ status: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn(path.join(out, "bin", script), args, { cwd: state, env, stdio: ["ignore", "ignore", "pipe"], timeout: 10_000 });
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
        child.on("close", (status) => resolve({ status, stderr }));
      });
    const r = await exec("microvm-run", []);
    runStatus = r.status;
    runStderr = r.stderr;
    // the other scripts that run without root (those the option reaches)
    for (const other of alsoRun) {
      if (placed.runner.binScripts[other] !== undefined) await exec(other, other === "microvm-balloon" ? ["100"] : []);
    }
  }
  const argv: Record<string, string[][]> = {};
  const local = (s: string): string => normalise(s.replaceAll(dir, "<run>"));
  for (const f of readdirSync(argvDir)) {
    const program = f.split(".").slice(0, -2).join(".");
    const record = readFileSync(path.join(argvDir, f), "utf8").split("\0").slice(0, -1).map(local);
    (argv[program] ??= []).push(record);
  }
  for (const list of Object.values(argv)) list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const all = listFiles(dir);
  const allowed = ["out", "store", "state", "argv", "home"];
  return {
    kind: "ran",
    runner: placed.runner,
    scripts: [...scripts, ...storeScripts],
    record: {
      argv,
      storeJson: Object.fromEntries(
        placed.files.filter((f) => f.path.endsWith(".json")).map((f) => [local(f.path), deepMap(JSON.parse(f.content), local)]),
      ),
      stateFiles: listFiles(state).filter((f) => !lstatSync(path.join(state, f)).isSocket()).map(normalise).sort(),
      outside: [...all.filter((f) => !allowed.includes(f.split(path.sep)[0])), ...listFiles(home)],
      marker: all.some((f) => path.basename(f) === "M") || listFiles(sandbox.root).some((f) => path.basename(f) === "M"),
      runStatus,
      runStderr,
    },
  };
}

/**
 * The shellcheck notes tolerated: SC2004 (`$` on variables in arithmetic,
 * microvm.nix's style) and SC2016 (a `$` in single quotes: a config value
 * quoted to stay literal). Never SC2046/SC2086.
 */
export const toleratedChecks = ["SC2004", "SC2016"];

/** One file of each content (scripts of runs whose value does not reach them are the same). */
function distinctContents(files: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const f of files) {
    const key = readFileSync(f, "utf8");
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}

/** shellcheck findings per file (one shellcheck run for many files). */
export function shellcheck(allFiles: readonly string[]): Map<string, string[]> {
  const files = distinctContents(allFiles);
  const found = new Map<string, string[]>();
  for (let i = 0; i < files.length; i += 200) {
    const batch = files.slice(i, i + 200);
    const r = spawnSync("shellcheck", ["--shell=bash", `--exclude=${toleratedChecks.join(",")}`, "-f", "gcc", ...batch], { encoding: "utf8", maxBuffer: 64 << 20 });
    for (const line of r.stdout.split("\n").filter((l) => l !== "")) {
      const file = batch.find((f) => line.startsWith(`${f}:`)) ?? "?";
      found.set(file, [...(found.get(file) ?? []), line]);
    }
  }
  return found;
}

/** `bash -n` of each file; the files with errors. */
export function syntaxErrors(files: readonly string[]): string[] {
  return distinctContents(files).filter((f) => spawnSync("bash", ["-n", f]).status !== 0);
}

/** `v` with `f` applied to every string in it (attribute names too). */
function deepMap(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === "string") return f(v);
  if (Array.isArray(v)) return v.map((x) => deepMap(x, f));
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [f(k), deepMap(x, f)]));
  return v;
}

/** The harmless run's record with `harmless` replaced by the payload (where shell/JSON-free text holds it). */
export function substituted(record: RunRecord, payload: string): Pick<RunRecord, "argv" | "stateFiles" | "storeJson"> {
  const sub = (s: string): string => normalise(s.replaceAll(harmless, payload));
  return {
    storeJson: deepMap(record.storeJson, sub) as Record<string, unknown>,
    argv: Object.fromEntries(
      Object.entries(record.argv).map(([p, list]) => [
        p,
        list.map((a) => a.map(sub)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      ]),
    ),
    stateFiles: record.stateFiles.map(sub).sort(),
  };
}
