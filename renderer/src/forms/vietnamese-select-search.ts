import { foldVietnamese } from '@shared/domain/vietnamese-text';

/**
 * `showSearch` config for selects of named things: typing "my tu" finds "Xã Mỹ Tú", since many office PCs type
 * without a Vietnamese keyboard switched on.
 */
export const vietnameseSelectSearch = {
  filterOption: (input: string, option?: { label?: unknown }): boolean =>
    foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input.trim())),
};
