export default {
  value: "24",
};
