// Submodules: with submoduleWith (shorthandOnlyDefinesConfig defaults to
// false) every definition is a full module: it may use `imports`, declare
// extra `options`, use `config` with priorities, or be a function of the
// submodule's `config`.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        app: mkOption({
          type: types.submoduleWith({
            modules: [
              {
                _file: "app.nix",
                options: {
                  name: mkOption({
                    type: types.str,
                    default: "app",
                  }),
                },
              },
            ],
          }),
        }),
      },
    },
    {
      _file: "user.nix",
      app: {
        imports: [
          {
            _file: "inner.nix",
            name: "wiki",
          },
        ],
        options: {
          replicas: mkOption({
            type: types.int,
            default: 3,
          }),
        },
        config: { name: lib.mkOverride(90, "wiki-main") },
      },
    },
    {
      _file: "more.nix",
      app: ({ config }: ModuleArgs) => ({
        options: {
          label: mkOption({
            type: types.str,
            get default() {
              return `${config.name} x${String(config.replicas)}`;
            },
          }),
        },
      }),
    },
  ];
});
