# virtiofs shares on crosvm with virtiofsd options.
{
  networking.hostName = "fs-vm";
  microvm.hypervisor = "crosvm";
  microvm.virtiofsd.inodeFileHandles = "prefer";
  microvm.virtiofsd.group = null;
  microvm.virtiofsd.threadPoolSize = 4;
  microvm.virtiofsd.extraArgs = [ "--cache=auto" "--sandbox=none" ];
  microvm.shares = [
    { proto = "virtiofs"; tag = "ro"; source = "/srv/it's ro"; mountPoint = "/ro"; readOnly = true; }
    { proto = "virtiofs"; tag = "rw"; source = "/srv/rw"; mountPoint = "/rw"; socket = "same.sock"; }
    { proto = "virtiofs"; tag = "rw2"; source = "/srv/rw2"; mountPoint = "/rw2"; socket = "same.sock"; }
  ];
}
