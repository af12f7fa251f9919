// Per-address limits on what an attacker would repeat from one machine: failed sign-ins (password guessing,
// and trying one password across many accounts, which the per-account lockout does not see) and ID-number
// lookups (asking the registry whether a number is on file). Kept in memory: one server process, and a restart
// that forgets them costs an attacker little. The numbers are the security policy's.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/connection.ts';
import type { AuditEntry } from './audit.ts';
import { AppError } from './errors.ts';
import type { SecurityPolicy } from './policy.ts';
import { recordThenFail } from './unit-of-work.ts';

/** The times of recent events per address, within one window. */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();
  /** Addresses already told they are over the limit in this window (audited once, not once per attempt). */
  private readonly noted = new Set<string>();
  private lastSweep = 0;

  /** Seconds until `key` may act again (0: it may now), with `first` true the first time it is refused. */
  wait(key: string, limit: number, windowMs: number, now = Date.now()): { seconds: number; first: boolean } {
    this.sweep(windowMs, now);
    const recent = this.recent(key, windowMs, now);
    if (recent.length < limit) {
      this.noted.delete(key);
      return { seconds: 0, first: false };
    }
    // The address may act again when the oldest event that counts towards the limit leaves the window.
    const oldest = recent[recent.length - limit] ?? now;
    const seconds = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    const first = !this.noted.has(key);
    this.noted.add(key);
    return { seconds, first };
  }

  record(key: string, windowMs: number, now = Date.now()): void {
    const recent = this.recent(key, windowMs, now);
    recent.push(now);
    this.events.set(key, recent);
  }

  private recent(key: string, windowMs: number, now: number): number[] {
    return (this.events.get(key) ?? []).filter((t) => t > now - windowMs);
  }

  /** Forgets addresses with nothing in the window, so memory follows the recent addresses only. */
  private sweep(windowMs: number, now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, times] of this.events) {
      if (!times.some((t) => t > now - windowMs)) {
        this.events.delete(key);
        this.noted.delete(key);
      }
    }
  }
}

export interface AddressLimits {
  readonly signInFailures: SlidingWindow;
  readonly idLookups: SlidingWindow;
}

/** One set of counters per running app (each test file builds its own), not one per process. */
const perApp = new WeakMap<object, AddressLimits>();

export function addressLimits(request: FastifyRequest): AddressLimits {
  let limits = perApp.get(request.server);
  if (!limits) {
    limits = { signInFailures: new SlidingWindow(), idLookups: new SlidingWindow() };
    perApp.set(request.server, limits);
  }
  return limits;
}

/**
 * The address an attempt is counted against. An IPv6 host usually holds a whole /64, so that is one address;
 * an IPv4-mapped IPv6 address is its IPv4 address.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** One limit as a request sees it: how long to wait, counting an event, and the 429 answer. */
export interface AddressGuard {
  /** The seconds the address must wait (0: it may go on); `first` on the first refusal in a window. */
  wait(): { seconds: number; first: boolean };
  /** Counts an event against the address. */
  record(): void;
  /** 429 with Retry-After. */
  refuse(seconds: number): AppError;
}

type LimitedPolicy = Pick<SecurityPolicy, 'signInFailuresPerAddress' | 'idLookupsPerAddress' | 'addressWindowMinutes'>;

export function addressGuard(
  request: FastifyRequest,
  reply: FastifyReply,
  kind: keyof AddressLimits,
  policy: LimitedPolicy,
): AddressGuard {
  const window = addressLimits(request)[kind];
  const limit = kind === 'signInFailures' ? policy.signInFailuresPerAddress : policy.idLookupsPerAddress;
  const windowMs = policy.addressWindowMinutes * 60_000;
  const key = addressKey(request.ip);
  return {
    wait: () => window.wait(key, limit, windowMs),
    record: () => window.record(key, windowMs),
    refuse: (seconds) => {
      void reply.header('retry-after', String(seconds));
      return new AppError('RATE_LIMITED', { retryAfterSeconds: seconds });
    },
  };
}

const ID_SHAPED = /^\d{17}[\dXx]$/;

interface LookupContext {
  request: FastifyRequest;
  reply: FastifyReply;
  db: Queryable;
  services: { policy: { get(): Promise<SecurityPolicy> } };
  audit(db: Queryable, entry: AuditEntry): Promise<void>;
}

/**
 * Counts a search by ID number (a query shaped like one) against the caller's address, and refuses it with 429
 * once the address has made the policy's number of them within the window: whether a number is on file is
 * what someone walking through numbers wants to learn. The first refusal in a window is audited.
 */
export async function limitIdLookup(ctx: LookupContext, query: string | undefined): Promise<void> {
  if (!query || !ID_SHAPED.test(query.trim())) return;
  const guard = addressGuard(ctx.request, ctx.reply, 'idLookups', await ctx.services.policy.get());
  const wait = guard.wait();
  if (wait.seconds === 0) {
    guard.record();
    return;
  }
  if (!wait.first) throw guard.refuse(wait.seconds);
  await ctx.audit(ctx.db, {
    action: 'security.id_lookup_limit',
    outcome: 'failure',
    details: { retryAfterSeconds: wait.seconds },
  });
  recordThenFail(guard.refuse(wait.seconds));
}
