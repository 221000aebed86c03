/**
 * Module collection and what a module function may read while it runs:
 * `options` (which options exist), never a `config` value or a `_module.args`
 * entry; `evalModules` as a thunk; Nix's error texts with their context
 * lines. Expected values and messages are what nix-instantiate 2.8 printed
 * (`--show-trace`, nixpkgs' lib 26.11pre) for the same modules, written in
 * Nix in each comment; the modules.sh files named are in nixpkgs'
 * lib/tests/modules.
 */
import { describe, expect, it } from "vitest";
import { evalModules, InfiniteRecursionError, lib, type Module, type ModuleArgs } from "../../lib/index.js";

const { mkOption, types } = lib;

// declare-enable.nix, declare-int-positive-value.nix and their `set.` variants
const declareEnable: Module = { options: { enable: mkOption({ default: false, example: true, type: types.bool }) } };
const declareValue: Module = { options: { value: mkOption({ type: types.ints.positive }) } };
const declareEnableNested: Module = { options: { set: { enable: mkOption({ default: false, type: types.bool }) } } };
const declareValueNested: Module = { options: { set: { value: mkOption({ type: types.ints.positive }) } } };

describe("a module function reading `options` while the modules are collected", () => {
  // define-option-dependently.nix:
  //   { lib, options, ... }: { config = { value = if options ? enable then 360 else 7; }
  //                                     // lib.optionalAttrs (options ? enable) { enable = true; }; }
  const dependently: Module = ({ options }) => ({
    config: { value: "enable" in options ? 360 : 7, ...("enable" in options ? { enable: true } : {}) },
  });
  // define-option-dependently-nested.nix: the same with `options ? set.enable` and `config.set`
  const dependentlyNested: Module = ({ options }) => ({
    config: { set: { value: "enable" in options.set ? 360 : 7, ...("enable" in options.set ? { enable: true } : {}) } },
  });

  it("decides which keys it defines, as in Nix", () => {
    // modules.sh: config.enable is true, config.value 360 with declare-enable.nix; config.value 7 without
    const both = evalModules({ modules: [dependently, declareEnable, declareValue] });
    expect(both.config.enable).toBe(true);
    expect(both.config.value).toBe(360);
    expect(evalModules({ modules: [dependently, declareValue] }).config.value).toBe(7);
  });

  it("also for an option set", () => {
    // modules.sh: config.set.enable true, config.set.value 360; 7 without declare-enable-nested.nix
    const both = evalModules({ modules: [dependentlyNested, declareEnableNested, declareValueNested] });
    expect(both.config.set.enable).toBe(true);
    expect(both.config.set.value).toBe(360);
    expect(evalModules({ modules: [dependentlyNested, declareValueNested] }).config.set.value).toBe(7);
  });

  it("sees the options that modules loaded after it declare", () => {
    // the option is declared by a module imported by the module that reads options
    const declaring: Module = ({ options }) => ({
      imports: [declareEnable],
      config: "enable" in options ? { enable: true } : {},
    });
    expect(evalModules({ modules: [declaring] }).config.enable).toBe(true);
  });

  it("keeps a reference that reads the final options later", () => {
    const keeping: Module = ({ options }) => {
      const set = options.set;
      return {
        options: { seen: mkOption({ type: types.bool }) },
        config: {
          get seen() {
            return set.enable.value as boolean;
          },
        },
      };
    };
    expect(evalModules({ modules: [keeping, declareEnableNested, { set: { enable: true } }] }).config.seen).toBe(true);
  });
});

describe("reading a config value or a `_module.args` entry while the modules are collected", () => {
  it("is Nix's infinite recursion, with its context, for an `imports` that reads a `_module.args` entry", () => {
    // [ ({ custom, ... }: { imports = custom; }) { _module.args.custom = []; } ] (as import-custom-arg.nix):
    // error: infinite recursion encountered
    // … if you get an infinite recursion here, you probably reference `config` in `imports`. If …
    // … noting that argument `custom` is not externally provided, so querying `_module.args` instead, requiring `config`
    // … while evaluating the module argument `custom' in ":anon-1":
    const r = evalModules({
      modules: [({ custom }: ModuleArgs) => ({ imports: custom }), { _module: { args: { custom: [] } } }],
    });
    expect(() => r.config).toThrow(InfiniteRecursionError);
    expect(() => r.config).toThrow(
      "infinite recursion encountered\n" +
        "… if you get an infinite recursion here, you probably reference `config` in `imports`. If you are trying to achieve a conditional import behavior dependent on `config`, consider importing unconditionally, and using `mkEnableOption` and `mkIf` to control its effect.\n" +
        "… noting that argument `custom` is not externally provided, so querying `_module.args` instead, requiring `config`\n" +
        "… while evaluating the module argument `custom' in \":anon-1\":",
    );
  });

  it("also where the entry only decides an import (a reference would be truthy), naming the file", () => {
    // modules.sh, config.enable with declare-enable.nix define-enable-with-custom-arg.nix define-_module-args-custom.nix
    // import-custom-arg.nix ({ lib, custom, ... }: { imports = [ ] ++ lib.optional custom ./define-enable-force.nix; }):
    // error: infinite recursion encountered
    // … if you get an infinite recursion here, you probably reference `config` in `imports`. …
    // … noting that argument `custom` is not externally provided, so querying `_module.args` instead, requiring `config`
    // … while evaluating the module argument `custom' in "…/import-custom-arg.nix":
    const defineEnableForce: Module = { enable: lib.mkForce(false) };
    for (const custom of [true, false]) {
      const r = evalModules({
        modules: [
          declareEnable,
          { _file: "import-custom-arg.ts", imports: [({ custom: c }: ModuleArgs) => ({ imports: c ? [defineEnableForce] : [] })] },
          { _module: { args: { custom } } },
        ],
      });
      expect(() => r.config.enable).toThrow(
        "infinite recursion encountered\n" +
          "… if you get an infinite recursion here, you probably reference `config` in `imports`. If you are trying to achieve a conditional import behavior dependent on `config`, consider importing unconditionally, and using `mkEnableOption` and `mkIf` to control its effect.\n" +
          "… noting that argument `custom` is not externally provided, so querying `_module.args` instead, requiring `config`\n" +
          "… while evaluating the module argument `custom' in \"import-custom-arg.ts\":",
      );
    }
  });

  it("is infinite recursion for a config value too, never a silent value", () => {
    // [ ({ config, ... }: { imports = if config.x then [] else []; }) { options.x = mkOption { default = true; }; } ]:
    // error: infinite recursion encountered
    // … if you get an infinite recursion here, you probably reference `config` in `imports`. …
    const r = evalModules({
      modules: [({ config }) => ({ imports: config.x ? [] : [] }), { options: { x: mkOption({ default: true }) } }],
    });
    expect(() => r.config).toThrow(/^infinite recursion encountered\n… if you get an infinite recursion here, you probably reference `config` in `imports`\./);
  });

  it("gives a missing argument Nix's text and context when read later", () => {
    // declare-enable.nix define-enable-with-custom-arg.nix ({ custom, ... }: { config.enable = custom; }):
    // error: attribute 'custom' missing
    // … noting that argument `custom` is not externally provided, so querying `_module.args` instead, requiring `config`
    // … while evaluating the module argument `custom' in "…/define-enable-with-custom-arg.nix":
    const defineWithCustom: Module = {
      _file: "define-enable-with-custom-arg.ts",
      imports: [({ custom }: ModuleArgs) => ({ config: { get enable() { return custom === true || `${custom as string}` === "true"; } } })],
    };
    expect(() => evalModules({ modules: [declareEnable, defineWithCustom] }).config.enable).toThrow(
      "attribute 'custom' missing\n" +
        "… noting that argument `custom` is not externally provided, so querying `_module.args` instead, requiring `config`\n" +
        "… while evaluating the module argument `custom' in \"define-enable-with-custom-arg.ts\":",
    );
    // with define-_module-args-custom.nix ({ _module.args.custom = true; }): true
    expect(evalModules({ modules: [declareEnable, defineWithCustom, { _module: { args: { custom: true } } }] }).config.enable).toBe(true);
  });
});

describe("evalModules is a thunk", () => {
  it("collects and checks nothing until a result is read", () => {
    // lib.evalModules { modules = [ { undeclared = 1; } ]; } raises nothing until its config is read
    const r = evalModules({ modules: [{ undeclared: 1 }, () => { throw new Error("never called"); }] });
    expect(r._type).toBe("configuration");
    expect(() => r.config).toThrow("Error: never called");
  });

  it("has its results as own enumerable properties", () => {
    const r = evalModules({ modules: [{ options: { a: mkOption({ default: 1 }) } }] });
    expect(Object.keys(r)).toEqual(expect.arrayContaining(["_type", "class", "config", "options", "_module", "type", "extendModules"]));
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(r)) as typeof r;
    expect(copy.config.a).toBe(1);
  });

  it("raises nothing when stored unread in a freeform value", () => {
    // [ { freeformType = attrsOf anything; } { stored = lib.evalModules { modules = [ { undeclared = 1; } ]; }; other = 1; } ]
    // -A config.other: 1
    const r = evalModules({
      modules: [{ freeformType: types.attrsOf(types.anything) }, { stored: evalModules({ modules: [{ undeclared: 1 }] }), other: 1 }],
    });
    expect(r.config.other).toBe(1);
  });
});

describe("imports", () => {
  it("that are not a list are Nix's type error, naming the module", () => {
    // [ { imports = 5; } ]: error: value is an integer while a list was expected … while evaluating the attribute 'imports'
    expect(() => evalModules({ modules: [{ _file: "five.ts", imports: 5 }] }).config).toThrow(
      "value is an integer while a list was expected\n… while evaluating the attribute 'imports' of the module `five.ts'",
    );
  });

  it("of a module by itself are collected once (Nix 2.8 overflows its stack for a path that imports itself)", () => {
    const selfImporting = { key: "self", options: { x: mkOption({ default: 1 }) }, imports: [] as unknown[] };
    selfImporting.imports.push(selfImporting);
    expect(evalModules({ modules: [selfImporting] }).config.x).toBe(1);
  });

  it("nested 10 000 levels deep are collected (Nix 2.8 runs out of memory)", () => {
    let m: Module = { options: { x: mkOption({ default: 1 }) } };
    for (let i = 0; i < 10_000; i++) m = { imports: [m] };
    expect(evalModules({ modules: [m] }).config.x).toBe(1);
  });

  it("refuse a configuration, as Nix does", () => {
    // import-configuration.nix (modules.sh: "please only import the modules that make up the configuration")
    expect(() =>
      evalModules({ modules: [{ _file: "import-configuration.ts", imports: [evalModules({ modules: [{}] })] }] }).config,
    ).toThrow(
      'Expected a module, but found a value of type "configuration", while trying to load a module into import-configuration.ts.\n' +
        "A module is typically loaded by adding it to the imports = [ ... ]; attribute of an existing module, or in the modules = [ ... ]; argument of various functions.\n" +
        "Please make sure that each of the list items is a module, and not a different kind of value.\n\n" +
        "If you really mean to import this configuration, instead please only import the modules that make up the configuration.\n" +
        "You may have to create a `let` binding, file or attribute to give yourself access to the relevant modules.\n" +
        "While loading a configuration into the module system is a very sensible idea, it can not be done cleanly in practice.",
    );
  });

  it("refuse a configuration in a submodule, naming the option", () => {
    // import-error-submodule.nix, -A config.foo: Expected a module, but found a value of type "configuration",
    // while trying to load a module into …/import-error-submodule.nix, while trying to load a module into foo.
    const r = evalModules({
      modules: [
        {
          _file: "import-error-submodule.ts",
          options: { foo: mkOption({ type: types.submodule({}), default: {} }) },
          config: { foo: () => ({ imports: [evalModules({ modules: [{}] })] }) },
        },
      ],
    });
    expect(() => r.config.foo).toThrow(
      'Expected a module, but found a value of type "configuration", while trying to load a module into import-error-submodule.ts, while trying to load a module into foo.\n',
    );
  });
});

describe("module functions", () => {
  it("that return a Promise are refused, naming the file", () => {
    const r = evalModules({ modules: [{ _file: "async.ts", imports: [async () => ({})] }] });
    expect(() => r.config).toThrow(/^The module function of `async\.ts' returned a Promise/);
  });

  it("that throw are named in the error", () => {
    const r = evalModules({
      modules: [{ _file: "bad.ts", imports: [() => { throw new TypeError("boom"); }] }],
    });
    expect(() => r.config).toThrow("TypeError: boom\n… while calling the module function of `bad.ts'");
  });
});

describe("disabledModules", () => {
  it("takes what toString takes", () => {
    // [ { key = "123"; options.a = mkOption { default = 1; }; } { disabledModules = [ 123 ]; options.a = mkOption { default = 2; }; } ]
    // -A config.a: 2
    const r = evalModules({
      modules: [{ key: "123", options: { a: mkOption({ default: 1 }) } }, { disabledModules: [123], options: { a: mkOption({ default: 2 }) } }],
    });
    expect(r.config.a).toBe(2);
  });
});

describe("doRename", () => {
  it("takes a condition that is a function of config", () => {
    // ({ config, ... }: { options.new = mkOption { type = types.int; default = 0; };
    //   options.enableRename = mkOption { type = types.bool; default = true; };
    //   imports = [ (doRename { from = [ "old" ]; to = [ "new" ]; visible = true; warn = false; use = x: x;
    //                           withPriority = true; condition = config.enableRename; }) ]; }) { old = 5; }
    // -A config.new: 5 (and 0 with enableRename = false)
    const modules = (enable: boolean): Module[] => [
      ({ config }) => ({
        options: {
          new: mkOption({ type: types.int, default: 0 }),
          enableRename: mkOption({ type: types.bool, default: true }),
        },
        imports: [
          lib.doRename({
            from: ["old"],
            to: ["new"],
            visible: true,
            warn: false,
            use: (x) => x,
            withPriority: true,
            condition: () => config.enableRename as boolean,
          }),
        ],
      }),
      { old: 5, enableRename: enable },
    ];
    expect(evalModules({ modules: modules(true) }).config.new).toBe(5);
    expect(evalModules({ modules: modules(false) }).config.new).toBe(0);
  });
});
