import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of the whole antd app takes several seconds when a 2-core machine runs several test processes at once; findBy* waits for it.
configure({ asyncUtilTimeout: 15_000 });

/**
 * jsdom lacks a few browser APIs that antd calls while laying out (responsive grid, tables, modals).
 * These stand-ins report "no media query matches, nothing resized", which is all a layout-free DOM can say.
 */
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
}

// jsdom throws "Not implemented" for pseudo-elements; antd only measures scrollbars with them.
const realGetComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element, pseudoElement?: string | null) =>
  realGetComputedStyle(element, pseudoElement ? undefined : pseudoElement);

// Modals scroll-lock the body and rc-virtual-list scrolls; jsdom has no layout to scroll.
window.scrollTo = () => undefined;

// Testing Library only auto-cleans when vitest globals are on; they are off in this project.
afterEach(() => {
  cleanup();
  window.location.hash = '';
});
