/**
 * The config type inferred from option declarations (`InferOptions`, like
 * zod's `z.infer`) and `typedModule`. The type assertions are checked by
 * tsc (`npm test` type-checks first); the module is also evaluated.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { evalModules, type InferOptions, lib, typedModule } from "../../lib/index.js";

const { mkOption, types } = lib;

const options = {
  services: {
    web: {
      enable: mkOption({ type: types.bool, default: false }),
      port: mkOption({ type: types.port, default: 80 }),
      flags: mkOption({ type: types.listOf(types.str), default: [] }),
      mode: mkOption({ type: types.enum(["fast", "safe"] as const), default: "safe" }),
      user: mkOption({ type: types.nullOr(types.str), default: null }),
      env: mkOption({ type: types.attrsOf(types.either(types.str, types.int)), default: {} }),
      hosts: mkOption({
        type: types.attrsOf(
          types.submodule(({ name }: { name: string }) => ({
            options: {
              root: mkOption({ type: types.str, default: `/srv/${name}` }),
              aliases: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          })),
        ),
        default: {},
      }),
      tls: mkOption({ type: types.submodule({ options: { cert: mkOption({ type: types.path }) } }) }),
      untyped: mkOption({ default: 3 }),
    },
  },
};

type Config = InferOptions<typeof options>;

describe("InferOptions", () => {
  it("types each option from its declared type", () => {
    expectTypeOf<Config["services"]["web"]["enable"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Config["services"]["web"]["port"]>().toEqualTypeOf<number>();
    expectTypeOf<Config["services"]["web"]["flags"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Config["services"]["web"]["mode"]>().toEqualTypeOf<"fast" | "safe">();
    expectTypeOf<Config["services"]["web"]["user"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Config["services"]["web"]["env"]>().toEqualTypeOf<Record<string, string | number>>();
    expectTypeOf<Config["services"]["web"]["hosts"]>().toEqualTypeOf<Record<string, { root: string; aliases: string[] }>>();
    expectTypeOf<Config["services"]["web"]["tls"]>().toEqualTypeOf<{ cert: string }>();
    // no type: the default's
    expectTypeOf<Config["services"]["web"]["untyped"]>().toEqualTypeOf<number>();
  });
});

describe("typedModule", () => {
  it("gives its function a typed config and evaluates as a module declaring the options", () => {
    const module = typedModule(options, ({ config }) => ({
      services: {
        web: {
          enable: true,
          flags: lib.mkBefore(["--verbose"]),
          get port() {
            expectTypeOf(config.services.web.mode).toEqualTypeOf<"fast" | "safe">();
            return config.services.web.mode === "fast" ? 8080 : 8443;
          },
          hosts: { "example.org": { aliases: ["www.example.org"] } },
          tls: { cert: "/etc/cert.pem" },
        },
      },
    }));
    const { config } = evalModules({ modules: [module, { services: { web: { mode: "fast", flags: ["--x"] } } }] });
    expect(config.services.web.port).toBe(8080);
    expect(config.services.web.flags).toEqual(["--verbose", "--x"]);
    expect(config.services.web.hosts).toEqual({ "example.org": { root: "/srv/example.org", aliases: ["www.example.org"] } });
  });

  it("passes on the arguments its function destructures (a `_module.args` entry)", () => {
    const module = typedModule({ greeting: mkOption({ type: types.str }) }, ({ who }) => ({
      get greeting() {
        return `hello ${String(who)}`;
      },
    }));
    const { config } = evalModules({ modules: [module, { _module: { args: { who: "world" } } }] });
    expect(config.greeting).toBe("hello world");
  });
});
