/**
 * The runner scripts as written to disk: every golden case's scripts pass
 * `bash -n` and shellcheck (with microvm.nix's own style tolerated, see
 * `tolerated`), and volume images and share sources with spaces, quotes,
 * `$(…)` or newlines reach the hypervisor and mkfs unchanged — checked by
 * running microvm-run against fake hypervisor binaries that record their argv.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type PackageEntry, packageSetFromEntries } from "../../pkgs/package-set.js";
import { hypervisors } from "../../src/runners/index.js";
import { RunnerBuildError, buildRunner, writeRunner } from "../../src/runners/runner.js";
import type { MicrovmConfig, MicrovmShare, MicrovmVolume } from "../../src/runners/types.js";
import { caseNames, goldenDir, loadGoldenCase } from "./golden-harness.js";

const work = mkdtempSync(path.join(tmpdir(), "microvm-scripts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const goldenCasesDir = path.join(goldenDir, "cases");

/**
 * shellcheck findings in text microvm.nix writes that way on purpose:
 * SC2086 (unquoted `$ARGS`, `$OPT_RLIMIT`, `$XDG_RUNTIME_DIR/…`: word
 * splitting is intended or the values are paths without spaces), SC2004
 * (`$(( $SIZE * 1024 ))`: `$` inside arithmetic), SC2046 (the config's
 * pci-setup script's unquoted `$(…)`), SC2068 (cloud-hypervisor's unquoted
 * `$@` in microvm-shutdown). None concerns values the port inserts; those
 * are checked by running the scripts below.
 */
const tolerated = ["SC2004", "SC2046", "SC2068", "SC2086"];
const hasShellcheck = spawnSync("shellcheck", ["--version"]).status === 0;

describe("written runner scripts of the golden cases", () => {
  it("shellcheck is installed", () => {
    expect(hasShellcheck).toBe(true);
  });

  for (const name of caseNames(goldenCasesDir)) {
    for (const hypervisor of hypervisors) {
      it(`${name} ${hypervisor}: bash -n and shellcheck`, () => {
        const goldenCase = loadGoldenCase(goldenCasesDir, name, hypervisor);
        const pkgs = goldenCase.pkgs();
        let runner;
        try {
          runner = buildRunner({
            microvmConfig: goldenCase.microvmConfig,
            pkgs,
            vmHostPackages: goldenCase.vmHostPackagesOf(pkgs),
            toplevel: pkgs.storePath("nixos-system"),
          });
        } catch (error) {
          // runners upstream cannot build either (golden.test.ts checks the message)
          expect(error).toBeInstanceOf(RunnerBuildError);
          return;
        }
        const out = path.join(work, `${name}-${hypervisor}`);
        writeRunner(runner, out);
        for (const script of readdirSync(path.join(out, "bin"))) {
          const file = path.join(out, "bin", script);
          expect(readFileSync(file, "utf8").startsWith("#!/usr/bin/env bash\n")).toBe(true);
          const syntax = spawnSync("bash", ["-n", file], { encoding: "utf8" });
          expect(syntax.stderr, `bash -n ${script}`).toBe("");
          expect(syntax.status).toBe(0);
          if (hasShellcheck) {
            const check = spawnSync("shellcheck", ["--shell=bash", `--exclude=${tolerated.join(",")}`, file], {
              encoding: "utf8",
            });
            expect(check.stdout, `shellcheck ${script}`).toBe("");
          }
        }
      });
    }
  }
});

// ------------------------------------------------------------ quoting

/** A fake program that writes its arguments, NUL-separated, to $ARGV_DIR/<name>.<n>. */
const argvRecorder = `#!/usr/bin/env bash
n=$(ls "$ARGV_DIR" | wc -l)
printf '%s\\0' "$@" > "$ARGV_DIR/$(basename "$0").$n"
`;

/** Programs the runners call from their packages. */
const programs = [
  "qemu-system-x86_64",
  "cloud-hypervisor",
  "firecracker",
  "crosvm",
  "lkvm",
  "stratovirt",
  "unbuffer",
  "alioth",
  "mkfs.ext4",
  "ch-remote",
  "socat",
];

/** stubs.json with every store path moved under `storeDir`, each with the fake programs in bin/. */
function fakeStore(storeDir: string): Record<string, PackageEntry> {
  const entries = JSON.parse(readFileSync(path.join(goldenDir, "stubs.json"), "utf8")) as Record<
    string,
    PackageEntry
  >;
  const moved = (p: string): string => p.replace("/nix/store", storeDir);
  const realTools = ["bash", "touch", "truncate", "rm", "mkdir", "cat", "ls", "wc", "basename", "sleep", "mktemp", "mv"];
  for (const entry of Object.values(entries)) {
    entry.outputs = Object.fromEntries(Object.entries(entry.outputs).map(([o, p]) => [o, moved(p)]));
    if (entry.path !== undefined) entry.path = moved(entry.path);
    for (const dir of Object.values(entry.outputs)) {
      mkdirSync(path.join(dir, "bin"), { recursive: true });
      for (const program of programs) {
        writeFileSync(path.join(dir, "bin", program), argvRecorder);
        chmodSync(path.join(dir, "bin", program), 0o755);
      }
      for (const tool of realTools) symlinkSync(whichTool(tool), path.join(dir, "bin", tool));
    }
  }
  return entries;
}

const toolPaths = new Map<string, string>();
function whichTool(tool: string): string {
  let found = toolPaths.get(tool);
  if (found === undefined) {
    found = execFileSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim();
    toolPaths.set(tool, found);
  }
  return found;
}

/** Records of one fake program, oldest first. */
function recordedArgv(argvDir: string, program: string): string[][] {
  return readdirSync(argvDir)
    .filter((f) => f.startsWith(`${program}.`))
    .sort((a, b) => Number(a.split(".").pop()) - Number(b.split(".").pop()))
    .map((f) => readFileSync(path.join(argvDir, f), "utf8").split("\0").slice(0, -1));
}

const hostileNames = ["with space", "it's \"quoted\"", "$(touch PWNED)`touch PWNED2`", "new\nline", "*glob?"];

/** What each hypervisor can take and the program microvm-run ends in. */
const hypervisorSetups: Record<string, { shares: "9p" | "virtiofs" | "none"; program: string; imagesInArgv: boolean }> =
  {
    qemu: { shares: "9p", program: "qemu-system-x86_64", imagesInArgv: true },
    "cloud-hypervisor": { shares: "virtiofs", program: "cloud-hypervisor", imagesInArgv: true },
    // firecracker reads its volumes from its JSON config file, not from argv
    firecracker: { shares: "none", program: "firecracker", imagesInArgv: false },
    crosvm: { shares: "9p", program: "crosvm", imagesInArgv: true },
    kvmtool: { shares: "9p", program: "lkvm", imagesInArgv: true },
    stratovirt: { shares: "none", program: "unbuffer", imagesInArgv: true },
    alioth: { shares: "virtiofs", program: "alioth", imagesInArgv: true },
  };

describe("hostile volume images and share sources are quoted in every script", () => {
  for (const hypervisor of hypervisors) {
    it(`${hypervisor}: microvm-run passes them unchanged`, () => {
      const setup = hypervisorSetups[hypervisor];
      const dir = path.join(work, `hostile-${hypervisor}`);
      const vmDir = path.join(dir, "vm dir");
      const argvDir = path.join(dir, "argv");
      mkdirSync(vmDir, { recursive: true });
      mkdirSync(argvDir);
      const pkgs = packageSetFromEntries(fakeStore(path.join(dir, "store")), { system: "x86_64-linux" });

      const images = hostileNames.map((n) => path.join(vmDir, `${n}.img`));
      const volumes: MicrovmVolume[] = images.map((image, i) => ({
        image,
        serial: null,
        direct: false,
        readOnly: false,
        mountPoint: `/v${i}`,
        size: 1,
        autoCreate: true,
        fsType: "ext4",
        label: `l'${i}`,
        mkfsExtraArgs: ["-E", "x y"],
      }));
      const sources = hostileNames.map((n) => `/srv/${n}`);
      const proto = setup.shares;
      const shares: MicrovmShare[] =
        proto === "none"
          ? []
          : sources.map((source, i) => ({
              tag: `share${i}`,
              source,
              socket: proto === "virtiofs" ? `share${i}.sock` : null,
              mountPoint: `/s${i}`,
              proto,
              readOnly: false,
              securityModel: "none",
            }));
      const base = loadGoldenCase(goldenCasesDir, "case-01", hypervisor).microvmConfig;
      const microvmConfig: MicrovmConfig = {
        ...base,
        kernel: pkgs.get("linuxPackages.kernel"),
        storeOnDisk: false,
        storeDisk: pkgs.storePath("microvm-store-disk.erofs"),
        volumes,
        shares,
      };

      const runner = buildRunner({ microvmConfig, pkgs, toplevel: pkgs.storePath("nixos-system") });
      const out = path.join(dir, "runner");
      writeRunner(runner, out);
      for (const script of readdirSync(path.join(out, "bin"))) {
        expect(spawnSync("bash", ["-n", path.join(out, "bin", script)]).status, script).toBe(0);
      }

      const run = spawnSync(whichTool("bash"), [path.join(out, "bin", "microvm-run")], {
        cwd: vmDir,
        env: { PATH: path.join(pkgs.get("coreutils").outPath, "bin"), ARGV_DIR: argvDir, HOME: dir },
        encoding: "utf8",
      });
      expect(run.stderr.replace(/^.*chattr: command not found\n/gm, "")).toBe("");
      expect(run.status).toBe(0);

      // every image was formatted in a temporary file beside it (then renamed to its own name), nothing was executed
      const mkfs = recordedArgv(argvDir, "mkfs.ext4");
      expect(mkfs.map((argv) => argv.slice(0, -1))).toEqual(images.map((_, i) => ["-L", `l'${i}`, "-E", "x y"]));
      mkfs.forEach((argv, i) => {
        expect(argv.at(-1)?.slice(0, -".new-XXXXXX".length)).toBe(images[i]);
        expect(argv.at(-1)).toMatch(/\.new-[A-Za-z0-9]{6}$/);
      });
      for (const image of images) expect(existsSync(image), image).toBe(true);
      expect(readdirSync(vmDir).sort()).toEqual(hostileNames.map((n) => `${n}.img`).sort());

      const [argv] = recordedArgv(argvDir, setup.program);
      expect(argv).toBeDefined();
      if (setup.imagesInArgv) {
        for (const image of images) expect(argv.some((a) => a.includes(image)), image).toBe(true);
      }
      if (setup.shares === "9p") {
        for (const source of sources) expect(argv.some((a) => a.includes(source)), source).toBe(true);
      }
      if (setup.shares === "virtiofs") {
        shares.forEach(({ tag, source }) => {
          expect(readFileSync(path.join(out, "share/microvm/virtiofs", tag, "source"), "utf8")).toBe(`${source}\n`);
        });
      }
    });
  }
});
