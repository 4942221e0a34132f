// Stands in for the string-width package inside the bundle; scripts/build.mjs
// swaps it in for yargs, cliui and wrap-ansi. string-width 7 and 8 construct an
// Intl.Segmenter when they load, and loading ICU's segmentation data took about
// 13 ms of every command line that goes through yargs (Node.js 20.20). yargs
// measures only natsconf's help and usage text with it, which is ASCII, so
// counting code points, with the usual zero-width and double-width ranges, gives
// the same layout.

/** SGR colour codes and OSC 8 hyperlinks, which take no columns on a terminal. */
const ANSI_ESCAPE = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Code points that take no column: controls, format characters and combining marks. */
const ZERO_WIDTH = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}]/u;

/** Ranges of East Asian wide and fullwidth code points, as [first, last]. */
const DOUBLE_WIDTH: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul leading consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, CJK punctuation
  [0x3041, 0x33ff], // kana, Bopomofo, Hangul compatibility jamo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental pictographs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

function columns(codePoint: number, character: string): number {
  if (ZERO_WIDTH.test(character)) return 0;
  for (const [first, last] of DOUBLE_WIDTH) {
    if (codePoint >= first && codePoint <= last) return 2;
  }
  return 1;
}

/** Returns the number of terminal columns `text` takes, with string-width's call signature. */
export default function textWidth(text: string): number {
  if (typeof text !== "string" || text.length === 0) return 0;
  const visible = text.replace(ANSI_ESCAPE, "");
  let width = 0;
  for (const character of visible) {
    const codePoint = character.codePointAt(0)!;
    width += codePoint < 0x7f && codePoint >= 0x20 ? 1 : columns(codePoint, character);
  }
  return width;
}
