import { useMutation } from '@tanstack/react-query';
import type { CreateReportRequest, ReportView } from '@/api-types/reports';
import { api } from '@/lib/api-client';

export function createReport(request: CreateReportRequest) {
  return api.post<ReportView>('/api/v1/reports', request);
}

/** Nothing on screen depends on one's own reports, so there is no cache to update. */
export function useCreateReport() {
  return useMutation({ mutationFn: createReport });
}
