import type { ManagerCheck } from '../../commands/command-context';

/** A manager rule with a fixed answer, counting how often it was asked. */
export function fixedManagerCheck(
  allowed: boolean,
  who = 'channel managers',
): ManagerCheck & { asked: number } {
  const check = {
    who,
    asked: 0,
    async canManage(): Promise<boolean> {
      check.asked += 1;
      return allowed;
    },
  };
  return check;
}
