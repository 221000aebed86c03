import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const myconf = lib.evalModules({ modules: [{}] });
  return {
    options: {
      foo: lib.mkOption({ type: lib.types.submodule({}), default: {} }),
    },
    config: {
      foo: () => ({
        imports: [
          // error, like `import-configuration.nix`, but in a submodule this time
          myconf,
        ],
      }),
    },
  };
};
