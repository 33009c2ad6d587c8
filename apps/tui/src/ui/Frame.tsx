import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { useTheme } from "./theme.js";

export interface FrameProps {
  /** Where we are: "Events", a record's title… */
  title: string;
  /** Dimmed after the title, never cut off: the mark of English standing in for a translation. */
  titleNote?: string | undefined;
  /** Right of the title: the position in a list ("12/340"). */
  position?: string;
  /** The keys that apply now. */
  hints: string;
  width: number;
  /** Total height: title line, body, footer line. */
  height: number;
  children: ReactNode;
}

/** The screen's frame: a title line, the body, and a footer listing the keys that apply. Every line is cut, never wrapped. */
export function Frame({ title, titleNote, position, hints, width, height, children }: FrameProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box width={width}>
        <Box flexShrink={1}>
          <Text wrap="truncate-end" bold color={theme.accent}>
            Parley › {title}
          </Text>
        </Box>
        {titleNote ? (
          <Box flexShrink={0} marginLeft={1}>
            <Text dimColor>{titleNote}</Text>
          </Box>
        ) : null}
        <Box flexGrow={1} />
        {position ? (
          <Box flexShrink={0} marginLeft={1}>
            <Text dimColor>{position}</Text>
          </Box>
        ) : null}
      </Box>
      <Box flexDirection="column" flexGrow={1} height={Math.max(1, height - 2)}>
        {children}
      </Box>
      <Box width={width}>
        <Text wrap="truncate-end" dimColor>
          {hints}
        </Text>
      </Box>
    </Box>
  );
}
