import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  return {
    imports: [
      ({ config }: ModuleArgs) => ({
        options: {
          meta: { foo: mkOption({ type: types.listOf(types.str) }) },
          result: mkOption({
            get default(): string {
              return ((config.meta as { foo: string[] }).foo).join(" ");
            },
          }),
        },
      }),
      { meta: { foo: ["one", "two"] } },
    ],
  };
};
