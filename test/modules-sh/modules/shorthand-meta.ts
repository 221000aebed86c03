import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  imports: [
    ({ config }: ModuleArgs) => ({
      options: {
        meta: { foo: lib.mkOption({ type: lib.types.listOf(lib.types.str) }) },
        result: lib.mkOption({
          get default() {
            return ((config.meta as { foo: string[] }).foo).join(" ");
          },
        }),
      },
    }),
    { meta: { foo: ["one", "two"] } },
  ],
});
