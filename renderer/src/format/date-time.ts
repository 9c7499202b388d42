/**
 * A stored moment (ISO, UTC) as the secretary reads it: her PC's local date and time, `dd/mm/yyyy hh:mm`.
 * Text that is not a date is shown as it is rather than hidden.
 * @example formatTimestamp('2023-07-05T02:00:00.000Z') === '05/07/2023 09:00' (on a PC set to Vietnam time)
 */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}
