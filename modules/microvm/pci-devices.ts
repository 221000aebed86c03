/** nixos-modules/microvm/pci-devices.nix: the host-side script that hands PCI devices to vfio-pci. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { shellWord } from "./shell.js";
import type { MicrovmDeviceConfig } from "./types.js";

// TODO (upstream): don't hardcode but obtain from host config
const user = "microvm";
const group = "kvm";

export const microvmPciDevicesModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkIf } = lib;
  const pciDevices = () => (config.microvm.devices as MicrovmDeviceConfig[]).filter(({ bus }) => bus === "pci");

  return {
    _file: "modules/microvm/pci-devices.ts",
    config: {
      microvm: {
        binScripts: mkIf(() => pciDevices().length > 0, {
          get "pci-setup"() {
            return (
              "set -eou pipefail\n" +
              `${pkgs.get("kmod")}/bin/modprobe vfio-pci\n` +
              pciDevices()
                .map(
                  ({ path }) =>
                    `cd /sys/bus/pci/devices/${shellWord(path)}\n` +
                    "if [ -e driver ]; then\n" +
                    `  echo ${shellWord(path)} > driver/unbind\n` +
                    "fi\n" +
                    "echo vfio-pci > driver_override\n" +
                    `echo ${shellWord(path)} > /sys/bus/pci/drivers_probe\n` +
                    // In order to access the vfio dev the permissions must be set
                    // for the user/group running the VMM later.
                    // Inspired by https://www.kernel.org/doc/html/next/driver-api/vfio.html#vfio-usage-example
                    // assert we could get the IOMMU group number (=: name of VFIO dev)
                    "[[ -e iommu_group ]] || exit 1\n" +
                    // upstream leaves both unquoted (issue 12)
                    'VFIO_DEV=$(basename "$(readlink iommu_group)")\n' +
                    'echo "Making VFIO device $VFIO_DEV accessible for user"\n' +
                    `chown ${user}:${group} "/dev/vfio/$VFIO_DEV"\n`,
                )
                .join("")
            );
          },
        }),
      },
    },
  };
};
