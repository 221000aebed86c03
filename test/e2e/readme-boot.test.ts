/**
 * README "Boot a microVM", step by step: in an empty folder with the package
 * and the guest assets (scripts/e2e-assets.sh), the README's `boot.ts` (and,
 * without usable KVM, its `tcg.ts`) is written as the README shows it and
 * `microvm run` boots it; the busybox /init prints E2E-BOOT-OK and powers off.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { assetsDir, chooseAccel, findGuestAssets } from "./guest.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const assets = assetsDir(repoRoot);
const found = findGuestAssets(assets);
const missing = "missing" in found ? found.missing : null;

/** The ```ts block after the README's `<!-- name: … -->` marker. */
export function readmeBlock(readme: string, name: string): string {
  const marker = readme.indexOf(`<!-- ${name}:`);
  if (marker < 0) throw new Error(`README has no block marked ${name}`);
  const start = readme.indexOf("```ts\n", marker);
  const end = readme.indexOf("\n```", start + 6);
  return readme.slice(start + 6, end + 1);
}

describe.skipIf(missing !== null)(`README: Boot a microVM${missing === null ? "" : ` (skipped: ${missing})`}`, () => {
  const work = mkdtempSync(join(tmpdir(), "microvm-readme-boot-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("boots the README's config with microvm run", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    // the folder of `npm install nixmod-ts`, with the assets the script built
    mkdirSync(join(work, "node_modules"));
    symlinkSync(repoRoot, join(work, "node_modules/nixmod-ts"));
    symlinkSync(assets, join(work, ".e2e-cache"));
    writeFileSync(join(work, "boot.ts"), readmeBlock(readme, "boot.ts"));
    const files = ["boot.ts"];
    const { accel } = chooseAccel();
    if (accel === "tcg") {
      writeFileSync(join(work, "tcg.ts"), readmeBlock(readme, "tcg.ts"));
      files.push("tcg.ts");
    }
    const r = spawnSync(process.execPath, [join(repoRoot, "dist/src/cli.js"), "run", ...files], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, XDG_STATE_HOME: join(work, "state"), XDG_CACHE_HOME: join(work, "cache") },
      timeout: 90_000,
    });
    expect(r.stdout).toContain("E2E-BOOT-OK");
    expect(r.stdout).not.toContain("E2E-FAIL");
    expect(r.status).toBe(0);
  }, 120_000);
});
