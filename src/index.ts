export type { ShFs, Stat, Errno, NodeType } from './sh/fs.js';
