# Extra: a volume with an fs type mkfs is unknown for.
{
  networking.hostName = "badfs";
  microvm.volumes = [ { image = "x.img"; mountPoint = "/x"; size = 1; fsType = "f2fs"; label = "xl"; } ];
}
