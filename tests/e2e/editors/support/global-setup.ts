import type { TestProject } from 'vitest/node';
import { buildEditorBundles } from './build';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    editorsBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await buildEditorBundles();
  const server = await startServer();
  project.provide('editorsBaseUrl', server.url);
  return () => server.close();
}
