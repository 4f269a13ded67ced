// A retweet ("RT @someone: …") carries another account's words: the platform or the person
// copying them is not the author writing them, so copy and aggression signals skip it (the IRA
// data leaves retweets out for the same reason; ordinary Russian tweets are full of them).
const RETWEET = /^\s*RT @[\p{L}\p{N}_]+:/u;

export const isRetweet = (text: string): boolean => RETWEET.test(text);
