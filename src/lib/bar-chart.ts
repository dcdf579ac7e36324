/** One bar: a label, its total and the part of the total drawn darker. */
export interface BarInput {
  label: string;
  total: number;
  strong: number;
}

/** A bar laid out in SVG user units. */
export interface Bar extends BarInput {
  y: number;
  width: number;
  strongWidth: number;
}

/** The geometry of a horizontal bar chart. */
export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  bars: Bar[];
}

/** Lays bars out top to bottom, scaled so the longest fills the plot; pure, so the SVG is made at build time. */
export function layoutBars(inputs: BarInput[], width = 640, labelWidth = 96, rowHeight = 26): BarLayout {
  const plot = width - labelWidth - 48;
  const max = Math.max(1, ...inputs.map((b) => b.total));
  return {
    width,
    height: inputs.length * rowHeight + 8,
    labelWidth,
    rowHeight,
    bars: inputs.map((b, i) => ({
      ...b,
      y: 4 + i * rowHeight,
      width: (b.total / max) * plot,
      strongWidth: (b.strong / max) * plot,
    })),
  };
}
