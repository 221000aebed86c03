# Extra: aarch64 guest with a PCI device, volumes and a virtiofs share (stratovirt PCI addresses), prettyProcnames off.
{
  golden.system = "aarch64-linux";
  networking.hostName = "armpci";
  microvm.prettyProcnames = false;
  microvm.devices = [ { bus = "pci"; path = "0000:02:00.0"; } ];
  microvm.volumes = [
    { image = "v1.img"; mountPoint = "/v1"; size = 5; serial = "s1"; }
    { image = "v2.img"; mountPoint = "/v2"; size = 6; }
  ];
  microvm.shares = [ { proto = "virtiofs"; tag = "fs"; source = "/srv/fs"; mountPoint = "/fs"; socket = "fs.sock"; } ];
}
