import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    submodule: lib.mkOption({
      type: lib.types.submoduleWith({
        modules: [
          ({ lib }: { lib: { mkOption: ModuleArgs["lib"]["mkOption"]; foo: string } }) => ({
            options: {
              foo: lib.mkOption({ default: lib.foo }),
            },
          }),
        ],
        specialArgs: { lib: { ...lib, foo: "foo" } },
      }),
      default: {},
    }),
  },
});
