import { ContractError } from '../../shared/contract/errors';

/** The transport itself failed (host stopped, IPC broken): code INTERNAL, and the UI can say so plainly. */
export class ServiceUnreachableError extends ContractError {
  constructor(detail: string) {
    super('INTERNAL', `the workstation service is unreachable (${detail})`);
    this.name = 'ServiceUnreachableError';
  }
}
