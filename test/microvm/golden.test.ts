// Every golden microvm.nix case: the NixOS stand-in + the microvm guest
// modules + the case's module, evaluated; `config.microvm` (option by option,
// mapped to JSON as shared/golden/microvm/README.md says) against
// case-NN.config.json, and assertions, warnings and written files against
// case-NN.checks.json.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collect, evalModules, isOption, type Option, setWarningHandler, showOption } from "../../lib/index.js";
import { hypervisors } from "../../modules/microvm/hypervisors.js";
import { microvmModules } from "../../modules/microvm/index.js";
import type { RunnerPackage } from "../../modules/microvm/runner-package.js";
import { nixosBaseModules } from "../../modules/nixos/index.js";
import type { WrittenFile } from "../../pkgs/package.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import { moduleQuotingFixes, withModuleQuotingFixes as withModuleFixes } from "./module-quoting-fixes.js";
import { goldenDir, goldenNixosSystem, goldenPackageSet, type GoldenSettings } from "./fixture.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The case names (`case-NN`) of a folder of golden-harness output. */
const casesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^case-\d+\.input\.json$/.test(f))
        .map((f) => f.slice(0, -".input.json".length))
        .sort()
    : [];

const readJSON = (dir: string, file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), "utf8"));

/** The part of case-NN.<hypervisor>.json about lib/runner.nix's derivation. */
interface GoldenRunnerFile {
  runner?: { name: string; path: string; passthru: Record<string, unknown> | null };
}

/** A value left out of the dump because evaluating it threw. */
const THREW = Symbol("threw");

/**
 * Whether `x` is the package set `set`: `types.pkgs` merges like `types.attrs`
 * (`res // def.value`, as in Nix), so an option's value is a shallow copy.
 */
function isSameSet(x: unknown, set: PackageSet): boolean {
  return x === set || (x !== null && typeof x === "object" && (x as { _type?: unknown })._type === "pkgs" && (x as PackageSet).get === set.get);
}

/** Walks evaluated values the way the golden harness' `safeDump` does, recording what throws and every string seen. */
class Dumper {
  readonly throwingValues: Record<string, string> = {};
  readonly strings: string[] = [];

  constructor(private readonly pkgs: PackageSet) {}

  dump(loc: (string | number)[], read: () => unknown): unknown {
    let x: unknown;
    try {
      x = read();
    } catch (e) {
      this.throwingValues[loc.join(".")] = e instanceof Error ? e.message : String(e);
      return THREW;
    }
    if (typeof x === "function") return "<function>";
    if (Array.isArray(x)) return x.map((_, i) => this.dump([...loc, i], () => x[i])).filter((v) => v !== THREW);
    if (isSameSet(x, this.pkgs)) return "<pkgs>";
    if (isSameSet(x, this.pkgs.buildPackages)) return "<pkgs.buildPackages>";
    if (x !== null && typeof x === "object") {
      const attrs = x as Record<string, unknown>;
      if (attrs.type === "derivation" || "outPath" in attrs) return String(attrs.outPath);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(attrs)) {
        const v = this.dump([...loc, k], () => attrs[k]);
        if (v !== THREW) out[k] = v;
      }
      return out;
    }
    if (typeof x === "string") this.strings.push(x);
    return x;
  }

  /** An option tree: options without a value are left out. */
  dumpOptions(options: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, o] of Object.entries(options)) {
      if (isOption(o)) {
        if (!o.isDefined) continue;
        const v = this.dump(o.loc, () => o.value);
        if (v !== THREW) out[name] = v;
      } else if (o !== null && typeof o === "object") {
        out[name] = this.dumpOptions(o as Record<string, unknown>);
      }
    }
    return out;
  }
}

/** The written files whose paths appear in `strings`, and those their texts refer to, as checks.json records them. */
function referencedFiles(strings: readonly string[], files: ReadonlyMap<string, WrittenFile>): Record<string, WrittenFile> {
  const found: Record<string, WrittenFile> = {};
  const visit = (s: string) => {
    for (const [filePath, file] of files) {
      if (Object.hasOwn(found, filePath) || !s.includes(filePath)) continue;
      found[filePath] = file;
      if (file.text !== undefined) visit(file.text);
    }
  };
  strings.forEach(visit);
  return JSON.parse(JSON.stringify(found)) as Record<string, WrittenFile>;
}

function evaluateCase(dir: string, name: string) {
  const { golden, ...caseModule } = readJSON(dir, `${name}.input.json`) as { golden?: GoldenSettings };
  const pkgs = goldenPackageSet(golden ?? {});
  const evalWarnings: string[] = [];
  const previous = setWarningHandler((message) => evalWarnings.push(message));
  try {
    const { config, options } = evalModules({
      // no _file: the harness imports the case as a value, so Nix names it `<unknown-file>'
      modules: [...nixosBaseModules, ...microvmModules, goldenNixosSystem, { config: caseModule }],
      specialArgs: { pkgs },
    });
    const dumper = new Dumper(pkgs);
    const microvm = dumper.dumpOptions(options.microvm);
    const assertions = (config.assertions as { assertion: boolean; message: string }[]).map((a) => ({
      assertion: a.assertion,
      // as in NixOS, the message of a passing assertion is not evaluated
      message: a.assertion ? null : a.message,
    }));
    const checks = {
      assertions,
      failedAssertions: assertions.filter((a) => !a.assertion).map((a) => a.message),
      warnings: config.warnings,
      // only those printed while config.microvm was evaluated
      evalWarnings: [...evalWarnings],
      files: referencedFiles(dumper.strings, pkgs.files),
      hostName: config.networking.hostName,
      undefinedOptions: collect(isOption, options.microvm)
        .filter((o) => !(o as Option).isDefined)
        .map((o) => showOption((o as Option).loc)),
      throwingValues: dumper.throwingValues,
    };
    /** `config.microvm.runner.<hv>` as the harness shows it. */
    const runner = (hv: string) => {
      const drv = config.microvm.runner[hv] as RunnerPackage;
      return { name: drv.name, path: drv.outPath, passthru: { ...drv.passthru } };
    };
    return { microvm, checks, runner };
  } finally {
    setWarningHandler(previous);
  }
}

const moduleQuotingFixesUsed = new Set<string>();
const withModuleQuotingFixes = <T,>(golden: T): T => withModuleFixes(golden, moduleQuotingFixesUsed);

/** Tests every case of `dir` against its config.json and checks.json. */
function testCases(dir: string, names: readonly string[]) {
  for (const name of names) {
    it(name, () => {
      const { microvm, checks } = evaluateCase(dir, name);
      expect.soft(microvm, "config.microvm").toEqual(withModuleQuotingFixes(readJSON(dir, `${name}.config.json`)));
      expect.soft(checks, "checks").toEqual(withModuleQuotingFixes(readJSON(dir, `${name}.checks.json`)));
    });

    // the runner derivations' names and passthru, where the harness could build them
    const built = hypervisors.filter((hv) => {
      const file = path.join(dir, `${name}.${hv}.json`);
      return existsSync(file) && (readJSON(dir, `${name}.${hv}.json`) as GoldenRunnerFile).runner?.passthru != null;
    });
    if (built.length > 0) {
      it(`${name} runners`, () => {
        const { runner } = evaluateCase(dir, name);
        for (const hv of built) {
          const expected = (readJSON(dir, `${name}.${hv}.json`) as GoldenRunnerFile).runner!;
          expect.soft(runner(hv), hv).toEqual({ name: expected.name, path: expected.path, passthru: expected.passthru });
        }
      });
    }
  }
}

describe("microvm golden cases", () => {
  const dir = path.join(goldenDir, "cases");
  const names = casesIn(dir);
  it("finds the golden cases", () => {
    expect(names.length).toBeGreaterThan(0);
  });
  testCases(dir, names);
});

// more cases made by the same harness (see their README.md)
describe("extra cases (test/microvm/extra-cases)", () => {
  const dir = path.join(here, "extra-cases");
  testCases(dir, casesIn(dir));
});

describe("runner extra cases (test/runners/extra-cases)", () => {
  const dir = path.join(here, "../runners/extra-cases");
  testCases(dir, casesIn(dir));
});

describe("module quoting fixes", () => {
  it("each changes some golden text (none is dead)", () => {
    expect([...moduleQuotingFixesUsed].sort()).toEqual(moduleQuotingFixes.map(({ name }) => name).sort());
  });
});
