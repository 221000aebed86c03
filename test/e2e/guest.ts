/**
 * Host-side helpers of the real-boot test: where the guest assets are, which
 * accelerator this machine can use, and running `bin/microvm-run` with a
 * time limit while watching the serial console.
 */
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";

/** What scripts/e2e-assets.sh built. */
export interface GuestAssets {
  /** Folder holding `bzImage` (microvm.nix boots `<kernel>/bzImage`). */
  kernelDir: string;
  initrd: string;
  kernelPackage: string;
}

/** The assets' folder: $E2E_ASSETS_DIR, else `<repo>/.e2e-cache` (as the script). */
export function assetsDir(repoRoot: string): string {
  return process.env.E2E_ASSETS_DIR ?? join(repoRoot, ".e2e-cache");
}

/**
 * The assets, or why the boot test cannot run here. `E2E_KERNEL=bzimage`
 * picks the compressed kernel instead of the PVH vmlinux.
 */
export function findGuestAssets(dir: string): GuestAssets | { missing: string } {
  if (process.platform !== "linux" || process.arch !== "x64") {
    return { missing: "needs an x86_64 Linux host" };
  }
  const envFile = join(dir, "assets.env");
  if (!existsSync(envFile)) {
    return { missing: `no guest assets in ${dir}; build them with scripts/e2e-assets.sh` };
  }
  if (spawnSync("qemu-system-x86_64", ["--version"]).status !== 0) {
    return { missing: "qemu-system-x86_64 is not installed; scripts/e2e-assets.sh installs it" };
  }
  const env = Object.fromEntries(
    readFileSync(envFile, "utf8")
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  const kernelDir = process.env.E2E_KERNEL === "bzimage" ? env.E2E_KERNEL_BZIMAGE : env.E2E_KERNEL_PVH;
  return { kernelDir, initrd: env.E2E_INITRD, kernelPackage: env.E2E_KERNEL_PACKAGE };
}

/** How the guest is accelerated, and why. */
export interface AccelChoice {
  accel: "kvm" | "tcg";
  reason: string;
}

/**
 * KVM when it is real; TCG when /dev/kvm is missing or is the nested PVM
 * (`kvm_pvm`), which runs only PVM-enlightened kernels — a stock kernel
 * aborts or crawls there. `E2E_ACCEL=kvm|tcg` overrides.
 */
export function chooseAccel(): AccelChoice {
  const forced = process.env.E2E_ACCEL;
  if (forced === "kvm" || forced === "tcg") return { accel: forced, reason: "E2E_ACCEL" };
  if (existsSync("/sys/module/kvm_pvm")) return { accel: "tcg", reason: "/dev/kvm is PVM (/sys/module/kvm_pvm)" };
  if (!existsSync("/dev/kvm")) return { accel: "tcg", reason: "no /dev/kvm" };
  try {
    accessSync("/dev/kvm", constants.R_OK | constants.W_OK);
  } catch {
    return { accel: "tcg", reason: "/dev/kvm is not read-writable by this user" };
  }
  return { accel: "kvm", reason: "/dev/kvm" };
}

/**
 * The host TSC rate in kHz (`cpu MHz` × 1000). Under TCG the microvm machine
 * has no PIT/HPET to calibrate the TSC against, and the emulated TSC ticks at
 * the host rate, so the guest is told with `tsc_early_khz`.
 */
export function hostTscKhz(): number {
  const m = /^cpu MHz\s*:\s*([\d.]+)/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
  if (m === null) throw new Error("/proc/cpuinfo has no 'cpu MHz' line");
  return Math.round(Number(m[1]) * 1000);
}

/** A free TCP port on 127.0.0.1 (for the hostfwd). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Sends `line` to 127.0.0.1:`port` and returns everything the peer sent back. */
export function tcpExchange(port: number, line: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let reply = "";
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no reply on port ${port} in ${timeoutMs} ms`)));
    socket.on("connect", () => socket.end(`${line}\n`));
    socket.on("data", (d) => (reply += d.toString()));
    socket.on("error", reject);
    socket.on("close", () => resolve(reply));
  });
}

/** A guest run: its console and timings (seconds since microvm-run started). */
export interface BootResult {
  console: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** When each watched console marker appeared. */
  seen: Record<string, number>;
  exitSeconds: number;
}

/** A console marker to time, and what to do when it appears (e.g. connect to the port forward). */
export interface ConsoleHook {
  marker: string;
  run?(): Promise<void>;
}

/**
 * Runs `<runnerDir>/bin/microvm-run` in `cwd`, stdin closed, and waits for it
 * to exit; kills it (its whole process group) after `limitSeconds`. Hooks run
 * when their marker first appears on the console; the run waits for them, and
 * a failing hook stops the VM (the guest would wait for it until the limit).
 */
export async function runMicrovm(
  runnerDir: string,
  cwd: string,
  limitSeconds: number,
  hooks: ConsoleHook[] = [],
): Promise<BootResult> {
  const start = performance.now();
  const elapsed = (): number => (performance.now() - start) / 1000;
  const child = spawn(join(runnerDir, "bin", "microvm-run"), [], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let timedOut = false;
  const kill = (): void => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
  };
  let consoleText = "";
  const seen: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const hookErrors: unknown[] = [];
  const onOutput = (chunk: Buffer): void => {
    consoleText += chunk.toString();
    for (const hook of hooks) {
      if (seen[hook.marker] === undefined && consoleText.includes(hook.marker)) {
        seen[hook.marker] = elapsed();
        if (hook.run === undefined) continue;
        pending.push(
          hook.run().catch((e: unknown) => {
            hookErrors.push(e);
            kill();
          }),
        );
      }
    }
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, limitSeconds * 1000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, sig) => resolve([code, sig]));
  });
  const exitSeconds = elapsed();
  clearTimeout(timer);
  await Promise.all(pending);
  if (hookErrors.length > 0) throw hookErrors[0];
  return { console: consoleText, exitCode, signal, timedOut, seen, exitSeconds };
}
