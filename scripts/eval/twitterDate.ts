// Parses the date formats the account tables use into epoch ms (UTC), or undefined.
// Twitter API: "Tue Jun 11 11:20:35 +0000 2013"; the bot-or-not table also has spreadsheet
// re-saves in both orders ("13/03/2017 22:21" and "3/13/2017 9:05": either field goes up to 31),
// read day-first when the first field is above 12 and month-first otherwise, and the IRA tables
// "2017-10-04 22:12:00".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function parseTwitterDate(raw: string | undefined): number | undefined {
  const text = (raw ?? '').replace(/"/g, '').trim();
  let m = /^\w{3} (\w{3}) (\d{1,2}) (\d\d):(\d\d):(\d\d) \+0000 (\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1] ?? '');
    if (month < 0) return undefined;
    return Date.UTC(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d\d)$/.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const [day, month] = first > 12 ? [first, second] : [second, first];
    return Date.UTC(Number(m[3]), month - 1, day, Number(m[4]), Number(m[5]));
  }
  m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?$/.exec(text);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return undefined;
}
