/**
 * The renderer's Content-Security-Policy, identical to the meta tag in renderer/index.html (a test keeps them in
 * step). guardSession also sends it as a response header for the built app's `file:` page, where it holds before
 * any byte is parsed; the dev server's pages get only the meta tag (see guardSession).
 * No remote origins and no eval anywhere; inline styles only because Ant Design injects its CSS at run time; blob:
 * frames for the report preview.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self' blob:",
].join('; ');

/**
 * Adds the policy to a response's headers. A policy the response already carries is kept: with two policies the
 * browser enforces both, so the result is never looser than ours.
 */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = { ...headers };
  const existingKey = Object.keys(result).find((key) => key.toLowerCase() === 'content-security-policy');
  const key = existingKey ?? 'Content-Security-Policy';
  result[key] = [...(result[key] ?? []), contentSecurityPolicy];
  return result;
}
