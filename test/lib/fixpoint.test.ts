import { describe, expect, it } from "vitest";
import { evalModules, InfiniteRecursionError, lib, type ModuleArgs } from "../../lib/index.js";

const { mkOption, types, mkIf } = lib;

describe("the fixed point", () => {
  it("reports a two-option cycle with its chain, not a stack overflow", () => {
    const r = evalModules({
      modules: [
        { _file: "decl.ts", options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } },
        ({ config }) => ({ _file: "a.ts", get a() { return config.b + 1; } }),
        ({ config }) => ({ _file: "b.ts", get b() { return config.a + 1; } }),
      ],
    });
    let err: unknown;
    try {
      void r.config.a;
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InfiniteRecursionError);
    expect((err as Error).message).toBe("infinite recursion encountered: `a' -> `b' -> `a'");
    expect((err as InfiniteRecursionError).chain).toEqual(["a", "b", "a"]);
  });

  it("reports an option that reads itself", () => {
    const r = evalModules({
      modules: [
        { options: { a: mkOption({ type: types.int }) } },
        ({ config }) => ({ get a() { return config.a + 1; } }),
      ],
    });
    expect(() => r.config.a).toThrow("infinite recursion encountered: `a' -> `a'");
  });

  it("evaluates a chain of 10 000 options each reading the previous", () => {
    const n = 10_000;
    const options: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) options[`o${i}`] = mkOption({ type: types.int });
    const r = evalModules({
      modules: [
        { options },
        ({ config }) => {
          const defs: Record<string, unknown> = { o0: 0 };
          for (let i = 1; i < n; i++) Object.defineProperty(defs, `o${i}`, { enumerable: true, get: () => config[`o${i - 1}`] + 1 });
          return defs;
        },
      ],
    });
    expect(r.config[`o${n - 1}`]).toBe(n - 1);
  });

  it("reports a cycle longer than the evaluation depth limit", () => {
    const n = 1000;
    const options: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) options[`o${i}`] = mkOption({ type: types.int });
    const r = evalModules({
      modules: [
        { options },
        ({ config }) => {
          const defs: Record<string, unknown> = {};
          for (let i = 0; i < n; i++) Object.defineProperty(defs, `o${i}`, { enumerable: true, get: () => config[`o${(i + 1) % n}`] + 1 });
          return defs;
        },
      ],
    });
    expect(() => r.config.o0).toThrow(/^infinite recursion encountered: `o\d+' -> /);
  });

  it("lets mkIf conditions read the config they help define", () => {
    const r = evalModules({
      modules: [
        { options: { enable: mkOption({ type: types.bool, default: false }), port: mkOption({ type: types.int, default: 1 }) } },
        ({ config }) => ({ config: mkIf(() => config.enable, { port: 2 }) }),
        { enable: true },
      ],
    });
    expect(r.config.port).toBe(2);
  });

  it("names the module and the option when a module body reads config", () => {
    // Nix ({ config, ... }: { b = config.a; }): infinite recursion encountered, with the hint about `imports`
    const modules = [
      { _file: "decl.ts", options: { a: mkOption({ type: types.int, default: 1 }) } },
      { _file: "eager.ts", imports: [({ config }: ModuleArgs) => ({ b: config.a })] },
    ];
    expect(() => evalModules({ modules }).config).toThrow(InfiniteRecursionError);
    expect(() => evalModules({ modules }).config).toThrow(/^infinite recursion encountered\n… if you get an infinite recursion here, you probably reference `config` in `imports`/);
    expect(() => evalModules({ modules }).config).toThrow(/reading `config\.a' in the module `eager\.ts'.*get x\(\)/);
  });
});

describe("module arguments", () => {
  it("fails with Nix's text when an argument nobody provides is used", () => {
    const r = evalModules({
      modules: [
        { options: { p: mkOption({ type: types.str }) } },
        ({ pkgs }: ModuleArgs & { pkgs: { hello: string } }) => ({ get p() { return pkgs.hello; } }),
      ],
    });
    expect(() => r.config.p).toThrow("attribute 'pkgs' missing");
  });

  it("resolves _module.args entries on use, also when destructured", () => {
    const r = evalModules({
      modules: [
        { _module: { args: { pkgs: { hello: "hello-2.12" } } } },
        { options: { p: mkOption({ type: types.str }) } },
        ({ pkgs }: ModuleArgs & { pkgs: { hello: string } }) => ({ get p() { return pkgs.hello; } }),
      ],
    });
    expect(r.config.p).toBe("hello-2.12");
  });
});

describe("attribute names that are Object.prototype members", () => {
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
  const withNames = (value: (n: string) => unknown) => {
    const o: Record<string, unknown> = {};
    for (const n of names) Object.defineProperty(o, n, { value: value(n), enumerable: true, writable: true, configurable: true });
    return o;
  };

  it("round-trips them through attrsOf, submodules and freeform values", () => {
    const r = evalModules({
      modules: [
        {
          options: {
            plain: mkOption({ type: types.attrsOf(types.str), default: {} }),
            subs: mkOption({
              type: types.attrsOf(types.submodule({ options: { v: mkOption({ type: types.str, default: "d" }) } })),
              default: {},
            }),
            free: mkOption({ type: types.submodule({ freeformType: types.attrsOf(types.int) }), default: {} }),
          },
        },
        { plain: withNames((n) => `v-${n}`), subs: withNames(() => ({})), free: withNames((n) => n.length) },
      ],
    });
    for (const n of names) {
      expect(Object.hasOwn(r.config.plain, n)).toBe(true);
      expect(r.config.plain[n]).toBe(`v-${n}`);
      expect(r.config.subs[n]).toEqual({ v: "d" });
      expect(r.config.free[n]).toBe(n.length);
    }
    expect(Object.keys(r.config.plain).sort()).toEqual([...names].sort());
    expect(({} as Record<string, unknown>).v).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
    expect(JSON.parse(JSON.stringify(r.config.plain))).toEqual(JSON.parse(JSON.stringify(withNames((n) => `v-${n}`))));
  });
});

describe("allDefinitions (beyond Nix)", () => {
  it("lists every definition with its priority and whether it won", () => {
    const r = evalModules({
      modules: [
        { _file: "decl.ts", options: { port: mkOption({ type: types.int, default: 80 }) } },
        { _file: "default.ts", port: lib.mkDefault(8080) },
        { _file: "user.ts", port: 8443 },
        { _file: "off.ts", port: mkIf(false, 1) },
      ],
    });
    expect(r.options.port.allDefinitions).toEqual([
      { file: "decl.ts", value: 80, priority: 1500, won: false },
      { file: "user.ts", value: 8443, priority: 100, won: true },
      { file: "default.ts", value: 8080, priority: 1000, won: false },
    ]);
  });
});

describe("errors of the configuration's own code", () => {
  it("name the option and the files that define it", () => {
    const r = evalModules({
      modules: [
        { _file: "decl.ts", options: { url: mkOption({ type: types.str }) } },
        ({ config }: ModuleArgs) => ({
          _file: "user.ts",
          get url() {
            return (config.missing as { host: string }).host;
          },
        }),
      ],
    });
    expect(() => r.config.url).toThrow(
      /^TypeError: Cannot read properties of undefined \(reading 'host'\)\n… while evaluating the option `url', defined in `user.ts'$/,
    );
  });
});
