import {
  MAX_REPORT_DETAILS_LENGTH,
  type ContentRef,
  type CreateReportRequest,
  type ReportReason,
} from '@/api-types/reports';
import { ApiError } from '@/lib/api-client';
import type { FieldErrorCode } from '@/lib/field-errors';

export interface ReportFormValues {
  reason: ReportReason | null;
  details: string;
}

export type ReportFormErrors = Partial<Record<'reason' | 'details', FieldErrorCode>>;

/** "Other" says nothing by itself: the moderator needs the reporter's words. */
export function detailsRequired(reason: ReportReason | null): boolean {
  return reason === 'other';
}

/** The rules of POST /reports, checked before sending so the usual mistakes need no round trip. */
export function validateReport(values: ReportFormValues): ReportFormErrors {
  const errors: ReportFormErrors = {};
  const details = values.details.trim();
  if (values.reason === null) errors.reason = 'REQUIRED';
  if (detailsRequired(values.reason) && !details) errors.details = 'REQUIRED';
  else if (details.length > MAX_REPORT_DETAILS_LENGTH) errors.details = 'TOO_LONG';
  return errors;
}

export function toReportRequest(
  content: ContentRef,
  values: ReportFormValues & { reason: ReportReason },
): CreateReportRequest {
  const details = values.details.trim();
  return {
    contentType: content.type,
    contentId: content.id,
    reason: values.reason,
    details: details || null,
  };
}

/** One's own content is refused as a 422 on `contentId`, which is no field of this form. */
export function isOwnContentError(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 422 &&
    error.errors.some((item) => item.field === 'contentId' && item.code === 'OWN_CONTENT')
  );
}

export function isAlreadyReported(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'ALREADY_REPORTED';
}
