/**
 * The module-system conformance corpus: every case in shared/conformance
 * (a `.nix` file and what the real Nix module system produced for it) has a
 * TypeScript port under ./cases with the same stem, evaluated here with our
 * lib and compared with the expectation.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evalModules, lib, optionAttrSetToDocList, setWarningHandler } from "../../lib/index.js";
import type { EvalModulesArgs, Option } from "../../lib/index.js";
import type { ConformanceCase } from "./define-case.js";
import { toJSONable } from "./to-json.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
const corpusDir = process.env.CONFORMANCE_DIR ?? path.resolve(repoRoot, "../shared/conformance");

interface Expected {
  config?: unknown;
  error?: string;
  options?: Record<string, unknown>[];
  warnings?: string[];
}

const stems = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((f) => f.endsWith(".nix"))
      .map((f) => f.slice(0, -".nix".length))
      .sort()
  : [];

/** Raw default of an option as the oracle prints it ("<error>" when it throws). */
function rawDefault(opt: Option): unknown {
  if (!("default" in opt)) return null;
  try {
    return toJSONable(opt.default);
  } catch {
    return "<error>";
  }
}

/** The oracle's second walk: every option (and visible sub-option) with its raw default, in doc-list order. */
function rawWalk(options: unknown): { loc: string[]; default: unknown }[] {
  return lib.collect(lib.isOption, options).flatMap((o) => {
    const opt = o as Option;
    const visible = opt.visible ?? true;
    const subVisible = typeof visible === "boolean" ? visible : visible === "transparent";
    const subOptions = opt.type.getSubOptions(opt.loc);
    return [
      { loc: opt.loc, default: rawDefault(opt) },
      ...(subVisible && Object.keys(subOptions).length > 0 ? rawWalk(subOptions) : []),
    ];
  });
}

/** The oracle's option entries: doc-list fields plus the raw default. */
function optionEntries(options: unknown): Record<string, unknown>[] {
  const docs = optionAttrSetToDocList(options);
  const raws = rawWalk(options);
  expect(raws.map((r) => r.loc)).toEqual(docs.map((d) => d.loc));
  return docs.map((doc, i) =>
    toJSONable({
      declarations: doc.declarations,
      default: raws[i].default,
      defaultText: doc.default ?? null,
      description: doc.description ?? null,
      example: doc.example ?? null,
      internal: doc.internal,
      loc: doc.loc,
      name: doc.name,
      readOnly: doc.readOnly,
      type: doc.type,
      visible: doc.visible,
    }) as Record<string, unknown>,
  );
}

function stripModule(config: unknown): unknown {
  const { _module, ...rest } = config as Record<string, unknown>;
  void _module;
  return rest;
}

async function loadCase(stem: string): Promise<ConformanceCase> {
  const mod = (await import(`./cases/${stem}.ts`)) as { default: ConformanceCase };
  return mod.default;
}

describe("conformance", () => {
  it("finds the corpus", () => {
    expect(stems.length).toBeGreaterThan(0);
  });

  it.each(stems)("%s", async (stem) => {
    const expected = JSON.parse(readFileSync(path.join(corpusDir, `${stem}.expected.json`), "utf8")) as Expected;
    const port = await loadCase(stem);
    const warnings: string[] = [];
    const previous = setWarningHandler((message) => warnings.push(message));
    try {
      const run = () => {
        const input = port(lib);
        const args: EvalModulesArgs = Array.isArray(input) ? { modules: input } : input;
        const result = evalModules(args);
        const config = toJSONable(stripModule(result.config));
        const options = expected.options === undefined ? undefined : optionEntries(result.options);
        return { config, options };
      };
      if (expected.error !== undefined) {
        let message: string | undefined;
        try {
          run();
        } catch (e) {
          // the oracle's message stops before Nix's context lines (`… while …`), as nix-eval's --error does
          message = (e instanceof Error ? e.message : String(e)).split("\n… ")[0];
        }
        expect(message, "evaluation should fail").toBeDefined();
        if (expected.error === "infinite recursion encountered") {
          // the port names the chain of options after Nix's words
          expect(message).toMatch(/^infinite recursion encountered/);
        } else {
          expect(message).toBe(expected.error);
        }
        return;
      }
      const { config, options } = run();
      expect(config).toEqual(expected.config);
      if (expected.options !== undefined) {
        const byName = new Map(options!.map((o) => [o.name as string, o]));
        for (const entry of expected.options) {
          expect(byName.get(entry.name as string), `option ${String(entry.name)}`).toEqual(entry);
        }
      }
      if (expected.warnings !== undefined) expect(warnings).toEqual(expected.warnings);
    } finally {
      setWarningHandler(previous);
    }
  });
});
