// Every signal Kuzet can raise, in one registry: scoring runs them all, and the eval uses the
// same list for per-signal ablation and weight fitting, so a new signal is one line here.
import type { SignalId } from '../model.ts';
import { accountAge } from './accountAge.ts';
import { aggression } from './aggression.ts';
import { avatarReuse } from './avatarReuse.ts';
import { burst } from './burst.ts';
import { coOccurrence } from './coOccurrence.ts';
import type { SignalFunction } from './context.ts';
import { copypasta } from './copypasta.ts';
import { crossThreadRepeat } from './crossThreadRepeat.ts';
import { handlePattern } from './handlePattern.ts';
import { listed } from './listed.ts';
import { nameChange } from './nameChange.ts';
import { postRate } from './postRate.ts';
import { selfDeclaredBot } from './selfDeclaredBot.ts';

export const SIGNALS: Readonly<Record<SignalId, SignalFunction>> = {
  copypasta,
  accountAge,
  handlePattern,
  selfDeclaredBot,
  burst,
  postRate,
  crossThreadRepeat,
  avatarReuse,
  coOccurrence,
  nameChange,
  aggression,
  listed,
};
