// Value pools for the session generator. Chosen to hit encoder edge cases:
// writeAny number classes (int ≤ 2^31-1 → varInt, float32-exact → float32, else float64),
// -0, NaN, ±Infinity, UTF-16 surrogate pairs and ZWJ sequences, CJK, JSON escapes.
// No lone surrogates: yjs writes strings through TextEncoder (lone surrogate → U+FFFD),
// so the sender would keep a value the receivers never see.

export const valuePools = {
  texts: [
    'a', 'b', 'hello ', 'world', 'Lesson ', '集体备课', '教学目标：', '😀', '👩‍🏫', 'x😀y', '👍🏽', '\n',
    'abc', ' ', '课', 'résumé', '"quoted"', 'tab\there', 'A long sentence about the lesson plan. '
  ],
  strings: [
    '', 'a', 'hello', '集体备课', '😀', '👩‍🏫', 'a"quote\\back', 'line\nbreak\ttab', '\u2028\u2029',
    'draft', 'review', 'published', 'https://lessonstudy.example/plan/1?x=1&y=<2>', '{"not":"json"}',
    '0', '-0', 'null', 'undefined', 'control\u0001\u001f', '\u00e9\u0301', 'ＡＢＣ'
  ],
  numbers: [
    0, 1, -1, 42, 127, 128, 255, 256, 65535, 0.5, 0.1, 0.2, 1.5, -2.25, 3.14159, 1 / 3,
    2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32, 1e10, 1e21, 1e-7, 5e-324,
    2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 2 ** 60, 123456789012, -0, NaN, Infinity, -Infinity,
    Number.MAX_VALUE, 16777217, 16777216, 3.4028234663852886e38
  ],
  bigints: [0n, 1n, -1n, 10n, 2n ** 31n, 2n ** 53n + 1n, 2n ** 63n - 1n, -(2n ** 63n), -123456789012345678n],
  mapKeys: ['title', 'subject', 'grade', 'stage', 'owner', 'round', 'tags', 'x', 'y', '集体', '😀key', '', '0', '1', 'b', 'nested'],
  objectKeys: ['b', '1', '0', 'name', '集', 'x y', '10', '-1', 'a', '$binary', '2147483648'],
  textFormats: [
    { bold: true }, { italic: true }, { bold: null }, { italic: null }, { header: 1 }, { header: 2 },
    { header: null }, { link: 'https://lessonstudy.example/p/1' }, { link: null }, { color: '#c00' },
    { comment: { id: 'c7', author: '李老师' } }, { bold: true, italic: true }, { size: 0.5 }
  ],
  // XmlText.toString prints formats as tags and iterates an attribute value's keys, so only
  // `true` and objects with string values are used for xml text (as y-prosemirror marks are).
  xmlFormats: [
    { bold: true }, { italic: {} }, { link: { href: 'https://lessonstudy.example/x' } }, { bold: null },
    { link: null }, { strong: true, em: {} }, { comment: { id: 'c1' } }
  ],
  embeds: [
    { image: 'https://lessonstudy.example/a.png' }, { formula: 'e=mc^2' },
    { video: { src: 'v.mp4', width: 640, ratio: 0.5625 } }, { divider: true }
  ],
  nodeNames: ['paragraph', 'heading', 'bullet_list', 'list_item', 'blockquote', 'image', 'Table'],
  attrNames: ['class', 'level', 'align', 'data-id', 'checked', 'src'],
  attrValues: ['left', 'center', 'intro', 1, 2, 3, true, false, '集体备课', 'a"b']
}
