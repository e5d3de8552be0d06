/** Line icons drawn in a 20-unit box with the text colour; always decorative (the control has the name). */
const paths = {
  'zoom-in': 'M8.5 3.5a5 5 0 1 0 0 10a5 5 0 1 0 0-10M12.2 12.2l4.3 4.3M6 8.5h5M8.5 6v5',
  'zoom-out': 'M8.5 3.5a5 5 0 1 0 0 10a5 5 0 1 0 0-10M12.2 12.2l4.3 4.3M6 8.5h5',
  fit: 'M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4',
  first: 'M4 4v12M15 5l-6 5l6 5',
  last: 'M16 4v12M5 5l6 5l-6 5',
  lanes: 'M3 5h14M3 10h14M3 15h14M6 3.5v3M12 8.5v3M9 13.5v3',
  help: 'M10 2.5a7.5 7.5 0 1 0 0 15a7.5 7.5 0 1 0 0-15M7.8 7.8a2.3 2.3 0 1 1 3.2 2.1c-.7.3-1 .8-1 1.5v.6M10 14.3v.2',
  share:
    'M14.5 3.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4M5.5 8a2 2 0 1 0 0 4a2 2 0 1 0 0-4M14.5 12.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4M7.3 9.1l5.4-2.7M7.3 10.9l5.4 2.7',
  present: 'M3 4h14v9H3zM10 13v3M7 17h6M8.5 6.5v4l3.5-2z',
  print: 'M6 7V3h8v4M6 14H3.5V8h13v6H14M6 11.5h8V17H6z',
  download: 'M10 3v9M6 8.5l4 4l4-4M4 16h12',
  theme: 'M10 3a7 7 0 1 0 0 14z M10 3a7 7 0 1 1 0 14',
  menu: 'M3.5 6h13M3.5 10h13M3.5 14h13',
  close: 'M5 5l10 10M15 5L5 15',
  previous: 'M12.5 4l-6 6l6 6',
  next: 'M7.5 4l6 6l-6 6',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="ui-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
