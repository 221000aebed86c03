# Extra: single-queue macvtap; labelled volumes without autoCreate, vfat and btrfs, a label on an unknown-to-mkfs fs.
{
  networking.hostName = "vols";
  microvm.interfaces = [
    { type = "macvtap"; id = "vm-mv0"; mac = "02:00:00:00:00:01"; macvtap = { link = "eth0"; mode = "vepa"; }; }
  ];
  microvm.volumes = [
    { image = "a.img"; mountPoint = "/a"; size = 10; label = "alabel"; autoCreate = false; }
    { image = "b.img"; mountPoint = "/b"; size = 20; fsType = "vfat"; label = "BLAB"; }
    { image = "c.img"; mountPoint = "/c"; size = 30; fsType = "btrfs"; label = "clab"; mkfsExtraArgs = [ "--mixed" "x y" ]; }
    { image = "d.img"; mountPoint = "/d"; size = 40; fsType = "ext2"; readOnly = true; direct = true; }
  ];
}
