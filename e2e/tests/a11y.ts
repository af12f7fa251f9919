// Measurements for the accessibility spec, run in the page: touch targets by their bounding box and text contrast
// from the computed colours (WCAG 2.x relative luminance; a translucent colour is laid over the background it is
// drawn on, found by walking up the ancestors).
import type { Page } from '@playwright/test';

/** What counts as a control to touch. */
const TARGETS = [
  'button',
  '[role="button"]',
  '[role="switch"]',
  '.ant-switch',
  'a:has(.anticon)',
  '.ant-table-row-expand-icon',
  '.ant-page-header-back-button',
].join(', ');

/**
 * Documented exceptions (WCAG 2.5.8 allows an inline target in a sentence, and a target whose function another
 * target of full size offers): none of the app's own controls; the browser's and antd's hidden helpers only.
 */
const EXCEPTIONS = [
  // antd's focus-trap sentinels and the wave effect are not visible controls.
  '[aria-hidden="true"]',
  '.ant-wave',
].join(', ');

export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/** Every visible control smaller than `min` px in either direction. */
export function smallTargets(page: Page, min = 44): Promise<SmallTarget[]> {
  return page.evaluate(
    ({ targets, exceptions, min }) => {
      const found: SmallTarget[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(targets))) {
        // The outermost control is the target (an icon button inside a clickable card is the card's).
        if (el.parentElement?.closest(targets)) continue;
        if (el.closest(exceptions)) continue;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
        if (Number(style.opacity) === 0) continue;
        if (box.width + 0.5 >= min && box.height + 0.5 >= min) continue;
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        found.push({
          what: `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 3).join('.')} "${label}"`,
          width: Math.round(box.width),
          height: Math.round(box.height),
        });
      }
      return found;
    },
    { targets: TARGETS, exceptions: EXCEPTIONS, min },
  );
}

export interface Contrast {
  what: string;
  ratio: number;
  colour: string;
  background: string;
}

/**
 * The contrast of the text of every visible element matching `selector` against what it is drawn on; with
 * `placeholder`, of the inputs' placeholder text.
 */
export function contrasts(page: Page, selector: string, placeholder = false): Promise<Contrast[]> {
  return page.evaluate(
    ({ selector, placeholder }) => {
      type Rgba = [number, number, number, number];
      const parse = (c: string): Rgba => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m?.[1]) return [0, 0, 0, 0];
        const parts = m[1]
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
      };
      const over = (top: Rgba, under: Rgba): Rgba => {
        const a = top[3];
        return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
      };
      const background = (el: Element | null): Rgba => {
        const layers: Rgba[] = [];
        for (let n = el; n; n = n.parentElement) {
          const bg = parse(getComputedStyle(n).backgroundColor);
          if (bg[3] > 0) layers.push(bg);
          if (bg[3] >= 1) break;
        }
        return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
      };
      const luminance = ([r, g, b]: Rgba) => {
        const lin = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const out: Contrast[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        if (!placeholder && !(el.textContent ?? '').trim()) continue;
        const bg = background(el);
        const colour = parse(getComputedStyle(el, placeholder ? '::placeholder' : null).color);
        const fg = over(colour, bg);
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
        out.push({
          what: `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 3).join('.')} "${(el.textContent ?? el.getAttribute('placeholder') ?? '').trim().slice(0, 20)}"`,
          ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
          colour: getComputedStyle(el, placeholder ? '::placeholder' : null).color,
          background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
        });
      }
      return out;
    },
    { selector, placeholder },
  );
}
