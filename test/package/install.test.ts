/**
 * The package as a user gets it: `npm pack`, then `npm install` of the
 * tarball into an empty folder outside the checkout; a typed config there
 * imports from `nixmod-ts/microvm` and is evaluated, built into a runner and
 * type-checked by the installed `microvm` command and tsc.
 *
 * It packs the built `dist/` (`npm test` runs after `npm ci`, which builds);
 * the dependencies come from npm's cache when they are there.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, stubsFile } from "../cli/run-cli.js";

const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
const version = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;

let app: string;
let env: NodeJS.ProcessEnv;

function microvm(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(path.join(app, "node_modules/.bin/microvm"), args, { cwd: app, env, encoding: "utf8", timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const typedConfig = `import { defineModule } from "nixmod-ts/microvm";

export default defineModule(({ config, lib }) => ({
  networking: { hostName: "outside" },
  microvm: {
    hypervisor: "qemu",
    vcpu: 2,
    get mem() {
      return config.microvm.vcpu * 384;
    },
    socket: lib.mkDefault("outside.sock"),
  },
}));
`;

beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), "nixmod-ts-install-"));
  const packDir = path.join(root, "pack");
  app = path.join(root, "app");
  for (const d of [packDir, app]) execFileSync("mkdir", ["-p", d]);
  // scripts are not run: the tarball is made of the dist/ that is there
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packDir], { cwd: repoRoot, stdio: "pipe" });
  const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack made no tarball");
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "my-vm", private: true, type: "module" }));
  execFileSync(
    "npm",
    ["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", "--silent", path.join(packDir, tarball)],
    { cwd: app, stdio: "pipe" },
  );
  writeFileSync(path.join(app, "vm.ts"), typedConfig);
  writeFileSync(
    path.join(app, "typo.ts"),
    `import { defineModule } from "nixmod-ts/microvm";\n\nexport default defineModule(() => ({ microvm: { vcpu: 2, vcpus: 4 } }));\n`,
  );
  copyFileSync(stubsFile, path.join(app, "pkgs.json"));
  writeFileSync(
    path.join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: [] },
    }),
  );
  env = { PATH: process.env.PATH, HOME: root, XDG_CACHE_HOME: path.join(root, "cache"), XDG_STATE_HOME: path.join(root, "state") };
}, 180_000);

describe("the installed package", () => {
  it("has nothing of the checkout: the package's files are its own copy", () => {
    expect(existsSync(path.join(app, "node_modules/nixmod-ts/dist/src/microvm.js"))).toBe(true);
    expect(existsSync(path.join(app, "node_modules/nixmod-ts/src"))).toBe(false);
    expect(existsSync(path.join(app, "node_modules/nixmod-ts/test"))).toBe(false);
  });

  it("microvm --version prints the version", () => {
    expect(microvm(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("evaluates a typed config that imports nixmod-ts/microvm", () => {
    const r = microvm(["evaluate", "vm.ts", "--show-option", "microvm.mem"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Value:\n768\n/);
    expect(r.stdout).toContain("Defined by:\n");
    expect(r.stdout).toContain("  vm.ts (priority 100): 768\n");
  });

  it("writes the runner with --out (package set from a file)", () => {
    const r = microvm(["runner", "vm.ts", "--pkgs", "pkgs.json", "--out", "runner"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const run = readFileSync(path.join(app, "runner/bin/microvm-run"), "utf8");
    expect(run).toContain("-m 768");
    expect(run).toContain("-smp 2");
  });

  it("the module system is importable as nixmod-ts", () => {
    const r = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `import { evalModules, lib } from "nixmod-ts"; const { mkOption, types } = lib;
console.log(evalModules({ modules: [{ options: { port: mkOption({ type: types.port, default: 80 }) } }, { port: 8080 }] }).config.port);`],
      { cwd: app, env, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("8080\n");
  });

  it("tsc accepts the typed config and rejects a misspelled key", () => {
    const ok = spawnSync(process.execPath, [tsc, "-p", ".", "--pretty", "false"], { cwd: app, env, encoding: "utf8" });
    const lines = ok.stdout.split("\n").filter((l) => l !== "");
    expect(lines).toEqual([
      `typo.ts(3,58): error TS2322: Type 'number' is not assignable to type 'number & NoSuchOption<"microvm.vcpus">'.`,
      `  Type 'number' is not assignable to type 'NoSuchOption<"microvm.vcpus">'.`,
    ]);
    expect(ok.status).not.toBe(0);
  });

  it("docs --source-url links the package's own options to their lines (dist/ has source maps)", () => {
    const r = microvm(["docs", "--format", "json", "--source-url", "https://example.org/{path}#L{line}"]);
    expect(r.code).toBe(0);
    const line = readFileSync(path.join(repoRoot, "modules/microvm/options.ts"), "utf8").split("\n").findIndex((l) => l.trimStart().startsWith("mem: mkOption(")) + 1;
    const docs = JSON.parse(r.stdout) as Record<string, { declarations: { url: string }[] }>;
    expect(docs["microvm.mem"].declarations).toEqual([{ name: `modules/microvm/options.ts:${line}`, url: `https://example.org/modules/microvm/options.ts#L${line}` }]);
  });
});
