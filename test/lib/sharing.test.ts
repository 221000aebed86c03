/**
 * What the evaluator shares or copies for speed must not change results:
 * option types shared between options, declarations copied by plain reads.
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib, type Option } from "../../lib/index.js";

const { mkOption, types, mkDefault } = lib;

const entry = types.submodule(({ name }: { name: string }) => ({
  options: {
    x: mkOption({ type: types.int, default: 0 }),
    label: mkOption({ type: types.str, default: name }),
  },
}));

describe("options declared with one submodule type", () => {
  const entries = types.attrsOf(entry);
  const r = evalModules({
    modules: [
      { _file: "one.ts", options: { a: mkOption({ type: entries }), b: mkOption({ type: entries }), d: mkOption({ type: types.attrsOf(entry) }) } },
      { _file: "two.ts", options: { c: mkOption({ type: types.attrsOf(entry) }) } },
      { _file: "defs.ts", config: { a: { p: { x: 1 } }, b: { q: { x: mkDefault(2) } }, c: { p: { label: "own" } } } },
    ],
  });
  const option = (name: string) => r.options[name] as Option;

  it("share the type when declared in one file, and keep their values apart", () => {
    expect(option("a").type).toBe(option("b").type);
    // another attrsOf of the same submodule: types are made once per distinct element type
    expect(option("d").type).toBe(option("a").type);
    expect(option("d").type.nestedTypes.elemType).toBe(option("a").type.nestedTypes.elemType);
    expect(r.config).toEqual({ a: { p: { x: 1, label: "p" } }, b: { q: { x: 2, label: "q" } }, c: { p: { x: 0, label: "own" } }, d: {} });
  });

  it("get their own type when declared in another file, which names that file", () => {
    expect(option("c").type).not.toBe(option("a").type);
    const declaredIn = (name: string) => (option(name).type.getSubOptions([name, "<name>"]).x as Option).declarations;
    expect(declaredIn("a")).toEqual(["one.ts"]);
    expect(declaredIn("c")).toEqual(["two.ts"]);
  });
});

describe("declarations", () => {
  it("keep a getter default lazy, also in a copy of an mkOption result", () => {
    let reads = 0;
    const copy = {
      ...mkOption({ type: types.int }),
      get default() {
        reads++;
        return 1;
      },
    };
    const r = evalModules({ modules: [{ options: { a: copy, b: mkOption({ type: types.int, default: 2 }) } }] });
    expect(r.config.b).toBe(2);
    expect(reads).toBe(0);
    expect(r.config.a).toBe(1);
  });

  it("are listed per option, and a shared list cannot be changed", () => {
    const r = evalModules({
      modules: [{ _file: "d.ts", options: { a: mkOption({ type: types.int, default: 1 }), b: mkOption({ type: types.int, default: 2 }) } }],
    });
    const a = r.options.a as Option;
    expect(a.declarations).toEqual(["d.ts"]);
    expect(() => (a.declarations as string[]).push("x.ts")).toThrow(TypeError);
    expect((r.options.b as Option).declarations).toEqual(["d.ts"]);
  });
});
