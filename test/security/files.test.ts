/**
 * Issue 12, files: the runner folder is replaced whole (planted symlinks not
 * followed, no stale files, never half-written, one config's runner when two
 * writes race), store files of two VMs never collide, and volume creation
 * never loses or half-makes an image.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/evaluate.js";
import { packageSetFromEntries } from "../../pkgs/package-set.js";
import { runnerOf } from "../../src/runner-of-config.js";
import { type Runner, buildRunner, writeRunner } from "../../src/runners/runner.js";
import { placeStoreFiles, writePlacedFiles } from "../../src/runners/store.js";
import { baseConfig, makeSandbox, removeSandbox } from "./harness.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sandbox = makeSandbox("files");
afterAll(() => removeSandbox(sandbox));
const pkgs = packageSetFromEntries(sandbox.entries, { system: "x86_64-linux" });

/** Every file and symlink under `dir`: path → content, or `-> target`. */
function tree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(path.join(dir, prefix))) {
    const rel = path.join(prefix, e);
    const st = lstatSync(path.join(dir, rel));
    if (st.isSymbolicLink()) out[rel] = `-> ${readlinkSync(path.join(dir, rel))}`;
    else if (st.isDirectory()) Object.assign(out, tree(dir, rel));
    else out[rel] = readFileSync(path.join(dir, rel), "utf8");
  }
  return out;
}

/** A runner with `count` extra bin scripts of `size` bytes each (tagged, so two runners differ everywhere). */
function runnerWith(tag: string, count: number, size: number): Runner {
  const base = buildRunner({ microvmConfig: baseConfig("qemu", pkgs), pkgs, toplevel: "/nix/store/x-system" });
  const binScripts: Record<string, string> = { ...base.binScripts };
  for (let i = 0; i < count; i++) binScripts[`extra-${i}`] = `# ${tag}\n${tag.repeat(size / tag.length)}\n`;
  return { ...base, binScripts };
}

/** The tree writeRunner gives for `runner` (written to a folder of its own). */
function expectedTree(runner: Runner, name: string): Record<string, string> {
  const dir = path.join(sandbox.root, `expected-${name}`);
  writeRunner(runner, dir);
  return tree(dir);
}

describe("the runner folder is replaced whole", () => {
  it("does not follow a symlink planted in the output folder (or the folder itself being one)", () => {
    const out = path.join(sandbox.root, "planted");
    const victimFile = path.join(sandbox.root, "victim-file");
    const victimDir = path.join(sandbox.root, "victim-dir");
    writeFileSync(victimFile, "precious\n");
    mkdirSync(path.join(out, "bin"), { recursive: true });
    symlinkSync(victimFile, path.join(out, "bin", "microvm-run"));
    mkdirSync(path.join(out, "share"));
    symlinkSync(sandbox.root, path.join(out, "share", "microvm"));
    const runner = runnerWith("a", 1, 10);
    writeRunner(runner, out);
    expect(readFileSync(victimFile, "utf8")).toBe("precious\n");
    expect(lstatSync(path.join(out, "bin", "microvm-run")).isFile()).toBe(true);
    expect(lstatSync(path.join(out, "share", "microvm")).isDirectory()).toBe(true);
    expect(tree(out)).toEqual(expectedTree(runner, "planted"));

    // the output folder itself a symlink: replaced by a folder, its target untouched
    mkdirSync(victimDir);
    writeFileSync(path.join(victimDir, "keep"), "keep\n");
    const linked = path.join(sandbox.root, "linked-out");
    symlinkSync(victimDir, linked);
    writeRunner(runner, linked);
    expect(lstatSync(linked).isDirectory()).toBe(true);
    expect(readdirSync(victimDir)).toEqual(["keep"]);
  });

  it("leaves no stale file of an earlier, bigger config", () => {
    const out = path.join(sandbox.root, "rerun");
    writeRunner(runnerWith("big", 5, 100), out);
    const small = runnerWith("small", 1, 10);
    writeRunner(small, out);
    expect(tree(out)).toEqual(expectedTree(small, "rerun"));
    expect(existsSync(path.join(out, "bin", "extra-4"))).toBe(false);
    // nothing left beside it either
    expect(readdirSync(sandbox.root).filter((f) => f.startsWith(".rerun."))).toEqual([]);
  });

  /** A node process writing `runner` (as JSON in a file) to `out` with the built writer, `times` times. */
  function writer(runnerFile: string, out: string, times: number) {
    const code =
      `const { writeRunner } = await import(${JSON.stringify(path.join(repoRoot, "dist/src/runners/runner.js"))});` +
      `const runner = JSON.parse(require("fs").readFileSync(${JSON.stringify(runnerFile)}, "utf8"));` +
      `for (let i = 0; i < ${times}; i++) writeRunner(runner, ${JSON.stringify(out)});`;
    return spawn(process.execPath, ["--input-type=commonjs", "-e", `(async () => { ${code} })()`], { stdio: "ignore" });
  }

  it("keeps the previous runner intact when a write is killed (kill -9)", async () => {
    const out = path.join(sandbox.root, "killed");
    const previous = runnerWith("old", 3, 100);
    writeRunner(previous, out);
    const before = tree(out);
    const large = runnerWith("new", 400, 50_000);
    const file = path.join(sandbox.root, "large.json");
    writeFileSync(file, JSON.stringify(large));
    const child = writer(file, out, 1);
    // kill it while it writes its temporary folder
    const deadline = Date.now() + 20_000;
    while (!readdirSync(sandbox.root).some((f) => f.startsWith(".killed.new-")) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(tree(out)).toEqual(before);
  });

  it("gives one config's whole runner when two writes race", async () => {
    const out = path.join(sandbox.root, "raced");
    const [a, b] = [runnerWith("aaaa", 100, 4000), runnerWith("bbbb", 120, 4000)];
    const files = [a, b].map((r, i) => {
      const f = path.join(sandbox.root, `race-${i}.json`);
      writeFileSync(f, JSON.stringify(r));
      return f;
    });
    const children = files.map((f) => writer(f, out, 5));
    await Promise.all(children.map((c) => new Promise((r) => c.once("exit", r))));
    const result = tree(out);
    const whole = [expectedTree(a, "race-a"), expectedTree(b, "race-b")];
    expect(whole.some((t) => JSON.stringify(t) === JSON.stringify(result))).toBe(true);
  });
});

describe("store files", () => {
  it("two VMs whose virtiofs shares have the same tag get different store paths", async () => {
    const stubs = path.join(repoRoot, "../shared/golden/microvm/stubs.json");
    const store = path.join(sandbox.root, "shared-store");
    const placed = await Promise.all(
      ["vm1", "vm2"].map(async (hostName) => {
        const file = path.join(sandbox.root, `${hostName}.json`);
        writeFileSync(
          file,
          JSON.stringify({
            networking: { hostName },
            microvm: { hypervisor: "cloud-hypervisor", shares: [{ tag: "data", source: `/srv/${hostName}`, mountPoint: "/data", proto: "virtiofs" }] },
          }),
        );
        const { configuration, pkgs: p } = await evaluate({ files: [file], pkgsFile: stubs, system: "x86_64-linux" });
        const result = placeStoreFiles(runnerOf(configuration, p), store, "/bin/bash");
        writePlacedFiles(result.files);
        return result;
      }),
    );
    const [one, two] = placed.map((p) => Object.keys(p.runner.storeFiles));
    expect(one.length).toBeGreaterThan(0);
    expect(one.filter((p) => two.includes(p))).toEqual([]);
    for (const [i, p] of placed.entries()) {
      expect(p.runner.binScripts["virtiofsd-run"]).not.toContain("/nix/store/00000000000000000000000000000000-vm");
      // each VM's virtiofsd script serves its own folder
      const script = p.files.find((f) => f.path.includes("virtiofsd-data"));
      expect(script?.content).toContain(`--shared-dir=/srv/vm${i + 1}`);
      expect(readFileSync(script!.path, "utf8")).toBe(script!.content);
      for (const f of p.files) expect(f.path.startsWith(`${store}/`)).toBe(true);
    }
  });
});

describe("volume creation", () => {
  const run = (name: string, mkfs: string, prepare: (state: string) => void) => {
    const dir = path.join(sandbox.root, name);
    const state = path.join(dir, "state");
    mkdirSync(state, { recursive: true });
    prepare(state);
    const config = { ...baseConfig("qemu", pkgs), volumes: [{ ...baseConfig("qemu", pkgs).volumes[0], image: "var.img" }] };
    const runner = buildRunner({ microvmConfig: config, pkgs, toplevel: "/nix/store/x-system" });
    const out = path.join(dir, "out");
    writeRunner({ ...runner, binScripts: { "microvm-run": runner.binScripts["microvm-run"].replace(/mkfs\.ext4 /, `${mkfs} `) } }, out);
    return {
      state,
      result: spawnSync(path.join(out, "bin", "microvm-run"), {
        cwd: state,
        env: { PATH: path.join(pkgs.get("coreutils").outPath, "bin"), ARGV_DIR: dir, HOME: dir },
        encoding: "utf8",
      }),
    };
  };

  it("a failed mkfs leaves nothing behind", () => {
    const { state, result } = run("mkfs-fails", "false", () => {});
    expect(result.status).not.toBe(0);
    expect(readdirSync(state)).toEqual([]);
  });

  it("an existing image is never touched", () => {
    const { state, result } = run("existing", "false", (s) => writeFileSync(path.join(s, "var.img"), "data\n"));
    expect(result.stderr).not.toContain("false");
    expect(readFileSync(path.join(state, "var.img"), "utf8")).toBe("data\n");
    expect(readdirSync(state)).toEqual(["var.img"]);
  });

  it("an image path that is a dangling symlink is refused", () => {
    const target = path.join(sandbox.root, "dangling-target");
    const { state, result } = run("dangling", "mkfs.ext4", (s) => symlinkSync(target, path.join(s, "var.img")));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("volume image var.img is a dangling symlink; not creating it");
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(state)).toEqual(["var.img"]);
  });
});
