import { describe, expect, it } from 'vitest';
import { endsLikeSentence, splitUnit, type Sentence } from '../../../src/core/suggest/sentences';
import { readPost } from './read-post';

const split = (text: string) => {
  const out: Sentence[] = [];
  splitUnit(text, 0, out, 100);
  return out.map((s) => s.text);
};

describe('sentence splitting', () => {
  it('splits at . ! ? followed by a capital, not at abbreviations or initials', () => {
    expect(split('Dr. Rao met J. Smith at 9 a.m. in the lab. They talked! Did it help? Yes.')).toEqual(['Dr. Rao met J. Smith at 9 a.m. in the lab.', 'They talked!', 'Did it help?', 'Yes.']);
    expect(split('Use a tool, e.g. Vite. It works.')).toEqual(['Use a tool, e.g. Vite.', 'It works.']);
  });

  it('knows German, Spanish and French abbreviations', () => {
    expect(split('Viele Tools, z. B. Vite, sind schnell. Das ist gut.')).toEqual(['Viele Tools, z. B. Vite, sind schnell.', 'Das ist gut.']);
    expect(split('La Sra. Pérez llegó tarde. ¿Por qué? Nadie lo sabe.')).toEqual(['La Sra. Pérez llegó tarde.', '¿Por qué?', 'Nadie lo sabe.']);
  });

  it('splits Chinese and Japanese at 。！？ with no space after them, keeping closing brackets', () => {
    expect(split('React 19.2 が公開されました！これは 3 回目のリリースです。「新機能」を紹介します。')).toEqual(['React 19.2 が公開されました！', 'これは 3 回目のリリースです。', '「新機能」を紹介します。']);
    expect(split('我们很高兴宣布发布。本版本带来了改进？是的。')).toEqual(['我们很高兴宣布发布。', '本版本带来了改进？', '是的。']);
    // A space after the full stop (mixed text) is not part of the next sentence.
    expect(split('React 19.2 が npm で利用可能になりました！ これはリリースです。')).toEqual(['React 19.2 が npm で利用可能になりました！', 'これはリリースです。']);
  });

  it('keeps each sentence’s offsets in its unit', () => {
    const text = 'First one here. 第二句。Third';
    const out: Sentence[] = [];
    splitUnit(text, 3, out, 10);
    for (const s of out) expect(text.slice(s.from, s.to)).toBe(s.text);
    expect(out.map((s) => s.unit)).toEqual([3, 3, 3]);
  });

  it('recognizes CJK and Latin sentence ends', () => {
    for (const s of ['Done.', 'Done!”', '完成。', '完成」。', 'できた！', '(Done.)']) expect(endsLikeSentence(s)).toBe(true);
    for (const s of ['Label:', 'No end', '完成', 'item,']) expect(endsLikeSentence(s)).toBe(false);
  });

  it('ends a label line at a hard line break, but not a sentence wrapped onto the next line', () => {
    const fromPost = (md: string) => readPost(md).sentences.map((s) => s.text.trim());
    // A release note: the change's name, its number and who made it, then a line saying what it does.
    expect(fromPost('- **Faster finish camera** (#88) by @tide-keeper  \n  The camera now records every crew at sixty frames a second.')).toEqual([
      'Faster finish camera (#88) by @tide-keeper',
      'The camera now records every crew at sixty frames a second.',
    ]);
    expect(fromPost('**结果页面优化** 由 @tide-keeper 贡献<br>结果页面现在显示每条赛艇的分段时间。')).toEqual(['结果页面优化 由 @tide-keeper 贡献', '结果页面现在显示每条赛艇的分段时间。']);
    // A backslash break inside a sentence, and one after a full stop: nothing new is cut.
    expect(fromPost('The crews rowed to the quay\\\nand back again before the rain. Then they rested.')).toEqual(['The crews rowed to the quay and back again before the rain.', 'Then they rested.']);
    expect(fromPost('The crews rowed to the quay.  \nThen they rested.')).toEqual(['The crews rowed to the quay.', 'Then they rested.']);
    // A sentence wrapped before a capital (a name, a German noun): after a word that needs more, or a line longer than a label.
    expect(fromPost('We spent the winter testing the timing app together with  \nHarbour Rowing Club crews on the river.')).toEqual(['We spent the winter testing the timing app together with Harbour Rowing Club crews on the river.']);
    expect(fromPost('Die Regel prüft jetzt die  \nGezeiten des Hafens.')).toEqual(['Die Regel prüft jetzt die Gezeiten des Hafens.']);
    expect(fromPost('Every crew that raced on the river this winter rowed past the old  \nHarbour Bridge twice.')).toEqual(['Every crew that raced on the river this winter rowed past the old Harbour Bridge twice.']);
    // After a full sentence, the label is the line the break ends.
    expect(fromPost('The camera got faster. Finish camera (#88) by @tide-keeper  \nIt records sixty frames a second.')).toEqual(['The camera got faster.', 'Finish camera (#88) by @tide-keeper', 'It records sixty frames a second.']);
  });
});

