import { describe, expect, test } from "vitest";
import { draftFromText } from "./draftShipped.js";

const linked = (text: string, published: string) =>
  draftFromText(text, { source: { published, language: text.match(/[а-я]/u) ? "ru" : undefined } })
    .events.filter((e) => e.role !== "main")
    .map((e) => e.match);

describe("recorded events an article reports besides its main one", () => {
  test("a sentence naming several people met during a visit links each of the recorded meetings", () => {
    const found = linked(
      "Duma chief ends two-day Hanoi visit\n\n" +
        "HANOI, Oct. 16 (Wire) – Russian State Duma Chairman Vyacheslav Volodin ended a visit to Vietnam today.\n\n" +
        "During the two-day trip, Volodin met National Assembly Chairman Vuong Dinh Hue, State President " +
        "Vo Van Thuong and Prime Minister Pham Minh Chinh.",
      "2023-10-16",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "2023-10-15-hue-volodin-talks",
        "2023-10-16-thuong-receives-volodin",
        "2023-10-16-chinh-receives-volodin",
      ]),
    );
  });

  test("a session named by its number and its committee is linked though the sentence names no one", () => {
    const article = (ordinal: string) =>
      "Lawmakers to meet in Hanoi\n\n" +
      "HANOI, Sept. 26 (Wire) – A Russian parliamentary delegation will visit Vietnam on September 28–29.\n\n" +
      `The two sides will hold the ${ordinal} meeting of the Vietnam–Russia Inter-Parliamentary Cooperation Committee.`;
    expect(linked(article("fourth"), "2025-09-26")).toContain("2025-09-28-ipcc-fourth-session");
    expect(linked(article("third"), "2025-09-26")).not.toContain("2025-09-28-ipcc-fourth-session");
  });

  test("a background visit of a stated kind links that visit, not the trip it was part of", () => {
    const found = linked(
      "Parliament chiefs to meet\n\n" +
        "HANOI, Sept. 26 (Wire) – Russian State Duma Chairman Vyacheslav Volodin will visit Vietnam on " +
        "September 28–29.\n\n" +
        "The visit follows General Secretary To Lam's official visit to Russia in May 2025.",
      "2025-09-26",
    );
    expect(found).toContain("2025-05-to-lam-official-visit-russia");
    expect(found).not.toContain("2025-05-to-lam-four-country-trip");
  });

  test("a background meeting is the one between the people in play, not another on the same day", () => {
    const found = linked(
      "Генсек То Лам посетит Россию\n\n" +
        "МОСКВА, 7 мая. /Агентство/. Генеральный секретарь ЦК КПВ То Лам посетит Россию 8–11 мая 2025 года.\n\n" +
        "Последний раз лидеры встречались в Ханое в июне 2024 г., когда там находился Владимир Путин.",
      "2025-05-07",
    );
    expect(found).toContain("2024-06-20-to-lam-putin-talks");
    expect(found).not.toContain("2024-06-20-trong-putin-talks");
  });

  test("people named far from the word for a meeting do not make it one of theirs", () => {
    const found = linked(
      "Chủ tịch nước tiếp Chủ tịch Duma Quốc gia Nga\n\n" +
        "Hà Nội, 29/9 (Báo Mẫu) – Ngày 29/9, Chủ tịch nước Lương Cường đã tiếp Chủ tịch Duma Quốc gia " +
        "Vyacheslav Volodin.\n\n" +
        "Ông Volodin cảm ơn sự đón tiếp chu đáo, ủng hộ việc thực hiện các thỏa thuận mà hai nước đã đạt được " +
        "trong chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Vladimir Putin cùng Tổng Bí thư Tô Lâm tháng 6/2024.",
      "2025-09-29",
    );
    expect(found).not.toContain("2024-06-20-to-lam-putin-talks");
  });
});
