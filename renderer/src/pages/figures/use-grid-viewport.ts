import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { slotsFromKey, slotsKey, type Slot } from './grid-window';

export interface BoxSize {
  width: number;
  height: number;
  /** Height of the sticky column headings, which cover the top of the box. */
  headHeight: number;
}

/**
 * The scroll box's inner size and its headings' height, followed as the window or the headings change. Before the
 * box is laid out (or where nothing is, as in jsdom) the window's size stands in, as a first guess of what is seen.
 */
export function useBoxSize(box: RefObject<HTMLElement | null>): BoxSize {
  const [size, setSize] = useState<BoxSize>(() => ({
    width: window.innerWidth,
    height: window.innerHeight,
    headHeight: 0,
  }));
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const next = {
        width: element.clientWidth || window.innerWidth,
        height: element.clientHeight || window.innerHeight,
        headHeight: element.querySelector('thead')?.offsetHeight ?? 0,
      };
      setSize((was) =>
        was.width === next.width && was.height === next.height && was.headHeight === next.headHeight ? was : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const head = element.querySelector('thead');
    if (head) observer.observe(head);
    return () => observer.disconnect();
  }, [box]);
  return size;
}

const minimumHeight = 260;

/**
 * The height that lets the grid's box end at the bottom of the window, so the page itself does not scroll and the
 * grid shows as many rows as the screen holds: the window's height less everything above the box and what follows
 * it within the page (measured from the page, not the document, whose minimum height is the window's).
 */
export function useFillWindow(box: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = box.current;
    const page = element?.closest('main');
    if (!element || !page) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      if (rect.height === 0 && rect.top === 0) return;
      const below = page.getBoundingClientRect().bottom - rect.bottom;
      const parent = page.parentElement;
      const padding = parent ? parseFloat(getComputedStyle(parent).paddingBottom) || 0 : 0;
      const top = rect.top + window.scrollY;
      const next = Math.max(minimumHeight, Math.floor(window.innerHeight - top - below - padding));
      setHeight((was) => (was === next ? was : next));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(page);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [box]);
  return height;
}

/** The same slots object while the drawn window does not change (scrolling within it re-renders no row). */
export function useStableSlots(slots: readonly Slot[]): Slot[] {
  const key = slotsKey(slots);
  return useMemo(() => slotsFromKey(key), [key]);
}
