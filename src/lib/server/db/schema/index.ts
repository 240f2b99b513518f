export * from './accounts';
export * from './partnerships';
export * from './cases';
export * from './network';
export * from './meetings';
export * from './sharing';
export * from './learning';
export * from './goals';
