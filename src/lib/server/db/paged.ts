import { sql } from 'drizzle-orm';
import { limitOffset, toPage, type Page } from '$lib/pagination';

/**
 * The total count travels with the rows (`count(*) over ()`), so one round trip gives a page and
 * its total. Only a page past the end, which has no rows to carry it, asks for the count apart.
 */
export const totalOver = sql<number>`count(*) over ()`.mapWith(Number);

export async function paged<Row extends { total: number }>(
	query: (range: { limit: number; offset: number }) => Promise<Row[]>,
	countAll: () => Promise<number>,
	page: number
): Promise<Page<Omit<Row, 'total'>>> {
	const rows = await query(limitOffset(page));
	const total = rows[0]?.total ?? (page > 1 ? await countAll() : 0);
	return toPage(
		rows.map(({ total: _total, ...row }) => row),
		total,
		page
	);
}
