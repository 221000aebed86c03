import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => ({
  options: {
    deferred: lib.mkOption({ type: lib.types.deferredModule }),
    result: lib.mkOption({
      get default() {
        return lib.evalModules({ modules: [config.deferred] }).config.result;
      },
    }),
  },
  config: {
    // this should be an attrset, so this fails
    deferred: () => true,
  },
});
