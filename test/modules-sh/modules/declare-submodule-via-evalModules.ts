import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    submodule: lib.mkOption({
      type: lib.evalModules({
        modules: [
          {
            options: {
              inner: lib.mkOption({ type: lib.types.bool, default: false }),
            },
          },
        ],
      }).type,
      default: {},
    }),
  },
  config: {
    submodule: lib.mkMerge<unknown>([
      ({ lib }: ModuleArgs) => ({
        options: {
          outer: lib.mkOption({ type: lib.types.bool, default: false }),
        },
      }),
      { inner: true, outer: true },
    ]),
  },
});
