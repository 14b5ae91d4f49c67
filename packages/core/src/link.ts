/**
 * Linked highlighting: elements with the same `link` name share their highlight. Kept in a
 * module-level registry (no listeners on window or document); elements join on connect and
 * leave on disconnect.
 */

/** What a linked element must offer. */
export interface LinkMember {
  /**
   * Called when another member of the group highlights `id` (null clears). `related` are ids the
   * sender says stand for the same thing (an actor's group: `usa` is part of `west`).
   */
  receiveLinkedHighlight(id: string | null, related: readonly string[]): void;
}

const groups = new Map<string, Set<LinkMember>>();

/** Adds `member` to the group `name`. */
export function joinLink(name: string, member: LinkMember): void {
  const group = groups.get(name) ?? new Set<LinkMember>();
  group.add(member);
  groups.set(name, group);
}

/** Removes `member` from the group `name`. */
export function leaveLink(name: string, member: LinkMember): void {
  const group = groups.get(name);
  if (!group) return;
  group.delete(member);
  if (group.size === 0) groups.delete(name);
}

/** Tells every other member of `name` that `from` highlighted `id`. */
export function broadcastLink(name: string, from: LinkMember, id: string | null, related: readonly string[] = []): void {
  for (const member of groups.get(name) ?? []) {
    if (member !== from) member.receiveLinkedHighlight(id, related);
  }
}

/** How many members the group `name` has (for leak tests). */
export function linkGroupSize(name: string): number {
  return groups.get(name)?.size ?? 0;
}
