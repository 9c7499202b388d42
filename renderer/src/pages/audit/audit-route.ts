/** The audit page's route. */
export const auditPath = '/nhat-ky';
