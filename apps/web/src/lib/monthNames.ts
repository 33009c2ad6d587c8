// A module of its own, free of imports, so client code (the timeline's month headings) can use it without
// pulling the date formatter and the search entry into its bundle.

/** English month names, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
