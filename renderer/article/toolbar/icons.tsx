import type { ReactNode } from 'react';

/** Small inline icons (no icon font: the CSP allows nothing remote). Decorative only. */
function Svg({ children }: { children: ReactNode }) {
  return (
    <svg
      className="formatting-toolbar__svg"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const LinkIcon = () => (
  <Svg>
    <path d="M6.6 9.4a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7L7.7 4.6" />
    <path d="M9.4 6.6a2.6 2.6 0 0 0-3.7 0L3.5 8.8a2.6 2.6 0 0 0 3.7 3.7l1.1-1.1" />
  </Svg>
);

export const BulletListIcon = () => (
  <Svg>
    <circle cx="3" cy="4" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="8" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="12" r="0.9" fill="currentColor" stroke="none" />
    <path d="M6 4h8M6 8h8M6 12h8" />
  </Svg>
);

export const OrderedListIcon = () => (
  <Svg>
    <path d="M6 4h8M6 8h8M6 12h8" />
    <path d="M2.2 2.8 3 2.3v3.2" strokeWidth="1.1" />
    <path d="M2.1 7.3c.3-.5 1.7-.6 1.7.3 0 .7-1.7 1.4-1.7 2h1.8" strokeWidth="1.1" />
  </Svg>
);

export const QuoteIcon = () => (
  <Svg>
    <path d="M3 3v10" strokeWidth="2" />
    <path d="M6.5 5h7M6.5 8h7M6.5 11h4.5" />
  </Svg>
);

export const RuleIcon = () => (
  <Svg>
    <path d="M2 8h12" strokeWidth="1.8" />
    <path d="M5 4.5h6M5 11.5h6" strokeWidth="1" opacity="0.5" />
  </Svg>
);

export const ClearIcon = () => (
  <Svg>
    <path d="M4 3.5h8M8 3.5 6 12.5" />
    <path d="M9.5 10l4 4M13.5 10l-4 4" />
  </Svg>
);

export const UndoIcon = () => (
  <Svg>
    <path d="M5.5 3 2.5 6l3 3" />
    <path d="M2.5 6h7a3.5 3.5 0 0 1 0 7H7" />
  </Svg>
);

export const RedoIcon = () => (
  <Svg>
    <path d="M10.5 3l3 3-3 3" />
    <path d="M13.5 6h-7a3.5 3.5 0 0 0 0 7H9" />
  </Svg>
);
