# extra: cloud-hypervisor 32.0 (argh syntax) with volumes, taps, vcpu 2, pci device, virtiofs share.
{
  networking.hostName = "argh";
  golden.versions = { cloud-hypervisor = "32.0"; };
  microvm.vcpu = 2;
  microvm.volumes = [
    { image = "a.img"; mountPoint = "/a"; size = 10; }
    { image = "b image.img"; mountPoint = "/b"; size = 10; serial = "bee"; readOnly = true; }
  ];
  microvm.interfaces = [
    { type = "tap"; id = "t0"; mac = "02:00:00:00:00:01"; }
    { type = "tap"; id = "t1"; mac = "02:00:00:00:00:02"; }
  ];
  microvm.devices = [ { bus = "pci"; path = "0000:01:00.0"; } { bus = "pci"; path = "0000:02:00.0"; } ];
  microvm.shares = [ { proto = "virtiofs"; tag = "s"; source = "/srv"; mountPoint = "/srv"; } ];
}
