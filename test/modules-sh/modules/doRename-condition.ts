/**
 * Simulate a migration from a single-instance `services.foo` to a multi instance
 * `services.foos.<name>` module, where `name = ""` serves as the legacy /
 * compatibility instance.
 *
 * - No instances must exist, unless one is defined in the multi-instance module,
 * or if the legacy enable option is set to true.
 * - The legacy instance options must be renamed to the new instance, if it exists.
 */
import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib }: ModuleArgs) => {
  const { mkOption, mkEnableOption, types, doRename } = lib;
  return {
    options: {
      services: {
        foo: { enable: mkEnableOption("foo") },
        foos: mkOption({
          type: types.attrsOf(types.submodule({ options: { bar: mkOption({ type: types.str }) } })),
          default: {},
        }),
      },
      result: mkOption({}),
    },
    imports: [
      doRename({
        from: ["services", "foo", "bar"],
        to: ["services", "foos", "", "bar"],
        visible: true,
        warn: false,
        use: (x: unknown) => x,
        withPriority: true,
        get condition(): boolean {
          return config.services.foo.enable;
        },
      }),
    ],
  };
};
