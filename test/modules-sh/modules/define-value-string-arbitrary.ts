export default {
  value: "foobar",
};
