// What the cleaner will remove that an editor should be told about. Counted on the raw tree,
// before cleaning, because after it the evidence is gone.

const FORMATTING_TAGS = 'u, ins, font, mark, sup, sub, small, big, tt, code, kbd, samp, var';
const FORMATTING_STYLE = /(?:^|;)\s*(?:(?:color|background(?:-color)?|font-family|font-size)\s*:|text-decoration(?:-line)?\s*:[^;]*underline)/i;

/** Images (and inline SVG drawings) in the tree; nested SVG parts count once with their drawing. */
export function countImages(root: Element): number {
  const svgs = Array.from(root.querySelectorAll('svg')).filter((svg) => svg.parentElement?.closest('svg') === null);
  return root.querySelectorAll('img').length + svgs.length;
}

/** Whether the tree carries formatting the schema has no place for (underline, colours, fonts, super/subscript, code). */
export function hasDroppedFormatting(root: Element): boolean {
  if (root.querySelector(FORMATTING_TAGS) !== null) return true;
  return Array.from(root.querySelectorAll('[style]')).some((element) => FORMATTING_STYLE.test(element.getAttribute('style') ?? ''));
}
