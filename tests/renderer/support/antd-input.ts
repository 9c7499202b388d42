import { fireEvent, waitFor } from '@testing-library/react';

/** Types a dd/mm/yyyy date into an antd DatePicker input and confirms it with Enter, as a keyboard user would. */
export function typeDate(input: HTMLElement, text: string): void {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

/** Opens the antd Select that owns this labelled input, and clicks the option with this label. */
export async function pickOption(input: HTMLElement, label: string): Promise<void> {
  // antd opens on mousedown on the select's frame, not on its inner search input.
  fireEvent.mouseDown(input.closest('.ant-select')!);
  // The accessible listbox only renders the options next to the active one; the visible list renders them all.
  const option = await waitFor(() => {
    const found = document.querySelector(`.ant-select-item-option[title="${label}"]`);
    if (!found) throw new Error(`No option "${label}"`);
    return found;
  });
  fireEvent.click(option);
}
