// One open appeal for moderators: the account, the statement and contact, and keep or remove
// with a reason (the same shared reasoned choice as a queue decision).
import { ReasonedChoice } from '../../ui/shared/reasoned-choice.tsx';
import type { Translate } from '../../ui/shared/translate.ts';
import type { OpenAppeal } from './schemas.ts';

export type AppealAnswer = 'uphold' | 'delist';

export function AppealCard({ appeal, t, answer }: { appeal: OpenAppeal; t: Translate; answer: (choice: AppealAnswer, reason: string) => void }) {
  return (
    <section class="kz-card" data-kuzet-appeal={appeal.id} aria-labelledby={`kz-a-${appeal.id}`}>
      <h3 id={`kz-a-${appeal.id}`}>
        <code>{appeal.authorKey}</code>
      </h3>
      <blockquote>{appeal.statement}</blockquote>
      {appeal.contact && <p>{appeal.contact}</p>}
      <ReasonedChoice
        id={`kz-answer-${appeal.id}`}
        label={t('server_reasonLabel')}
        choices={[
          { value: 'uphold', label: t('server_uphold') },
          { value: 'delist', label: t('server_delist') },
        ]}
        onChoose={answer}
      />
    </section>
  );
}
