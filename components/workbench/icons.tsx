// Small inline icons (no emoji: not every system has an emoji font). Decorative only.
const common = {
  'aria-hidden': true,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function ChevronIcon({ open, className = '' }: { open: boolean; className?: string }) {
  return (
    <svg {...common} className={`size-3 transition-transform ${open ? 'rotate-90' : ''} ${className}`}>
      <path d="M6 4l4 4-4 4" />
    </svg>
  );
}

export function FolderIcon({ className = '' }: { className?: string }) {
  return (
    <svg {...common} className={`size-3.5 ${className}`}>
      <path d="M1.75 4.25a1 1 0 0 1 1-1h3.2l1.5 1.5h5.8a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H2.75a1 1 0 0 1-1-1z" />
    </svg>
  );
}

export function FileIcon({ className = '' }: { className?: string }) {
  return (
    <svg {...common} className={`size-3.5 ${className}`}>
      <path d="M4 1.75h5.25L12.5 5v9.25H4z" />
      <path d="M9 1.75V5.25h3.5" />
    </svg>
  );
}

export function LockIcon({ className = '' }: { className?: string }) {
  return (
    <svg {...common} className={`size-3 ${className}`}>
      <rect x="3" y="7" width="10" height="7" rx="1.25" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </svg>
  );
}
