import type { PrismaClient } from "@/lib/db/client";

/**
 * "Delete my account and data": the account's learner with every row of its progress (the schema
 * cascades from Learner), then the user with its sessions and credentials, in one transaction.
 * Returns the number of learner rows deleted (0 or 1).
 */
export async function deleteAccountAndData(client: PrismaClient, userId: string): Promise<number> {
  return client.$transaction(async (tx) => {
    const { count } = await tx.learner.deleteMany({ where: { userId } });
    await tx.user.delete({ where: { id: userId } });
    return count;
  });
}
