import { describe, expect, it } from 'vitest';
import type { TestRun } from '@/lib/runtime/types';
import { completedTasks, initialState, withSolution, workbenchReducer, type WorkbenchState } from './workbench-state';

const lesson = {
  files: { 'src/app.service.ts': 'start', 'src/app.spec.ts': 'spec', 'package.json': '{}' },
  focus: 'src/app.service.ts',
  readOnly: ['src/app.spec.ts'],
};

function state(): WorkbenchState {
  return initialState(lesson);
}

describe('workbenchReducer', () => {
  it('opens the focus file first and starts booting', () => {
    expect(state()).toMatchObject({
      activePath: 'src/app.service.ts',
      openPaths: ['src/app.service.ts'],
      phase: 'booting',
    });
  });

  it('records edits, but never to a read-only file', () => {
    const edited = workbenchReducer(state(), { type: 'edited', path: 'src/app.service.ts', contents: 'mine' });
    expect(edited.files['src/app.service.ts']).toBe('mine');
    const refused = workbenchReducer(edited, { type: 'edited', path: 'src/app.spec.ts', contents: 'cheat' });
    expect(refused.files['src/app.spec.ts']).toBe('spec');
  });

  it('opens tabs once and closing the active tab activates its neighbour', () => {
    let s = workbenchReducer(state(), { type: 'opened', path: 'package.json' });
    s = workbenchReducer(s, { type: 'opened', path: 'src/app.service.ts' });
    expect(s.openPaths).toEqual(['src/app.service.ts', 'package.json']);
    s = workbenchReducer(s, { type: 'closed', path: 'src/app.service.ts' });
    expect(s).toMatchObject({ openPaths: ['package.json'], activePath: 'package.json' });
  });

  it('replacing the files (Reset) restores them and bumps the revision', () => {
    const edited = workbenchReducer(state(), { type: 'edited', path: 'src/app.service.ts', contents: 'mine' });
    const reset = workbenchReducer(edited, { type: 'filesReplaced', files: lesson.files });
    expect(reset.files['src/app.service.ts']).toBe('start');
    expect(reset.revision).toBe(1);
  });

  it('a finished run goes back to ready and keeps the run', () => {
    const run: TestRun = { outcome: 'passed', tests: [], errors: [], durationMs: 5 };
    const running = workbenchReducer(state(), { type: 'phase', phase: 'running' });
    expect(workbenchReducer(running, { type: 'runFinished', run })).toMatchObject({ phase: 'ready', run });
  });

  it('a run that could not happen keeps the workbench usable and says why', () => {
    const s = workbenchReducer(state(), { type: 'runFailed', message: 'Server went away' });
    expect(s).toMatchObject({ phase: 'ready', problem: 'Server went away' });
  });
});

describe('withSolution', () => {
  it('lays the solution over the current files', () => {
    expect(withSolution({ a: 'mine', b: 'mine' }, { a: 'solution' })).toEqual({ a: 'solution', b: 'mine' });
  });
});

describe('completedTasks', () => {
  const tasks = [
    { id: 'greet', title: 'Greet', tests: ['App > greets', 'App > greets twice'], hints: [] },
    { id: 'count', title: 'Count', tests: ['App > counts'], hints: [] },
  ];
  const run = (statuses: Record<string, 'passed' | 'failed'>): TestRun => ({
    outcome: 'failed',
    errors: [],
    durationMs: 1,
    tests: Object.entries(statuses).map(([name, status]) => ({ name, status, file: 'a.spec.ts', durationMs: 1 })),
  });

  it('ticks a task only when all its tests passed in the latest run', () => {
    const done = completedTasks(
      tasks,
      run({ 'App > greets': 'passed', 'App > greets twice': 'failed', 'App > counts': 'passed' }),
    );
    expect([...done]).toEqual(['count']);
  });

  it('ticks nothing before the first run, or when a named test is missing', () => {
    expect(completedTasks(tasks, undefined).size).toBe(0);
    expect(completedTasks(tasks, run({ 'App > greets': 'passed' })).size).toBe(0);
  });
});

describe('restoring saved work', () => {
  it('lays the saved files over the lesson, reopens the file the learner had open, and re-syncs the editor', () => {
    const restored = workbenchReducer(state(), {
      type: 'restored',
      files: { ...lesson.files, 'src/app.service.ts': 'mine' },
      activePath: 'package.json',
      openPaths: ['src/app.service.ts', 'package.json'],
      completedTasks: ['t1'],
    });
    expect(restored).toMatchObject({
      activePath: 'package.json',
      openPaths: ['src/app.service.ts', 'package.json'],
      completedTasks: ['t1'],
      revision: 1,
    });
    expect(restored.files['src/app.service.ts']).toBe('mine');
  });

  it('ignores saved tabs for files the lesson no longer has', () => {
    const restored = workbenchReducer(state(), {
      type: 'restored',
      files: lesson.files,
      activePath: 'src/gone.ts',
      openPaths: ['src/gone.ts'],
      completedTasks: [],
    });
    expect(restored).toMatchObject({ activePath: 'src/app.service.ts', openPaths: ['src/app.service.ts'] });
  });

  it('keeps completed tasks ticked: a later run only adds to them', () => {
    let s = workbenchReducer(state(), { type: 'restored', files: lesson.files, completedTasks: ['t1'] });
    s = workbenchReducer(s, { type: 'tasksCompleted', taskIds: ['t2', 't1'] });
    expect(s.completedTasks).toEqual(['t1', 't2']);
  });
});
