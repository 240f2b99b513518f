import { z } from 'zod';

/**
 * Lists that grow with use show one page at a time, with the page in the URL (`?pagina=2`), so a
 * page can be bookmarked and works without JavaScript. 25 rows reads well and stays small.
 */
export const PAGE_SIZE = 25;

/** `?pagina=`: anything that is not a sensible page number is the first page. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export interface Page<T> {
	rows: T[];
	/** All rows that match the filters, over every page. */
	total: number;
	page: number;
	pageSize: number;
	pages: number;
}

export function limitOffset(page: number, pageSize = PAGE_SIZE) {
	return { limit: pageSize, offset: (page - 1) * pageSize };
}

export function toPage<T>(rows: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
	return { rows, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The same list URL on another page; every filter is kept, and page 1 has no parameter. */
export function pageHref(url: URL, page: number): string {
	const params = new URLSearchParams(url.searchParams);
	if (page <= 1) params.delete('pagina');
	else params.set('pagina', String(page));
	const query = params.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * A list URL with one filter changed and the others kept. Empty values are left out, and so is the
 * page: a new filter starts at page 1.
 */
export function filterHref(base: string, filter: Record<string, string>, change: Record<string, string>): string {
	const next = { ...filter, ...change };
	const query = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== '')).toString();
	return query ? `${base}?${query}` : base;
}
