/** A rectangle in an image, in pixels from its top left corner. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A piece of text as a layout engine placed it: the box round its laid-out lines. */
export interface TextBox {
  /** Which piece: "title", "kicker". */
  key: string;
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

// Layout works in fractions of a pixel; a box a hair over the line is not cut off.
const TOLERANCE = 0.5;

const edges = (box: TextBox): Area => ({
  left: box.left,
  top: box.top,
  right: box.left + box.width,
  bottom: box.top + box.height,
});

/**
 * What is wrong with a layout's text, in words, or nothing when it fits: every box must lie
 * inside `area` (which lies inside the image), and no two boxes may overlap.
 */
export function overflowingText(boxes: readonly TextBox[], area: Area): string[] {
  const problems: string[] = [];
  const name = (box: TextBox) => `${box.key} "${box.text}"`;
  for (const box of boxes) {
    const at = edges(box);
    const outside = (['left', 'top', 'right', 'bottom'] as const).filter((side) =>
      side === 'left' || side === 'top'
        ? at[side] < area[side] - TOLERANCE
        : at[side] > area[side] + TOLERANCE,
    );
    for (const side of outside) {
      problems.push(`${name(box)} goes past the ${side} edge (${at[side]} against ${area[side]})`);
    }
  }
  boxes.forEach((box, index) => {
    for (const other of boxes.slice(index + 1)) {
      const [a, b] = [edges(box), edges(other)];
      const apart =
        a.right <= b.left + TOLERANCE ||
        b.right <= a.left + TOLERANCE ||
        a.bottom <= b.top + TOLERANCE ||
        b.bottom <= a.top + TOLERANCE;
      if (!apart) problems.push(`${name(box)} overlaps ${name(other)}`);
    }
  });
  return problems;
}
