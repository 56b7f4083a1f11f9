import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContentType } from '@/api-types/reports';
import { paths } from '@/config/paths';

export interface ModerateLinkProps {
  type: ContentType;
  id: string | number;
  testId?: string;
}

/** Moderators' way from a piece of content to its moderation page (reports, history, actions). */
export function ModerateLink({ type, id, testId }: ModerateLinkProps) {
  const { t } = useTranslation();
  return (
    <Link
      to={paths.moderationItem.getHref(type, id)}
      className="button button--ghost"
      // The visible word is the same everywhere; the name says what is moderated.
      aria-label={t(`moderationState.moderateWhat.${type}`)}
      data-testid={testId}
    >
      {t('moderationState.moderate')}
    </Link>
  );
}
