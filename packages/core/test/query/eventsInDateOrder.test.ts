import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { createParley } from "../../src/query/createParley.js";
import { eventsInDateOrder } from "../../src/query/eventsInDateOrder.js";
import { generateDataset } from "../../src/testing/index.js";

describe("eventsInDateOrder", () => {
  test("orders the shipped events exactly as the timeline does", () => {
    expect(eventsInDateOrder(dataset.events).map((e) => e.id)).toEqual(
      createParley(dataset)
        .timeline()
        .map((e) => e.id),
    );
  });

  test("orders a generated dataset exactly as the timeline does", () => {
    const data = generateDataset({ events: 2_000, seed: 7 });
    expect(eventsInDateOrder(data.events).map((e) => e.id)).toEqual(
      createParley(data)
        .timeline()
        .map((e) => e.id),
    );
  });

  test("puts a month before the days within it that end earlier, and breaks ties by id", () => {
    const events = [
      { id: "c", date: "2023-10-16" },
      { id: "b", date: "2023-10" },
      { id: "a", date: "2023-10-01" },
      { id: "d", date: "2023-10-01" },
      { id: "e", date: "2023-10-15/2023-10-16" },
    ];
    expect(eventsInDateOrder(events).map((e) => e.id)).toEqual(["a", "d", "b", "e", "c"]);
  });

  test("leaves its input as it was", () => {
    const events = [
      { id: "y", date: "2024" },
      { id: "x", date: "2023" },
    ];
    eventsInDateOrder(events);
    expect(events.map((e) => e.id)).toEqual(["y", "x"]);
  });
});
