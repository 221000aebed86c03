import type { ModuleArgs } from "../../../lib/index.js";
import { nixFile } from "../nix-file.js";
import defineSettingsDictAIsB from "./define-settingsDict-a-is-b.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  const { deferredModule, lazyAttrsOf, submodule, str } = types;
  return {
    imports: [
      // generic module, declaring submodules:
      //   - nodes.<name>
      //   - default
      // where all nodes include the default
      ({ config }: ModuleArgs) => ({
        _file: "generic.nix",
        options: {
          nodes: mkOption({
            type: lazyAttrsOf(
              submodule({
                get imports() {
                  return [config.default];
                },
              }),
            ),
            default: {},
          }),
          default: mkOption({
            type: deferredModule,
            default: {},
            description: "Module that is included in all nodes.\n",
          }),
        },
      }),
      {
        _file: "default-1.nix",
        default: () => ({
          options: {
            settingsDict: lib.mkOption({ type: lazyAttrsOf(str), default: {} }),
            bottom: lib.mkOption({ type: types.enum([]) }),
          },
        }),
      },
      {
        _file: "default-a-is-b.nix",
        default: nixFile("./define-settingsDict-a-is-b.nix", defineSettingsDictAIsB),
      },
      {
        _file: "nodes-foo.nix",
        nodes: { foo: { settingsDict: { b: "beta" } } },
      },
      {
        _file: "the-file-that-contains-the-bad-config.nix",
        default: { bottom: "bogus" },
      },
      {
        _file: "nodes-foo-c-is-a.nix",
        nodes: {
          foo: ({ config }: ModuleArgs) => ({
            settingsDict: {
              get c() {
                return config.settingsDict.a;
              },
            },
          }),
        },
      },
    ],
  };
};
