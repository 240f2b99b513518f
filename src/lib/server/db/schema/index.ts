export * from './accounts';
export * from './partnerships';
