/**
 * A small microVM: two vCPUs with 256 MB each, a user-mode network
 * interface and the host's /nix/store shared read-only over 9p.
 *
 *     microvm evaluate examples/basic.ts --show-option microvm.mem
 */
import { defineModule } from "../src/define-module.js";

export default defineModule(({ config, lib }) => ({
  networking: { hostName: "basic" },
  microvm: {
    hypervisor: "qemu",
    vcpu: 2,
    // read lazily: a getter runs only when microvm.mem is needed
    get mem() {
      return config.microvm.vcpu * 256;
    },
    interfaces: [{ type: "user", id: "usernet", mac: "02:00:00:00:00:01" }],
    shares: [{ proto: "9p", tag: "ro-store", source: "/nix/store", mountPoint: "/nix/.ro-store" }],
    socket: lib.mkDefault("basic.sock"),
  },
}));
