import { z } from 'zod';

/** Small schemas reused across channels. */
export const isoDateSchema = z.iso.date();
export const idSchema = z.number().int().positive();
export const yearSchema = z.number().int().min(1990).max(2200);
export const reasonSchema = z.string().trim().max(500).optional();
export const shortText = (max = 200) => z.string().trim().max(max);
export const finiteNumber = z.number().finite();
