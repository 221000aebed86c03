// Submodules: an option-level `default` of a submodule option is one whole
// definition at mkOptionDefault priority. Any other definition (even of one
// sub-option) drops it entirely, so the sub-options fall back to their own
// defaults. Without any definition the option default applies; without a
// default either, the value is the submodule's empty value (its defaults).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const endpoint = types.submodule({
    _file: "endpoint.nix",
    options: {
      host: mkOption({
        type: types.str,
        default: "localhost",
      }),
      port: mkOption({
        type: types.port,
        default: 80,
      }),
    },
  });
  return [
    {
      _file: "decl.nix",
      options: {
        primary: mkOption({
          type: endpoint,
          default: {
            host: "primary.example",
            port: 443,
          },
        }),
        secondary: mkOption({
          type: endpoint,
          default: {
            host: "secondary.example",
            port: 443,
          },
        }),
        fallback: mkOption({
          type: endpoint,
        }),
      },
    },
    {
      _file: "user.nix",
      primary: { port: 8443 },
    },
  ];
});
