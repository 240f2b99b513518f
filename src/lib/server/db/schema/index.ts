export * from './accounts';
export * from './partnerships';
export * from './cases';
