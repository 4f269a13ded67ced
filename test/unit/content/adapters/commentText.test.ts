// @vitest-environment happy-dom
// Comment text: paragraphs become lines, runs of whitespace one space, furniture left out.
import { describe, expect, it } from 'vitest';
import { commentText } from '../../../../src/content/adapters/commentText.ts';

const body = (html: string) => {
  const element = document.createElement('div');
  element.innerHTML = html; // test input we wrote ourselves, not page data
  return element;
};

describe('commentText', () => {
  it('keeps paragraphs as lines and collapses whitespace inside them', () => {
    expect(commentText(body('first   line\n  wraps<p>second <i>para</i></p><p>third<br>fourth</p>'))).toBe('first line wraps\nsecond para\nthird\nfourth');
  });

  it('leaves out what matches the skip selector, and empty paragraphs', () => {
    expect(commentText(body('said this<p> </p><div class="reply"><a>reply</a></div>'), '.reply')).toBe('said this');
  });
});
