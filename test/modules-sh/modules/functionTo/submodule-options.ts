import type { ModuleArgs } from "../../../../lib/index.js";

const attrValues = (set: Record<string, unknown>) => Object.keys(set).sort().map((k) => set[k]);

export default ({ lib, config, options }: ModuleArgs) => {
  const { types } = lib;
  return {
    imports: [
      // fun.<function-body>.a
      () => ({
        options: {
          fun: lib.mkOption({
            type: types.functionTo(types.submodule({ options: { a: lib.mkOption({ default: "a" }) } })),
          }),
        },
      }),
      // fun.<function-body>.b
      () => ({
        options: {
          fun: lib.mkOption({
            type: types.functionTo(types.submodule({ options: { b: lib.mkOption({ default: "b" }) } })),
          }),
        },
      }),
    ],
    options: {
      result: lib.mkOption({
        type: types.str,
        get default() {
          // Nix: config.fun (throw "shouldn't use input param")
          const input = new Proxy(
            {},
            {
              get() {
                throw new Error("shouldn't use input param");
              },
            },
          );
          return attrValues(config.fun(input)).join(" ");
        },
      }),
      optionsResult: lib.mkOption({
        type: types.str,
        get default() {
          const sub = options.fun.type.getSubOptions(["fun"]) as Record<string, { loc: string[] }>;
          return Object.keys(sub)
            .sort()
            .flatMap((k) => (k === "_module" ? [] : [lib.showOption(sub[k].loc)]))
            .join(" ");
        },
      }),
    },
    config: {
      fun: lib.mkMerge([() => ({ b: "bee" })]),
    },
  };
};
