/**
 * mkAliasDefinitions, mkAliasAndWrapDefinitions, mkAliasAndWrapDefsWithPriority,
 * mkAliasIfDef, mkDerivedConfig, mkRenamedOptionModuleWith: each expectation is
 * what nix-instantiate 2.8 printed for the same modules with nixpkgs' lib de42d442
 * (the Nix source is in each test's comment).
 */
import { afterEach, describe, expect, it } from "vitest";
import { evalModules, lib, type Module, setWarningHandler } from "../../lib/index.js";

const { mkOption, types, mkDefault, mkAfter, mkOptionDefault } = lib;

const warnings: string[] = [];
const previous = setWarningHandler((m) => warnings.push(m));
afterEach(() => {
  warnings.length = 0;
});
process.on("exit", () => setWarningHandler(previous));

const declarations: Module = {
  options: {
    la: mkOption({ type: types.listOf(types.int) }),
    lb: mkOption({ type: types.listOf(types.int) }),
    x1: mkOption({ type: types.int }),
    x2: mkOption({ type: types.int }),
    x3: mkOption({ type: types.int }),
    x4: mkOption({ type: types.attrsOf(types.int) }),
    u1: mkOption({ type: types.int }),
    u2: mkOption({ type: types.int, default: 42 }),
    s1: mkOption({ type: types.str }),
    s2: mkOption({ type: types.str }),
  },
};

const definitions: Module = {
  la: mkAfter([2]),
  lb: [9],
  x1: mkDefault(3),
  x2: 8,
  x3: mkDefault(8),
  x4: { j: 5 },
  s1: mkDefault("hi"),
  s2: mkOptionDefault("x"),
};

/** The aliases, with `wrapX4` wrapping x1's definitions for x4. */
const aliases =
  (wrapX4: (v: unknown) => unknown): Module =>
  ({ options }) => ({
    la: [1],
    lb: lib.mkAliasDefinitions(options.la),
    x2: lib.modules.mkAliasAndWrapDefsWithPriority((v) => v, options.x1),
    x3: lib.mkAliasDefinitions(options.x1),
    x4: lib.mkAliasAndWrapDefinitions(wrapX4, options.x1),
    u2: lib.mkAliasDefinitions(options.u1),
    s2: lib.mkDerivedConfig(options.s1, (v) => `${String(v)}!`),
  });

describe("definitions made from another option's", () => {
  it("forward the definitions as Nix does (with or without their priority)", () => {
    // lb = mkAliasDefinitions options.la; x2 = mkAliasAndWrapDefsWithPriority id options.x1;
    // x3 = mkAliasDefinitions options.x1; x4 = mkAliasAndWrapDefinitions (v: { k = v; }) options.x1;
    // u2 = mkAliasDefinitions options.u1; s2 = mkDerivedConfig options.s1 (v: v + "!");
    const { config, options } = evalModules({ modules: [declarations, aliases((v) => ({ k: v })), definitions] });
    const { la, lb, x1, x2, x3, x4, u2, s1, s2 } = config;
    expect({ la, lb, x1, x2, x3, x4, u2, s1, s2 }).toEqual({
      la: [1, 2],
      lb: [9, 1, 2],
      x1: 3,
      x2: 8,
      x3: 3,
      x4: { j: 5, k: 3 },
      u2: 42,
      s1: "hi",
      s2: "hi!",
    });
    expect(options.s2.highestPrio).toBe(1000);
    expect(options.x2.highestPrio).toBe(100);
    expect(options.lb.definitions).toEqual([[9], [1], [2]]);
  });

  it("leave the wrapped definitions' properties to the wrapper, as Nix does (mkForce of their mkMerge is a type error)", () => {
    // x4 = mkAliasAndWrapDefinitions (v: { k = lib.mkForce v; }) options.x1;
    const { config } = evalModules({ modules: [declarations, aliases((v) => ({ k: lib.mkForce(v) })), definitions] });
    // nix-instantiate --strict forces x4.k; an attribute's value is read when the attribute is
    expect(() => config.x4.k).toThrow(
      "A definition for option `x4.k' is not of type `signed integer'. Definition values:\n- In `<unknown-file>':\n    {\n      _type = \"merge\";\n      contents = [\n        3\n      ];\n    ...",
    );
  });

  it("name the function and the option being defined when given something else than an option", () => {
    const { config } = evalModules({
      modules: [
        { options: { x: mkOption({ type: types.int, default: 1 }) } },
        // a misspelt option name: `options.y` is undefined
        { _file: "alias.ts", x: lib.mkAliasDefinitions((undefined as unknown) as Parameters<typeof lib.mkAliasDefinitions>[0]) },
      ],
    });
    expect(() => config.x).toThrow("mkAliasAndWrapDefinitions: expected an option (`options.<name>'), but got null");
    expect(() => config.x).toThrow("while evaluating the option `x'");
  });
});

describe("mkRenamedOptionModuleWith and mkAliasIfDef", () => {
  it("warn about a rename only once every supported release has it", () => {
    // { options.warnings = …; options.new = …; options.new2 = …; config.old = 5; config.old2 = 6; }
    // (mkRenamedOptionModuleWith { sinceRelease = 2505; from = [ "old" ]; to = [ "new" ]; })
    // (mkRenamedOptionModuleWith { sinceRelease = 2605; from = [ "old2" ]; to = [ "new2" ]; })
    // ({ options, ... }: { options.w = mkOption { default = 0; }; config.w = lib.modules.mkAliasIfDef options.new 7; })
    const { config } = evalModules({
      modules: [
        {
          options: {
            warnings: mkOption({ type: types.listOf(types.str), default: [] }),
            new: mkOption({ type: types.int, default: 1 }),
            new2: mkOption({ type: types.int, default: 1 }),
          },
          config: { old: 5, old2: 6 },
        },
        lib.mkRenamedOptionModuleWith({ sinceRelease: 2505, from: ["old"], to: ["new"] }),
        lib.mkRenamedOptionModuleWith({ sinceRelease: 2605, from: ["old2"], to: ["new2"] }),
        ({ options }) => ({ options: { w: mkOption({ default: 0 }) }, config: { w: lib.modules.mkAliasIfDef(options.new)(7) } }),
      ],
    });
    const { new: renamed, new2, w, old, old2 } = config;
    expect({ new: renamed, new2, w, warnings: config.warnings, oldValue: old, old2Value: old2 }).toEqual({
      new: 5,
      new2: 6,
      w: 7,
      warnings: ["The option `old' defined in `<unknown-file>' has been renamed to `new'."],
      oldValue: 5,
      old2Value: 6,
    });
    expect(warnings).toEqual([
      "Usage of 'mkAliasIfDef' has been deprecated. Use 'mkIf option.isDefined' instead.",
      "Obsolete option `old' is used. It was renamed to `new'.",
    ]);
  });
});
