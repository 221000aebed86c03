// oracle: options
// Submodules with a freeformType: attributes without a sub-option are kept
// (checked against the freeform type), declared sub-options are typed and
// get their defaults. The type description says "open submodule of ...".
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        vhosts: mkOption({
          type: types.attrsOf(
            types.submodule({
              _file: "vhost.nix",
              freeformType: types.attrsOf(types.str),
              options: {
                root: mkOption({
                  type: types.str,
                  default: "/srv",
                }),
              },
            }),
          ),
          default: {},
        }),
      },
    },
    {
      _file: "user.nix",
      vhosts: {
        web: {
          root: "/var/www",
          index: "index.html",
        },
        api: { proxy: "http://localhost:8080" },
      },
    },
    {
      _file: "more.nix",
      vhosts: { api: { timeout: "30s" } },
    },
  ];
});
