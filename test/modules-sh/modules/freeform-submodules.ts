import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib, options }: ModuleArgs) => {
  const { submodule, attrsOf } = lib.types;
  return {
    options: {
      fooDeclarations: lib.mkOption({
        get default() {
          return options.free.type.getSubOptions([])._freeformOptions.foo.declarations;
        },
      }),
      free: lib.mkOption({
        type: submodule({
          config: {
            _module: {
              freeformType: lib.mkMerge([
                attrsOf(submodule({ options: { foo: lib.mkOption({}) } })),
                attrsOf(submodule({ options: { bar: lib.mkOption({}) } })),
              ]),
            },
          },
        }),
      }),
    },
    config: {
      free: {
        xxx: { foo: 10 },
        yyy: { bar: 10 },
      },
    },
  };
};
