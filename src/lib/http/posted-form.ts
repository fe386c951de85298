/**
 * What a form sent, for putting back in its boxes when the page shows it again after a mistake.
 * On a GET, or a body that cannot be read, every field reads as its fallback.
 */
export async function postedForm(
  request: Request,
): Promise<(name: string, fallback?: string) => string> {
  const form =
    request.method === 'POST' ? await request.formData().catch(() => undefined) : undefined;
  return (name, fallback = '') => {
    const value = form?.get(name);
    return typeof value === 'string' ? value : fallback;
  };
}
