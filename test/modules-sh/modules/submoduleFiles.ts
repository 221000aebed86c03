import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    submodule: lib.mkOption({
      default: {},
      type: lib.types.submoduleWith({
        modules: [
          ({ options }: ModuleArgs) => ({
            options: {
              value: lib.mkOption({}),
              internalFiles: lib.mkOption({
                get default() {
                  return options.value.files;
                },
              }),
            },
          }),
        ],
      }),
    }),
  },
  imports: [
    {
      _file: "the-file.nix",
      submodule: { value: 10 },
    },
  ],
});
