import { defineText } from "@/i18n/defineText";

/** The words of a page's title block: the first breadcrumb and the breadcrumbs' name. */
export const pageTitleText = defineText({
  en: { home: "Home", breadcrumbs: "Breadcrumbs" },
  vi: { home: "Trang chủ", breadcrumbs: "Đường dẫn trang" },
  ru: { home: "Главная", breadcrumbs: "Навигационная цепочка" },
});
