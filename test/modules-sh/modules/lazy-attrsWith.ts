// Check that AttrsWith { lazy = true; } is lazy
import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  const lazyAttrsOf = mkOption({
    // Same as lazyAttrsOf
    type: types.attrsWith({ lazy: true, elemType: types.int }),
  });
  const attrsOf = mkOption({
    // Same as attrsOf
    type: types.attrsWith({ elemType: types.int }),
  });
  return {
    imports: [
      // Module A
      () => ({
        options: {
          mergedLazyLazy: lazyAttrsOf,
          mergedLazyNonLazy: lazyAttrsOf,
          mergedNonLazyNonLazy: attrsOf,
        },
      }),
      // Module B
      () => ({
        options: {
          mergedLazyLazy: lazyAttrsOf,
          mergedLazyNonLazy: attrsOf,
          mergedNonLazyNonLazy: attrsOf,
        },
      }),
      // Result
      ({ config }: ModuleArgs) => ({
        config: {
          // Can only evaluate if lazy
          mergedLazyLazy: {
            get bar() {
              return config.mergedLazyLazy.baz + 1;
            },
            baz: 10,
          },
          // Can not only evaluate if not lazy
          mergedNonLazyNonLazy: {
            get bar() {
              return config.mergedNonLazyNonLazy.baz + 1;
            },
            baz: 10,
          },
        },
        options: {
          lazyResult: mkOption({
            get default() {
              return config.mergedLazyLazy.bar;
            },
          }),
          nonLazyResult: mkOption({
            get default() {
              return config.mergedNonLazyNonLazy.bar;
            },
          }),
        },
      }),
    ],
  };
};
