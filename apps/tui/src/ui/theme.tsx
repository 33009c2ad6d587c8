import { createContext, useContext } from "react";

/** Colours by role; each is undefined when colour is off, so `<Text color={…}>` draws plain text. */
export interface Theme {
  colour: boolean;
  accent: string | undefined;
  link: string | undefined;
  heading: string | undefined;
  warn: string | undefined;
  dim: string | undefined;
}

/** The theme for a terminal with or without colour (off with `NO_COLOR`, or when stdout is not a terminal). */
export function makeTheme(colour: boolean): Theme {
  return colour
    ? { colour, accent: "cyan", link: "cyan", heading: "yellow", warn: "magenta", dim: "gray" }
    : { colour, accent: undefined, link: undefined, heading: undefined, warn: undefined, dim: undefined };
}

export const ThemeContext = createContext<Theme>(makeTheme(false));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
