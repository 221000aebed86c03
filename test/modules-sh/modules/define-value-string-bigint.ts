export default {
  value: "1000",
};
