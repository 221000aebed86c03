/** The fields of `config.microvm` list entries that the guest modules read (declared in options.ts). */

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
}

export interface MicrovmShareConfig {
  tag: string;
  socket: string | null;
  source: string;
  proto: "9p" | "virtiofs";
  readOnly: boolean;
}

export interface MicrovmDeviceConfig {
  bus: "pci" | "usb";
  path: string;
}
