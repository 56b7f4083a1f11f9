import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from '@/lib/format-date';

export interface RelativeTimeProps {
  iso: string;
}

/** "2 hours ago", with the exact date in a tooltip and in the machine-readable attribute. */
export function RelativeTime({ iso }: RelativeTimeProps) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso} title={formatDateTime(iso, i18n.language)}>
      {formatRelativeTime(iso, i18n.language)}
    </time>
  );
}
