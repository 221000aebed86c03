/**
 * Real boots: a TS microvm config → the qemu runner → bin/microvm-run → a
 * Debian kernel with a busybox initramfs (scripts/e2e-assets.sh builds them;
 * without them these tests are skipped). The guest proves each feature on
 * its serial console; the host checks what came out (volume, port forward).
 * Environment: E2E_ASSETS_DIR (assets folder), E2E_ACCEL=kvm|tcg (override the
 * detection), E2E_KERNEL=bzimage (boot the compressed kernel instead of PVH),
 * E2E_REQUIRE=1 (fail instead of skipping when the assets are missing).
 */
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assetsDir,
  chooseAccel,
  findGuestAssets,
  freePort,
  hostTscKhz,
  runMicrovm,
  tcpExchange,
  type GuestAssets,
} from "./guest.js";
import { buildRunnerDir } from "./runner-dir.js";
import { e2eVmConfig, type E2eVmParams } from "./vm-config.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const found = findGuestAssets(assetsDir(repoRoot));
const missing = "missing" in found ? found.missing : null;
if (missing !== null) console.warn(`[e2e] real-boot tests skipped: ${missing}`);

// CI sets E2E_REQUIRE=1 after building the assets: there, missing assets are a failure, not a skip
if (missing !== null && process.env.E2E_REQUIRE === "1") {
  it("has the guest assets (E2E_REQUIRE=1)", () => {
    throw new Error(missing);
  });
}

/** Each boot's limit, from microvm-run's start to qemu's exit. */
const bootLimitSeconds = 60;
const testTimeoutMs = (bootLimitSeconds + 30) * 1000;

describe.skipIf(missing !== null)(`real boot with qemu${missing === null ? "" : ` (skipped: ${missing})`}`, () => {
  const assets = found as GuestAssets;
  const { accel, reason } = chooseAccel();
  const timings: string[] = [];
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "microvm-e2e-"));
    console.log(`[e2e] accelerator: ${accel.toUpperCase()} (${reason}); kernel ${assets.kernelPackage} from ${assets.kernelDir}`);
  });
  afterAll(() => {
    if (timings.length > 0) console.log(`[e2e] ${accel.toUpperCase()} boot times:\n  ${timings.join("\n  ")}`);
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  const params = (hostName: string): Pick<E2eVmParams, "hostName" | "kernelDir" | "initrd" | "accel" | "tscKhz"> => ({
    hostName,
    kernelDir: assets.kernelDir,
    initrd: assets.initrd,
    accel,
    tscKhz: accel === "tcg" ? hostTscKhz() : 0,
  });

  /** The runner's qemu line has the form chosen for this machine. */
  const expectAccelForm = (runnerDir: string): void => {
    const run = readFileSync(join(runnerDir, "bin", "microvm-run"), "utf8");
    console.log(`[e2e] ${runnerDir}/bin/microvm-run: ${run.split("\n").find((l) => l.startsWith("exec ")) ?? run}`);
    if (accel === "tcg") {
      expect(run).toContain("accel=tcg");
      expect(run).toContain("-cpu max");
      expect(run).not.toContain("-enable-kvm");
      expect(run).toMatch(/tsc_early_khz=\d+/);
    } else {
      expect(run).toContain("accel=kvm:tcg");
      expect(run).toContain("-enable-kvm");
    }
  };

  it(
    "prints a marker, reads a 9p share, writes a volume, answers through a port forward, powers off",
    async () => {
      const dir = join(work, "all");
      const share = join(dir, "share");
      const volume = join(dir, "volume.img");
      const token = `host-token-${process.pid}-${Date.now()}`;
      mkdirSync(share, { recursive: true });
      writeFileSync(join(share, "hello.txt"), `${token}\n`);
      // a raw 1 MiB disk: the host's token at offset 0, the guest writes at 4096
      writeFileSync(volume, Buffer.alloc(1024 * 1024));
      const fd = openSync(volume, "r+");
      writeSync(fd, `VOL-${token}`, 0);
      closeSync(fd);
      const hostPort = await freePort();

      const built = buildRunnerDir(
        e2eVmConfig({ ...params("e2e-all"), socket: null, share, volume, hostPort, end: "poweroff" }),
        dir,
      );
      expect(built.warnings).toEqual([]);
      const runnerDir = built.dir;
      expectAccelForm(runnerDir);

      let reply = "";
      const result = await runMicrovm(runnerDir, dir, bootLimitSeconds, [
        {
          marker: "E2E-NET-LISTENING",
          run: async () => {
            reply = await tcpExchange(hostPort, `NET-${token}`, 20_000);
          },
        },
        { marker: "E2E-BOOT-OK" },
      ]);
      timings.push(
        `9p+volume+net: marker ${result.seen["E2E-BOOT-OK"]?.toFixed(2)} s, exit ${result.exitSeconds.toFixed(2)} s`,
      );

      const console_ = result.console;
      expect(result.timedOut, `no exit in ${bootLimitSeconds} s; console:\n${console_}`).toBe(false);
      expect(console_).toContain("E2E-BOOT-OK");
      expect(console_).not.toContain("E2E-FAIL");
      expect(console_).toContain(`E2E-9P: ${token}`);
      expect(console_).toContain(`E2E-VOL-READ: VOL-${token}`);
      expect(console_).toContain("E2E-VOL-WRITTEN");
      expect(reply).toBe("E2E-NET-REPLY\n");
      expect(console_).toContain(`E2E-NET-GOT: NET-${token}`);
      expect(console_).toContain("E2E-DONE");
      expect(console_).toContain("reboot: Power down");
      expect(result.exitCode, console_).toBe(0);
      // what the guest wrote to the volume, read on the host after exit
      expect(readFileSync(volume).subarray(4096, 4096 + 27).toString()).toBe("E2E-VOLUME-WRITTEN-BY-GUEST");
    },
    testTimeoutMs,
  );

  it(
    "stops through QMP with bin/microvm-shutdown",
    async () => {
      const dir = join(work, "qmp");
      mkdirSync(dir, { recursive: true });
      const socket = join(dir, "e2e-qmp.sock");
      const built = buildRunnerDir(e2eVmConfig({ ...params("e2e-qmp"), socket, end: "wait" }), dir);
      expect(built.warnings).toEqual([]);
      const runnerDir = built.dir;
      expectAccelForm(runnerDir);
      expect(readFileSync(join(runnerDir, "bin", "microvm-shutdown"), "utf8")).toContain(`UNIX:${socket},shut-none`);

      let shutdown: { code: number | null; output: string; seconds: number } | undefined;
      const result = await runMicrovm(runnerDir, dir, bootLimitSeconds, [
        { marker: "E2E-BOOT-OK" },
        {
          marker: "E2E-WAITING",
          run: async () => {
            const start = performance.now();
            const child = spawn(join(runnerDir, "bin", "microvm-shutdown"), [], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
            let output = "";
            child.stdout.on("data", (d: Buffer) => (output += d.toString()));
            child.stderr.on("data", (d: Buffer) => (output += d.toString()));
            const code = await new Promise<number | null>((r) => child.once("close", r));
            shutdown = { code, output, seconds: (performance.now() - start) / 1000 };
          },
        },
      ]);
      timings.push(
        `qmp: marker ${result.seen["E2E-BOOT-OK"]?.toFixed(2)} s, exit ${result.exitSeconds.toFixed(2)} s` +
          (shutdown === undefined ? "" : ` (microvm-shutdown took ${shutdown.seconds.toFixed(2)} s)`),
      );

      const console_ = result.console;
      expect(result.timedOut, `no exit in ${bootLimitSeconds} s; console:\n${console_}`).toBe(false);
      expect(console_).toContain("E2E-BOOT-OK");
      expect(console_).not.toContain("E2E-FAIL");
      expect(console_).toContain("E2E-WAITING");
      expect(shutdown?.code, shutdown?.output).toBe(0);
      expect(shutdown?.output).toContain('"return"');
      expect(console_).toContain("E2E-CTRL-ALT-DEL");
      expect(console_).toContain("reboot: Power down");
      expect(result.exitCode, console_).toBe(0);
    },
    testTimeoutMs,
  );
});
