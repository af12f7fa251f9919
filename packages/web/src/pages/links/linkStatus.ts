// Colours of a link request's status, shared by the link list and the requesting child's family tab.
import type { LinkStatus } from '../../api/registry';

export const LINK_STATUS_COLOUR: Record<LinkStatus, string> = {
  pending: 'orange',
  confirmed: 'green',
  rejected: 'red',
  cancelled: 'default',
};
