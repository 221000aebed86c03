/**
 * microvm.nix's `nixos-modules/microvm/options.nix` (the seed copy): every
 * `microvm.*` option a MicroVM guest is configured with. Texts are the
 * seed's, which lost its indentation and blank lines.
 */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { fileNameApply, fileNameKeysApply } from "./file-names.js";
import { hypervisors } from "./hypervisors.js";
import { versionAtLeast } from "./nix-helpers.js";

export const microvmOptionsModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkOption, mkEnableOption, mkDefault, mkIf, mkMerge, literalExpression, types } = lib;
  const cfg = () => config.microvm;
  // `config.networking.hostName or "$HOSTNAME"`: the option list is rendered without NixOS
  const hostName = (): string => config.networking?.hostName ?? "$HOSTNAME";
  const kernelAtLeast = (v: string) => versionAtLeast(config.boot.kernelPackages.kernel.version, v);

  const forwardPort = types.submodule({
    options: {
      from: mkOption({
        type: types.enum(["host", "guest"]),
        default: "host",
        description:
          'Controls the direction in which the ports are mapped:\n- <literal>"host"</literal> means traffic from the host ports\nis forwarded to the given guest port.\n- <literal>"guest"</literal> means traffic from the guest ports\nis forwarded to the given host port.\n',
      }),
      proto: mkOption({
        type: types.enum(["tcp", "udp"]),
        default: "tcp",
        description: "The protocol to forward.",
      }),
      host: {
        address: mkOption({
          type: types.str,
          default: "",
          description: "The IPv4 address of the host.",
        }),
        port: mkOption({
          type: types.port,
          description: "The host port to be mapped.",
        }),
      },
      guest: {
        address: mkOption({
          type: types.str,
          default: "",
          description: "The IPv4 address on the guest VLAN.",
        }),
        port: mkOption({
          type: types.port,
          description: "The guest port to be mapped.",
        }),
      },
    },
  });

  const volume = types.submodule({
    options: {
      image: mkOption({
        type: types.str,
        description: "Path to disk image on the host",
      }),
      serial: mkOption({
        type: types.nullOr(types.str),
        default: null,
        description: "User-configured serial number for the disk",
      }),
      direct: mkOption({
        type: types.bool,
        default: false,
        description: "Whether to set O_DIRECT on the disk.",
      }),
      readOnly: mkOption({
        type: types.bool,
        default: false,
        description: "Turn off write access",
      }),
      label: mkOption({
        type: types.nullOr(types.str),
        default: null,
        description:
          "Label of the volume, if any. Only applicable if `autoCreate` is true; otherwise labeling of the volume must be done manually",
      }),
      mountPoint: mkOption({
        type: types.nullOr(types.path),
        description: "If and where to mount the volume inside the container",
      }),
      size: mkOption({
        type: types.int,
        description: "Volume size (in MiB) if created automatically",
      }),
      autoCreate: mkOption({
        type: types.bool,
        default: true,
        description: "Created image on host automatically before start?",
      }),
      mkfsExtraArgs: mkOption({
        type: types.listOf(types.str),
        default: [],
        description: "Set extra Filesystem creation parameters",
      }),
      fsType: mkOption({
        type: types.str,
        default: "ext4",
        description: "Filesystem for automatic creation and mounting",
      }),
    },
  });

  const networkInterface = types.submodule({
    options: {
      type: mkOption({
        type: types.enum(["user", "tap", "macvtap", "bridge"]),
        description: "Interface type\n",
      }),
      id: mkOption({
        type: types.str,
        apply: fileNameApply("microvm.interfaces.*.id", "the name of /sys/class/net/<id>"),
        description: "Interface name on the host\n",
      }),
      macvtap: {
        link: mkOption({
          type: types.str,
          description: 'Attach network interface to host interface for type = "macvlan"\n',
        }),
        mode: mkOption({
          type: types.enum(["private", "vepa", "bridge", "passthru", "source"]),
          description: "The MACVLAN mode to use\n",
        }),
      },
      bridge: mkOption({
        type: types.nullOr(types.str),
        default: null,
        description: 'Attach network interface to host bridge interface for type = "bridge"\n',
      }),
      mac: mkOption({
        type: types.str,
        description: "MAC address of the guest's network interface\n",
      }),
    },
  });

  const share = types.submodule(({ config: share }: NixosModuleArgs) => ({
    options: {
      tag: mkOption({
        type: types.str,
        apply: fileNameApply("microvm.shares.*.tag", "the folder share/microvm/virtiofs/<tag> and part of store file names"),
        description: "Unique virtiofs daemon tag",
      }),
      socket: mkOption({
        type: types.nullOr(types.str),
        get default() {
          return share.proto === "virtiofs" ? `${hostName()}-virtiofs-${share.tag}.sock` : null;
        },
        description: "Socket for communication with virtiofs daemon",
      }),
      source: mkOption({
        type: types.nonEmptyStr,
        description: "Path to shared directory tree",
      }),
      securityModel: mkOption({
        type: types.enum(["passthrough", "none", "mapped", "mapped-file"]),
        default: "none",
        description: "What security model to use for the shared directory",
      }),
      mountPoint: mkOption({
        type: types.path,
        description: "Where to mount the share inside the container",
      }),
      proto: mkOption({
        type: types.enum(["9p", "virtiofs"]),
        description: "Protocol for this share",
        default: "9p",
      }),
      readOnly: mkOption({
        type: types.bool,
        description: "Turn off write access",
        default: false,
      }),
    },
  }));

  const device = types.submodule({
    options: {
      bus: mkOption({
        type: types.enum(["pci", "usb"]),
        description: "Device is either on the `pci` or the `usb` bus\n",
      }),
      path: mkOption({
        type: types.str,
        description: "Identification of the device on its bus\n",
      }),
      qemu: {
        deviceExtraArgs: mkOption({
          type: types.nullOr(types.str),
          default: null,
          description: "Device additional arguments (optional)\n",
        }),
      },
    },
  });

  return {
    _file: "modules/microvm/options.ts",

    imports: [
      lib.mkRemovedOptionModule(
        ["microvm", "balloonMem"],
        "The balloonMem option has been removed and replaced by the boolean option balloon",
      ),
    ],

    options: {
      microvm: {
        guest: {
          enable: mkOption({
            type: types.bool,
            default: true,
            description: "Whether to enable the microvm.nix guest module at all.\n",
          }),
        },

        optimize: {
          enable: mkOption({
            description:
              "Enables some optimizations by default to closure size and startup time:\n- defaults documentation to off\n- defaults to using systemd in initrd\n- use systemd-networkd\n- disables systemd-network-wait-online\n- disables NixOS system switching if the host store is not mounted\nThis takes a few hundred MB off the closure size, including qemu,\nallowing for putting MicroVMs inside Docker containers.\n",
            type: types.bool,
            default: true,
          }),
        },

        cpu: mkOption({
          type: types.nullOr(types.str),
          default: null,
          description:
            "What CPU to emulate, if any. If different from the host\narchitecture, it will have a serious performance hit.\n::: {.note}\nOnly supported with qemu.\n:::\n",
        }),

        hypervisor: mkOption({
          type: types.enum([...hypervisors]),
          default: "qemu",
          description: `Which hypervisor to use for this MicroVM\nChoose one of: ${hypervisors.join(", ")}\n`,
        }),

        preStart: mkOption({
          description: "Commands to run before starting the hypervisor",
          default: "",
          type: types.lines,
        }),

        socket: mkOption({
          description: "Hypervisor control socket path",
          get default() {
            return `${hostName()}.sock`;
          },
          defaultText: literalExpression('"${hostName}.sock"'),
          type: types.nullOr(types.str),
        }),

        user: mkOption({
          description: "User to switch to when started as root",
          default: null,
          type: types.nullOr(types.str),
        }),

        kernel: mkOption({
          description: "Kernel package to use for MicroVM runners. Better set `boot.kernelPackages` instead.",
          get default() {
            return config.boot.kernelPackages.kernel;
          },
          defaultText: literalExpression('"${config.boot.kernelPackages.kernel}"'),
          type: types.package,
        }),

        initrdPath: mkOption({
          description: "Path to the initrd file in the initrd package",
          get default() {
            return `${config.system.build.initialRamdisk}/${config.system.boot.loader.initrdFile}`;
          },
          defaultText: literalExpression('"${config.system.build.initialRamdisk}/${config.system.boot.loader.initrdFile}"'),
          type: types.path,
        }),

        vcpu: mkOption({
          description: "Number of virtual CPU cores",
          default: 1,
          type: types.ints.positive,
        }),

        mem: mkOption({
          description: "Amount of RAM in megabytes",
          default: 512,
          type: types.ints.positive,
        }),

        hugepageMem: mkOption({
          type: types.bool,
          default: false,
          description: "Whether to use hugepages as memory backend.\n(Currently only respected if using cloud-hypervisor)\n",
        }),

        hotplugMem: mkOption({
          description:
            "Amount of hotplug memory in megabytes.\nThis describes the maximum amount of memory that can be dynamically added to the VM with virtio-mem.\n",
          default: 0,
          type: types.ints.unsigned,
        }),

        hotpluggedMem: mkOption({
          description:
            "Amount of hotplugged memory in megabytes.\nThis basically describes the amount of hotplug memory the VM starts with.\n",
          get default() {
            return cfg().hotplugMem;
          },
          type: types.ints.unsigned,
        }),

        balloon: mkOption({
          description:
            'Whether to enable ballooning.\nBy "inflating" or increasing the balloon the host can reduce the VMs\nmemory amount and reclaim it for itself.\nWhen "deflating" or decreasing the balloon the host can give the memory\nback to the VM.\nvirtio-mem is recommended over ballooning if supported by the hypervisor.\n',
          default: false,
          type: types.bool,
        }),

        initialBalloonMem: mkOption({
          description: "Amount of initial balloon memory in megabytes.\n",
          default: 0,
          type: types.ints.unsigned,
        }),

        deflateOnOOM: mkOption({
          type: types.bool,
          default: true,
          description: "Whether to enable automatic balloon deflation on out-of-memory.\n",
        }),

        forwardPorts: mkOption({
          type: types.listOf(forwardPort),
          default: [],
          example: literalExpression(
            '[ # forward local port 2222 -> 22, to ssh into the VM\n{ from = "host"; host.port = 2222; guest.port = 22; }\n# forward local port 80 -> 10.0.2.10:80 in the VLAN\n{ from = "guest";\nguest.address = "10.0.2.10"; guest.port = 80;\nhost.address = "127.0.0.1"; host.port = 80;\n}\n]\n',
          ),
          description:
            "When using the SLiRP user networking (default), this option allows to\nforward ports to/from the host/guest.\n::: {.warning}\nIf the NixOS firewall on the virtual machine is enabled, you\nalso have to open the guest ports to enable the traffic\nbetween host and guest.\n:::\n::: {.note}\nCurrently QEMU supports only IPv4 forwarding.\n:::\n",
        }),

        volumes: mkOption({
          description: "Disk images",
          default: [],
          type: types.listOf(volume),
        }),

        interfaces: mkOption({
          description: "Network interfaces",
          default: [],
          type: types.listOf(networkInterface),
        }),

        shares: mkOption({
          description: "Shared directory trees",
          default: [],
          type: types.listOf(share),
        }),

        devices: mkOption({
          description: "PCI/USB devices that are passed from the host to the MicroVM",
          default: [],
          example: literalExpression(
            '[ {\nbus = "pci";\npath = "0000:01:00.0";\n} {\nbus = "pci";\npath = "0000:01:01.0";\ndeviceExtraArgs = "id=hostId,x-igd-opregion=on";\n} {\n# QEMU only\nbus = "usb";\npath = "vendorid=0xabcd,productid=0x0123";\n} ]\n',
          ),
          type: types.listOf(device),
        }),

        vsock: {
          cid: mkOption({
            default: null,
            type: types.nullOr(types.int),
            description:
              "Virtual Machine address;\nsetting it enables AF_VSOCK\nThe following are reserved:\n- 0: Hypervisor\n- 1: Loopback\n- 2: Host\n",
          }),
        },

        kernelParams: mkOption({
          type: types.listOf(types.str),
          description:
            "Includes boot.kernelParams but doesn't end up in toplevel, thereby allowing references to toplevel",
        }),

        storeOnDisk: mkOption({
          type: types.bool,
          get default() {
            return !(cfg().shares as { source: string }[]).some(({ source }) => source === "/nix/store");
          },
          description:
            "Whether to boot with the storeDisk, that is, unless the host's /nix/store is a microvm.share.",
        }),

        registerClosure: {
          ...mkEnableOption(
            "Register system closure's store paths in Nix db.\nWhile enabled by default, this option may be incompatible with a persistent writable store overlay.\n",
          ),
          get default() {
            return cfg().guest.enable;
          },
        },

        writableStoreOverlay: mkOption({
          type: types.nullOr(types.str),
          default: null,
          example: "/nix/.rw-store",
          description:
            "Path to the writable /nix/store overlay.\nIf set to a filesystem path, the initrd will mount /nix/store\nas an overlay filesystem consisting of the read-only part as a\nhost share or from the built storeDisk, and this configuration\noption as the writable overlay part. This allows you to build\nnix derivations *inside* the VM.\nMake sure that the path points to a writable filesystem\n(tmpfs, volume, or share).\n",
        }),

        graphics: {
          enable: mkOption({
            type: types.bool,
            default: false,
            description:
              "Enable GUI support.\nMicroVMs with graphics are intended for the interactive\nuse-case. They cannot be started through systemd jobs.\nThe display backend is chosen by `microvm.graphics.backend`.\n",
          }),

          backend: mkOption({
            type: types.enum(["gtk", "cocoa"]),
            get default() {
              return pkgs.hostPlatform.isDarwin ? "cocoa" : "gtk";
            },
            defaultText: literalExpression('if pkgs.stdenv.hostPlatform.isDarwin then "cocoa" else "gtk"'),
            description:
              "QEMU display backend to use when `graphics.enable` is true.\nDefaults to `cocoa` on Darwin hosts and `gtk` otherwise.\n",
          }),

          socket: mkOption({
            type: types.str,
            get default() {
              return `${hostName()}-gpu.sock`;
            },
            description: "Path of vhost-user socket\n",
          }),
        },

        vmHostPackages: mkOption({
          description: "If set, overrides the default host package.",
          example: "nixpkgs.legacyPackages.aarch64-darwin.pkgs",
          type: types.nullOr(types.pkgs),
          get default() {
            return cfg().cpu === null ? pkgs : pkgs.buildPackages;
          },
          defaultText: literalExpression("if config.microvm.cpu == null then pkgs else pkgs.buildPackages"),
        }),

        qemu: {
          machine: mkOption({
            type: types.str,
            description:
              "QEMU machine model, eg. `microvm`, or `q35`\nGet a full list with `qemu-system-x86_64 -M help`\nThis has a default declared with `lib.mkDefault` because it\ndepends on ${pkgs.system}.\n",
          }),

          machineOpts: mkOption({
            type: types.nullOr(types.attrsOf(types.str)),
            default: null,
            description: "Overwrite the default machine model options.",
          }),

          extraArgs: mkOption({
            type: types.listOf(types.str),
            default: [],
            description: "Extra arguments to pass to qemu.",
          }),

          serialConsole: mkOption({
            type: types.bool,
            default: true,
            description: "Whether to enable the virtual serial console on qemu.\n",
          }),
        },

        "cloud-hypervisor": {
          platformOEMStrings: mkOption({
            type: types.listOf(types.str),
            default: [],
            description:
              "Extra arguments to pass to cloud-hypervisor's --platform oem_strings=[] argument.\nAll the oem strings will be concatenated with a comma (,) and wrapped in oem_string=[].\nDo not include oem_string= or the [] brackets in the value.\nThe resulting string will be combined with any --platform options in\n`config.microvm.cloud-hypervisor.extraArgs` and passed as a single\n--platform option to cloud-hypervisor\n",
            example: literalExpression('[ "io.systemd.credential:APIKEY=supersecret" ]'),
          }),

          extraArgs: mkOption({
            type: types.listOf(types.str),
            default: [],
            description: "Extra arguments to pass to cloud-hypervisor.",
          }),
        },

        crosvm: {
          extraArgs: mkOption({
            type: types.listOf(types.str),
            default: [],
            description: "Extra arguments to pass to crosvm.",
          }),

          pivotRoot: mkOption({
            type: types.nullOr(types.str),
            default: null,
            description: "A Hypervisor's sandbox directory",
          }),
        },

        firecracker: {
          cpu: mkOption({
            type: types.nullOr(types.attrs),
            default: null,
            description: "Custom CPU template passed to firecracker.",
          }),
        },

        prettyProcnames: mkOption({
          type: types.bool,
          default: true,
          description: "Set a recognizable process name right before executing the Hyperisor.\n",
        }),

        virtiofsd: {
          inodeFileHandles: mkOption({
            type: types.nullOr(types.enum(["never", "prefer", "mandatory"])),
            default: null,
            description:
              'When to use file handles to reference inodes instead of O_PATH file descriptors\n(never, prefer, mandatory)\nAllows you to overwrite default behavior in case you hit "too\nmany open files" on eg. ZFS.\n<https://gitlab.com/virtio-fs/virtiofsd/-/issues/121>\n',
          }),

          threadPoolSize: mkOption({
            type: types.oneOf([types.str, types.ints.unsigned]),
            default: "`nproc`",
            description:
              "The amounts of threads virtiofsd should spawn. This option also takes the special\nstring `\\`nproc\\`` which spawns as many threads as the host has cores.\n",
          }),

          group: mkOption({
            type: types.nullOr(types.str),
            default: "kvm",
            description:
              "The name of the group that will own the Unix domain socket file that virtiofsd creates for communication with the hypervisor.\nIf null, the socket will have group ownership of the user running the hypervisor.\n",
          }),

          extraArgs: mkOption({
            type: types.listOf(types.str),
            default: [],
            description: "Extra command-line switch to pass to virtiofsd.\n",
          }),
        },

        runner: mkOption({
          description: "Generated Hypervisor runner for this NixOS",
          type: types.attrsOf(types.package),
        }),

        declaredRunner: mkOption({
          description: "Generated Hypervisor declared by `config.microvm.hypervisor`",
          type: types.package,
          get default() {
            return cfg().runner[cfg().hypervisor];
          },
          defaultText: literalExpression('"config.microvm.runner.${config.microvm.hypervisor}"'),
        }),

        binScripts: mkOption({
          description: "Script snippets that end up in the runner package's bin/ directory\n",
          default: {},
          type: types.attrsOf(types.lines),
          apply: fileNameKeysApply("microvm.binScripts", "the file bin/<name> of the runner"),
        }),

        storeDiskType: mkOption({
          type: types.enum(["squashfs", "erofs"]),
          description:
            "Boot disk file system type: squashfs is smaller, erofs is supposed to be faster.\nDefaults to erofs, unless the NixOS hardened profile is detected.\n",
        }),

        storeDiskErofsFlags: mkOption({
          type: types.listOf(types.str),
          description:
            'Flags to pass to mkfs.erofs\nOmit `"-Efragments"` and `"-Ededupe"` to enable multi-threading.\n',
          get default() {
            return [
              "-zlz4hc",
              ...(kernelAtLeast("5.16") ? ["-Eztailpacking"] : []),
              // not implemented with multi-threading
              ...(kernelAtLeast("6.1") ? ["-Efragments", "-Ededupe"] : []),
            ];
          },
          defaultText: literalExpression(
            '[ "-zlz4hc" ]\n++ lib.optional (kernelAtLeast "5.16") "-Eztailpacking"\n++ lib.optionals (kernelAtLeast "6.1") [\n"-Efragments"\n"-Ededupe"\n]\n',
          ),
        }),

        storeDiskSquashfsFlags: mkOption({
          type: types.listOf(types.str),
          description: "Flags to pass to gensquashfs",
          default: ["-c", "zstd", "-j", "$NIX_BUILD_CORES"],
        }),

        systemSymlink: mkOption({
          type: types.bool,
          get default() {
            return !cfg().storeOnDisk;
          },
          description:
            "Whether to inclcude a symlink of `config.system.build.toplevel` to `share/microvm/system`.\nThis is required for commands like `microvm -l` to function but removes reference to the uncompressed store content when using a disk image for the nix store.\n",
        }),

        credentialFiles: mkOption({
          type: types.attrsOf(types.path),
          default: {},
          description:
            "Key-value pairs of credential files that will be loaded into the vm using systemd's io.systemd.credential feature.\n",
          example: literalExpression('{\nSOPS_AGE_KEY = "/run/secrets/guest_microvm_age_key";\n}\n'),
        }),
      },
    },

    // qemu's machine model depends on the host platform
    config: mkMerge([
      { microvm: { qemu: { machine: mkIf(() => pkgs.hostPlatform.system === "x86_64-linux", mkDefault("microvm")) } } },
      { microvm: { qemu: { machine: mkIf(() => pkgs.hostPlatform.system === "aarch64-linux", mkDefault("virt")) } } },
    ]),
  };
};
