'use client';
// The request being written, the problem with it (if any) and the last answer.
import { useState } from 'react';
import type { ExampleRequest } from '@/lib/content/schema';
import {
  EMPTY_FORM,
  buildRequest,
  formFromExample,
  type FormField,
  type RequestForm,
  type ResponseView,
} from './http-request';
import { sendRequest } from './send-request';
import type { AppState } from './use-app-runner';

export interface FormProblem {
  /** The field to fix, when one is at fault. */
  field?: FormField;
  message: string;
}

export function useRequestSender(requests: ExampleRequest[], app: AppState) {
  const [form, setForm] = useState<RequestForm>(() => (requests[0] ? formFromExample(requests[0]) : EMPTY_FORM));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [answer, setAnswer] = useState<ResponseView | null>(null);
  const [sending, setSending] = useState(false);

  const update = (change: Partial<RequestForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setProblem(null);
  };

  const send = async () => {
    // Checked first, so a mistake is reported even before the app runs.
    const built = buildRequest(form, app.kind === 'running' ? app.baseUrl : '');
    if (!built.ok) return setProblem(built);
    if (app.kind !== 'running') return setProblem({ message: 'The app is not running. Press "Start app" first.' });
    setSending(true);
    setProblem(null);
    try {
      setAnswer(await sendRequest(built));
    } catch (error) {
      setAnswer(null);
      setProblem({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      setSending(false);
    }
  };

  return { form, update, problem, answer, sending, send };
}
