import { describe, expect, test } from "vitest";
import { draftFromText } from "./draftShipped.js";

const mainOf = (text: string, published: string, language: string) =>
  draftFromText(text, { source: { published, language } }).events[0]!;
const placeConflict = (text: string, published: string, language: string) =>
  mainOf(text, published, language).conflicts.find((c) => c.path === "place")?.article;

describe("the main event's place", () => {
  test("where the news was given is not where the event takes place", () => {
    const ru = mainOf(
      "Путин посетит Вьетнам\n\nМОСКВА, 18 июня. /Агентство/. Президент России Владимир Путин 19–20 июня " +
        "посетит Вьетнам с государственным визитом, сообщили в Кремле.",
      "2024-06-18",
      "ru",
    );
    expect(ru.match).toBe("2024-06-putin-state-visit-vietnam");
    expect(ru.record.place).toBeUndefined();
    expect(ru.conflicts).toEqual([]);
    const en = mainOf(
      "Putin to visit Vietnam\n\nMOSCOW, June 18 (Wire) – President Vladimir Putin will pay a state visit to " +
        "Vietnam on June 19-20, officials said in Moscow on Tuesday.",
      "2024-06-18",
      "en",
    );
    expect(en.match).toBe("2024-06-putin-state-visit-vietnam");
    expect(en.conflicts.map((c) => c.path)).not.toContain("place");
  });

  test("a word that ends in the letters of a locative is not one (“chở Tổng thống” is not “ở Tổng”)", () => {
    const text =
      "Tổng thống Putin đến Hà Nội\n\nHà Nội, 20/6 (Báo Mẫu) – Rạng sáng 20/6, máy bay chở Tổng thống Nga " +
      "Vladimir Putin đã đáp xuống sân bay quốc tế Nội Bài, mở đầu chuyến thăm cấp Nhà nước tới Việt Nam.";
    expect(mainOf(text, "2024-06-20", "vi").match).toBe("2024-06-20-putin-arrives-in-hanoi");
    expect(placeConflict(text, "2024-06-20", "vi")).toBeUndefined();
  });

  test("capitalised Russian adjectives are a place only before a word for a place", () => {
    const visit = (rest: string) =>
      "То Лам посетит Россию\n\nМОСКВА, 7 мая. /Агентство/. Генеральный секретарь ЦК КПВ То Лам 8–11 мая " +
      `2025 года посетит Россию с официальным визитом и ${rest}.`;
    expect(
      placeConflict(
        visit("примет участие в торжествах в честь Победы в Великой Отечественной войне"),
        "2025-05-07",
        "ru",
      ),
    ).toBeUndefined();
    expect(placeConflict(visit("побывает в Воронежской области"), "2025-05-07", "ru")).toBe("Воронежской области");
  });
});
