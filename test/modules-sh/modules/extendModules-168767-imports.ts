import type { Configuration, ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { mkOption, mkOverride, types } = lib;
  return {
    imports: [
      {
        options: {
          sub: mkOption({
            default: {},
            type: types.submodule(({ extendModules }: { extendModules: Configuration["extendModules"] }) => ({
              options: {
                value: mkOption({ type: types.int }),
                specialisation: mkOption({
                  default: {},
                  get type() {
                    return extendModules({ modules: [{ specialisation: mkOverride(0, {}) }] }).type;
                  },
                }),
              },
            })),
          }),
        },
      },
      { config: { sub: { value: 1 } } },
    ],
  };
};
