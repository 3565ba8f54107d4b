'use client';
// The request form's fields: an example to start from, method, path, headers and JSON body.
import { useId } from 'react';
import { HTTP_METHODS, type HttpMethod } from '@/lib/content/http-methods';
import type { ExampleRequest } from '@/lib/content/schema';
import { formFromExample, type FormField, type RequestForm } from './http-request';
import type { FormProblem } from './use-request-sender';

const FIELD =
  'w-full rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs text-zinc-900 focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 aria-invalid:border-rose-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';
const LABEL = 'block text-xs font-medium text-zinc-700 dark:text-zinc-300';

export interface RequestFieldsProps {
  requests: ExampleRequest[];
  form: RequestForm;
  problem: FormProblem | null;
  sending: boolean;
  onChange: (change: Partial<RequestForm>) => void;
  onSend: () => void;
}

export function RequestFields({ requests, form, problem, sending, onChange, onSend }: RequestFieldsProps) {
  const id = useId();
  const invalid = (field: FormField) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {};
  return (
    <form
      aria-label="Request"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      {requests.length > 0 && (
        <ExamplePicker
          id={`${id}-example`}
          requests={requests}
          onPick={(example) => onChange(formFromExample(example))}
        />
      )}
      <div className="flex items-end gap-2">
        <div className="shrink-0">
          <label htmlFor={`${id}-method`} className={LABEL}>
            Method
          </label>
          <select
            id={`${id}-method`}
            className={FIELD}
            value={form.method}
            onChange={(event) => onChange({ method: event.target.value as HttpMethod })}
          >
            {HTTP_METHODS.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-path`} className={LABEL}>
            Path
          </label>
          <input
            id={`${id}-path`}
            className={FIELD}
            value={form.path}
            spellCheck={false}
            onChange={(event) => onChange({ path: event.target.value })}
            {...invalid('path')}
          />
        </div>
        <button
          type="submit"
          disabled={sending}
          className="shrink-0 rounded-md bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {sending ? 'Sending…' : 'Send request'}
        </button>
      </div>
      <div>
        <label htmlFor={`${id}-headers`} className={LABEL}>
          Headers <span className="font-normal text-zinc-600 dark:text-zinc-400">(one “Name: value” per line)</span>
        </label>
        <textarea
          id={`${id}-headers`}
          rows={2}
          className={FIELD}
          value={form.headers}
          spellCheck={false}
          placeholder="Accept: application/json"
          onChange={(event) => onChange({ headers: event.target.value })}
          {...invalid('headers')}
        />
      </div>
      <div>
        <label htmlFor={`${id}-body`} className={LABEL}>
          JSON body
        </label>
        <textarea
          id={`${id}-body`}
          rows={4}
          className={FIELD}
          value={form.body}
          spellCheck={false}
          placeholder='{ "email": "ada@example.com" }'
          onChange={(event) => onChange({ body: event.target.value })}
          {...invalid('body')}
        />
      </div>
      {problem && (
        <p
          id={`${id}-problem`}
          role="alert"
          className="rounded-md border border-rose-300 bg-rose-50 px-2 py-1 text-xs text-rose-800 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-200"
        >
          {problem.message}
        </p>
      )}
    </form>
  );
}

function ExamplePicker({
  id,
  requests,
  onPick,
}: {
  id: string;
  requests: ExampleRequest[];
  onPick: (example: ExampleRequest) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        Example request
      </label>
      <select
        id={id}
        className={FIELD}
        defaultValue=""
        onChange={(event) => {
          const example = requests[Number(event.target.value)];
          if (example) onPick(example);
        }}
      >
        <option value="" disabled>
          Choose an example…
        </option>
        {requests.map((request, index) => (
          <option key={index} value={index}>{`${request.method} ${request.path} · ${request.title}`}</option>
        ))}
      </select>
    </div>
  );
}
