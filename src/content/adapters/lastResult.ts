// Remembers a function's last answer for the last input: adapters derive the thread URL from
// the page location for every comment they read, and the location almost never changes
// between two comments (single-page navigation is the exception, and then the input differs).
export function lastResult<T>(fn: (location: URL) => T): (location: URL) => T {
  let lastHref: string | null = null;
  let last: T;
  return (location) => {
    if (location.href !== lastHref) {
      last = fn(location);
      lastHref = location.href;
    }
    return last;
  };
}
