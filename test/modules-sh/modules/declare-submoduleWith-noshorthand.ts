import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const sub = {
    options: {
      config: lib.mkOption({ type: lib.types.bool, default: false }),
    },
  };
  return {
    options: {
      submodule: lib.mkOption({
        type: lib.types.submoduleWith({ modules: [sub] }),
        default: {},
      }),
    },
  };
};
