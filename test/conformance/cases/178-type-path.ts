// oracle: options
// path accepts absolute path strings (equal definitions agree);
// pathInStore accepts a string inside the Nix store, also below a store
// object. The descriptions say which kind of path is wanted.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        dataDir: mkOption({
          type: types.path,
          default: "/var/lib/app",
        }),
        configFile: mkOption({ type: types.path }),
        binary: mkOption({ type: types.pathInStore }),
      },
    },
    {
      _file: "a.nix",
      configFile: "/etc/app/config.toml",
      binary: "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-hello-2.12/bin/hello",
    },
    {
      _file: "b.nix",
      configFile: "/etc/app/config.toml",
    },
  ];
});
