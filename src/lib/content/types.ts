// Content is data: building blocks and methods live here, never inside components.

export type BlockSlug =
	| 'gemeenschappelijk-doel'
	| 'relatie'
	| 'betrokkenheid'
	| 'respect-en-vertrouwen'
	| 'afstemming-en-taakafbakening'
	| 'communicatie';

export interface Insight {
	title: string;
	/** Paragraphs of plain Dutch (B1). */
	body: string[];
}

export interface BuildingBlock {
	slug: BlockSlug;
	number: number;
	title: string;
	/** One sentence for cards and meta descriptions. */
	summary: string;
	/** Paragraphs. */
	introduction: string[];
	insights: Insight[];
	inspiration: { title: string; body: string[] };
	/** Ends with the two recurring questions (see RECURRING_QUESTIONS). */
	reflectionQuestions: string[];
	/** Slugs of methods (werkbladen) that work on this block. */
	methods: string[];
}

/** A field of a worksheet. The engine renders each kind the same way for every method. */
export type WorksheetField =
	| { kind: 'text'; name: string; label: string; hint?: string; maxLength?: number }
	| { kind: 'textarea'; name: string; label: string; hint?: string; maxLength?: number }
	| {
			kind: 'choices';
			name: string;
			label: string;
			hint?: string;
			options: { value: string; label: string }[];
			/** Adds an "other" text field named `${name}Other`. */
			other?: boolean;
	  }
	| {
			/** Exactly one answer (radio buttons). */
			kind: 'choice';
			name: string;
			label: string;
			hint?: string;
			options: { value: string; label: string }[];
	  };

export interface SubStep {
	number: number;
	title: string;
	guidingQuestions: string[];
	/** Present when the sub-step is an interactive part of a worksheet. */
	fields?: WorksheetField[];
}

export interface MethodStep {
	number: number;
	slug: string;
	title: string;
	goal: string;
	checklist: string[];
	subSteps: SubStep[];
	/** What the step produces inside a partnership, if it is interactive already. */
	worksheet?: 'role-card';
}

export interface Method {
	slug: string;
	block: BlockSlug;
	title: string;
	introduction: string;
	steps: MethodStep[];
	closing: string;
}
