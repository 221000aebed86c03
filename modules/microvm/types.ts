/** The shapes of `config.microvm` entries the guest modules read (see options.ts). */

export interface MicrovmInterfaceConfig {
  type: "user" | "tap" | "macvtap" | "bridge";
  id: string;
  mac: string;
  bridge: string | null;
  /** `link` and `mode` have no default: reading them undefined throws, as in Nix. */
  macvtap: { link: string; mode: string };
}

export interface MicrovmVolumeConfig {
  image: string;
  mountPoint: string | null;
  label: string | null;
  fsType: string;
}

export interface MicrovmShareConfig {
  tag: string;
  socket: string | null;
  source: string;
  mountPoint: string;
  proto: "9p" | "virtiofs";
  readOnly: boolean;
}

export interface MicrovmDeviceConfig {
  bus: "pci" | "usb";
  path: string;
}
