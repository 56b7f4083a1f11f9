import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentRef } from '@/api-types/reports';
import { Button } from '@/components/ui/button';
import { ReportDialog } from '@/features/reports/components/report-dialog';

export interface ReportButtonProps {
  content: ContentRef;
}

/**
 * "Report" next to a piece of content, opening the report dialog. The pages offering it decide
 * where it goes and leave it out on the viewer's own content (the server refuses those).
 */
export function ReportButton({ content }: ReportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        aria-haspopup="dialog"
        // The visible word is the same everywhere; the name says what is reported.
        aria-label={t(`report.what.${content.type}`)}
        data-testid={`report-${content.type}`}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('report.open')}
      </Button>
      <ReportDialog
        content={content}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      />
    </>
  );
}
