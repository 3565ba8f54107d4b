'use client';
// "Try the API": start the lesson's Nest app in the active runtime, then send it
// HTTP requests, written by hand or picked from the lesson's examples.
import { useEffect, useRef } from 'react';
import type { ExampleRequest } from '@/lib/content/schema';
import type { FileMap, RunOptions, RunningApp } from '@/lib/runtime/types';
import { AppControls } from './app-controls';
import { RequestFields } from './request-fields';
import { ResponseView } from './response-view';
import { useAppRunner } from './use-app-runner';
import { useRequestSender } from './use-request-sender';

export interface ApiPanelProps {
  requests: ExampleRequest[];
  startApp: (options?: RunOptions) => Promise<RunningApp>;
  files: FileMap;
  revision: number;
  /** The runtime has the project laid out and can start it. */
  canStart: boolean;
}

export function ApiPanel({ requests, startApp, files, revision, canStart }: ApiPanelProps) {
  const { app, start } = useAppRunner({ startApp, files, revision });
  const { form, update, problem, answer, sending, send } = useRequestSender(requests, app);
  const responseRef = useRef<HTMLDivElement>(null);
  // A new answer scrolls into view inside the panel (never the page), like test results.
  useEffect(() => {
    const target = responseRef.current;
    const scroller = target?.closest('[role="tabpanel"]');
    if (!answer || !target || !scroller) return;
    const offset = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollBy({ top: offset - 8, behavior: 'smooth' });
  }, [answer]);

  return (
    <div className="space-y-3 p-3 text-sm" data-testid="api-panel">
      <AppControls app={app} canStart={canStart} onStart={() => void start()} />
      <RequestFields
        requests={requests}
        form={form}
        problem={problem}
        sending={sending}
        onChange={update}
        onSend={() => void send()}
      />
      <div ref={responseRef}>{answer && <ResponseView answer={answer} />}</div>
    </div>
  );
}
