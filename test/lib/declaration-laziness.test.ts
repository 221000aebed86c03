/**
 * Per-option laziness: an option's declarations are read and merged when
 * that option is read, and every attribute of a declaration (or a whole
 * declaration) may be a getter, read only when Nix would read it. The
 * expected values and messages are what nix-instantiate 2.8 printed for the
 * same modules (nixpkgs' lib 26.11pre), written in Nix in each comment.
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib, type Module, type ModuleArgs, type OptionType } from "../../lib/index.js";

const { mkOption, types } = lib;

describe("a conflict in one option's declarations", () => {
  // { options.a.x = mkOption { default = 1; }; options.a.y = mkOption { default = 2; }; }
  // { options.a.x = mkOption { default = 3; }; }
  const modules: Module[] = [
    { options: { a: { x: mkOption({ default: 1 }), y: mkOption({ default: 2 }) } } },
    { options: { a: { x: mkOption({ default: 3 }) } } },
  ];

  it("does not stop a read of its sibling", () => {
    // -A config.a.y: 2
    expect(evalModules({ modules }).config.a.y).toBe(2);
    expect(evalModules({ modules }).options.a.y.value).toBe(2);
  });

  it("is reported when the option itself is read", () => {
    // -A config.a.x
    expect(() => evalModules({ modules }).config.a.x).toThrow(
      "The option `a.x' in `<unknown-file>' is already declared in `<unknown-file>'.",
    );
  });
});

describe("an option's type", () => {
  const throwingType = (): Module => ({
    options: {
      s: {
        x: mkOption({
          get type(): never {
            throw new Error("typeX");
          },
        }),
        y: mkOption({ default: 2 }),
      },
    },
  });

  it("is never read when the option is not used", () => {
    // { options.s.x = mkOption { type = throw "typeX"; }; options.s.y = mkOption { default = 2; }; }
    // -A options.s.y.value: 2 (and config.s.y)
    expect(evalModules({ modules: [throwingType()] }).options.s.y.value).toBe(2);
    expect(evalModules({ modules: [throwingType()] }).config.s.y).toBe(2);
  });

  it("is read when the option is", () => {
    // -A config.s.x: error: typeX
    expect(() => evalModules({ modules: [throwingType()] }).config.s.x).toThrow("typeX");
  });

  it("may be computed from config", () => {
    // ({ config, ... }: { options.theType = mkOption { type = types.raw; default = types.int; };
    //                     options.x = mkOption { type = config.theType; }; config.x = 5; })
    const m = (x: unknown): Module => ({ config }) => ({
      options: {
        theType: mkOption({ type: types.raw, default: types.int }),
        x: mkOption({
          get type() {
            return config.theType;
          },
        }),
      },
      config: { x },
    });
    // -A config.x: 5
    expect(evalModules({ modules: [m(5)] }).config.x).toBe(5);
    // config.x = "five"
    expect(() => evalModules({ modules: [m("five")] }).config.x).toThrow(
      "A definition for option `x' is not of type `signed integer'. Definition values:\n- In `<unknown-file>': \"five\"",
    );
  });

  it("may be a `_module.args` entry", () => {
    // ({ myType, ... }: { options.x = mkOption { type = myType; }; config.x = 5; }) { _module.args.myType = types.int; }
    // -A config.x: 5
    const r = evalModules({
      modules: [
        ({ myType }: ModuleArgs & { myType: OptionType }) => ({
          options: {
            x: mkOption({
              get type() {
                return myType;
              },
            }),
          },
          config: { x: 5 },
        }),
        { _module: { args: { myType: types.int } } },
      ],
    });
    expect(r.config.x).toBe(5);
  });

  it("that needs the option itself is infinite recursion", () => {
    // ({ config, ... }: { options.x = mkOption { type = config.x; }; }), -A config.x:
    // error: infinite recursion encountered
    const m: Module = ({ config }) => ({
      options: {
        x: mkOption({
          get type() {
            return config.x;
          },
        }),
      },
    });
    expect(() => evalModules({ modules: [m] }).config.x).toThrow(/^infinite recursion encountered/);
  });
});

describe("a whole declaration", () => {
  it("may be computed from config", () => {
    // ({ config, ... }: { options.theOption = mkOption { type = types.raw;
    //     default = mkOption { type = types.str; default = "hi"; }; };
    //   options.x = config.theOption; })
    // -A config.x: "hi"
    const m: Module = ({ config }) => ({
      options: {
        theOption: mkOption({ type: types.raw, default: mkOption({ type: types.str, default: "hi" }) }),
        get x() {
          return config.theOption;
        },
      },
    });
    expect(evalModules({ modules: [m] }).config.x).toBe("hi");
    expect(evalModules({ modules: [m] }).options.x.type.name).toBe("str");
  });

  it("that throws is reported when config is read, as `_module.check` classifies every declared name", () => {
    // { options.a = mkOption { default = 1; }; options.s = throw "declS"; }, -A config.a: error: declS
    const m: Module = {
      options: {
        a: mkOption({ default: 1 }),
        get s(): never {
          throw new Error("declS");
        },
      },
    };
    expect(() => evalModules({ modules: [m] }).config.a).toThrow("declS");
  });

  it("gives the sub-options of a lazyAttrsOf submodule, from config", () => {
    // options.subOptions = mkOption { type = types.raw; default = { port = mkOption { type = types.int; default = 80; }; }; };
    // options.servers = mkOption { type = types.lazyAttrsOf (types.submodule { options = config.subOptions; }); default = {}; };
    // config.servers.a.port = 8080; config.servers.b = {};
    // -A config.servers: {"a":{"port":8080},"b":{"port":80}}
    const m: Module = ({ config }) => ({
      options: {
        subOptions: mkOption({ type: types.raw, default: { port: mkOption({ type: types.int, default: 80 }) } }),
        servers: mkOption({
          type: types.lazyAttrsOf(
            types.submodule({
              get options() {
                return config.subOptions;
              },
            }),
          ),
          default: {},
        }),
      },
      config: { servers: { a: { port: 8080 }, b: {} } },
    });
    expect(JSON.stringify(evalModules({ modules: [m] }).config.servers)).toBe('{"a":{"port":8080},"b":{"port":80}}');
  });
});

describe("matching definitions with options", () => {
  // { options.a.x = mkOption { default = 1; }; options.b.y = mkOption { default = 2; }; }
  // { _module.check = false; b = throw "bDefs"; }
  const modules = (check: boolean): Module[] => [
    { options: { a: { x: mkOption({ default: 1 }) }, b: { y: mkOption({ default: 2 }) } } },
    {
      _module: { check },
      get b(): never {
        throw new Error("bDefs");
      },
    },
  ];

  it("is done per option set read: reading `a.x` does not read the definitions of `b` (without `_module.check`)", () => {
    // -A config.a.x: 1
    expect(evalModules({ modules: modules(false) }).config.a.x).toBe(1);
  });

  it("reaches every option set when `_module.check` looks for undeclared definitions", () => {
    // without `_module.check = false`, -A config.a.x: error: bDefs
    expect(() => evalModules({ modules: modules(true) }).config.a.x).toThrow("bDefs");
  });
});
