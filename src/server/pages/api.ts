// The pages' calls to the server API, with the moderator key when there is one. Answers are
// checked against a schema before a page trusts them; a refusal keeps its HTTP status so the
// page can say what went wrong (a wrong moderator key is not a network failure).
import * as v from 'valibot';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function send(path: string, token: string | null, body?: unknown): Promise<Response> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new ApiError(response.status, `${response.status} ${(await response.text()).slice(0, 200)}`);
  return response;
}

export async function callJson<S extends v.GenericSchema>(schema: S, path: string, token: string | null, body?: unknown): Promise<v.InferOutput<S>> {
  return v.parse(schema, await (await send(path, token, body)).json());
}

export async function callText(path: string, token: string | null): Promise<string> {
  return (await send(path, token)).text();
}
