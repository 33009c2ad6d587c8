// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { SearchEngine, SearchResult } from "@/search/searchTypes";
import { SearchDialog } from "@/search/SearchDialog";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const results: SearchResult[] = [
  {
    kind: "people",
    kindLabel: "Person",
    id: "vyacheslav-volodin",
    label: "Vyacheslav Volodin",
    matched: "Вячеслав Володин",
    href: "/people/vyacheslav-volodin/",
  },
  { kind: "events", kindLabel: "Event", id: "visit", label: "Volodin's visit", matched: null, href: "/events/visit/" },
];
const engine: SearchEngine = { search: (q) => (q.trim() === "" ? [] : results) };

let root: Root;
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(onNavigate = vi.fn(), onClose = vi.fn()) {
  act(() =>
    root.render(<SearchDialog open onClose={onClose} onNavigate={onNavigate} engine={{ status: "ready", engine }} />),
  );
  const input = container.querySelector("input")!;
  return { input, onNavigate, onClose };
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function key(input: HTMLInputElement, k: string) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  });
}

describe("SearchDialog", () => {
  test("typing shows the results as options, with the name that matched", () => {
    const { input } = render();
    type(input, "володин");
    const options = container.querySelectorAll('[role="option"]');
    expect(options).toHaveLength(2);
    expect(options[0]!.textContent).toContain("Вячеслав Володин");
    expect(input.getAttribute("aria-expanded")).toBe("true");
  });

  test("the down arrow selects a result and Enter opens it", () => {
    const { input, onNavigate } = render();
    type(input, "volodin");
    key(input, "ArrowDown");
    key(input, "ArrowDown");
    const selected = container.querySelector('[aria-selected="true"]')!;
    expect(selected.textContent).toContain("Volodin's visit");
    expect(input.getAttribute("aria-activedescendant")).toBe(selected.id);
    key(input, "Enter");
    expect(onNavigate).toHaveBeenCalledWith("/events/visit/");
  });

  test("Enter with nothing selected opens the first result; Escape closes", () => {
    const { input, onNavigate, onClose } = render();
    type(input, "volodin");
    key(input, "Enter");
    expect(onNavigate).toHaveBeenCalledWith("/people/vyacheslav-volodin/");
    key(input, "Escape");
    expect(onClose).toHaveBeenCalled();
  });

  test("while the index loads, it says so", () => {
    act(() =>
      root.render(<SearchDialog open onClose={() => {}} onNavigate={() => {}} engine={{ status: "loading" }} />),
    );
    expect(container.textContent).toContain("Loading the search index");
  });
});
