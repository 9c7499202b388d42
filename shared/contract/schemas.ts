import { z } from 'zod';

/** Small schemas reused across channels. */
export const isoDateSchema = z.iso.date();
export const idSchema = z.number().int().positive();
export const yearSchema = z.number().int().min(1990).max(2200);
export const reasonSchema = z.string().trim().max(500).optional();
export const shortText = (max = 200) => z.string().trim().max(max);
export const finiteNumber = z.number().finite();
export const quarterSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** Optional free text: blank is stored as null. */
export const optionalText = (max = 200) =>
  shortText(max)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));
/** A name, title or authority that must be given. */
export const requiredName = shortText(200).min(1, { message: 'Cần nhập tên' });
