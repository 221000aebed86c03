/**
 * `defineModule` types definitions with the generated `MicrovmConfig`:
 * tsc accepts examples/basic.ts and rejects examples/bad-mem.ts
 * (`microvm.mem = "lots"`) and examples/bad-key.ts (`microvm.vcpus`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./run-cli.js";

/** tsc's diagnostics for one file checked with the project's compiler options. */
function typecheck(file: string): { code: number; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "microvm-tsc-"));
  const tsconfig = path.join(dir, "tsconfig.json");
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: path.join(repoRoot, "tsconfig.json"),
      compilerOptions: { noEmit: true, rootDir: repoRoot, typeRoots: [path.join(repoRoot, "node_modules/@types")] },
      include: [],
      files: [path.join(repoRoot, file)],
    }),
  );
  const r = spawnSync(process.execPath, [path.join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", tsconfig, "--pretty", "false"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return { code: r.status ?? -1, output: r.stdout + r.stderr };
}

describe("defineModule", () => {
  it("accepts examples/basic.ts (getters, mkDefault, lists of submodules)", () => {
    const { code, output } = typecheck("examples/basic.ts");
    expect(output.split("\n").filter((l) => l.startsWith("examples/"))).toEqual([]);
    expect(code).toBe(0);
  }, 60_000);

  it("rejects examples/bad-mem.ts: microvm.mem is a number", () => {
    const { code, output } = typecheck("examples/bad-mem.ts");
    expect(code).not.toBe(0);
    const errors = output.split("\n").filter((l) => l.startsWith("examples/bad-mem.ts"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^examples\/bad-mem\.ts\(9,5\): error TS2322: Type 'string' is not assignable to type /);
  }, 60_000);

  it("rejects examples/bad-key.ts at the misspelled key microvm.vcpus", () => {
    const { code, output } = typecheck("examples/bad-key.ts");
    expect(code).not.toBe(0);
    const errors = output.split("\n").filter((l) => l.startsWith("examples/bad-key.ts"));
    expect(errors).toEqual([
      `examples/bad-key.ts(10,5): error TS2322: Type 'number' is not assignable to type 'number & NoSuchOption<"microvm.vcpus">'.`,
    ]);
  }, 60_000);

  it("accepts examples/own-options.ts: config typed from the module's own option declarations", () => {
    const { code, output } = typecheck("examples/own-options.ts");
    expect(output.split("\n").filter((l) => l.startsWith("examples/"))).toEqual([]);
    expect(code).toBe(0);
  }, 60_000);

  it("rejects examples/bad-own-option.ts: a misspelled key and a wrong value type among its own options", () => {
    const { code, output } = typecheck("examples/bad-own-option.ts");
    expect(code).not.toBe(0);
    const errors = output.split("\n").filter((l) => l.startsWith("examples/bad-own-option.ts"));
    expect(errors).toHaveLength(2);
    // at the misspelled key, naming it
    expect(errors[0]).toMatch(/^examples\/bad-own-option\.ts\(19,13\): error TS\d+: .*'kep'/);
    expect(errors[1]).toMatch(/^examples\/bad-own-option\.ts\(23,13\): error TS2322: Type 'string' is not assignable to type .*ConfigDefinition<string>\[\]/);
  }, 60_000);
});
