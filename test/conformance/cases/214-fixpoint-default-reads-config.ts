// Fixed point: an option default reads another option's final value, which
// is defined in a later module; a definition reads a default in turn.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  ({ config }) => ({
    _file: "decl.nix",
    options: {
      vcpu: lib.mkOption({
        type: lib.types.int,
        default: 1,
      }),
      mem: lib.mkOption({
        type: lib.types.int,
        get default() {
          return config.vcpu * 256;
        },
      }),
      summary: lib.mkOption({
        type: lib.types.str,
      }),
    },
  }),
  ({ config }) => ({
    _file: "user.nix",
    vcpu: 4,
    get summary() {
      return `${String(config.vcpu)} vcpu, ${String(config.mem)} MiB`;
    },
  }),
]);
