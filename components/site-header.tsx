import Link from "next/link";

// A story's own pages (claims, compare, …) are linked from its navigation (components/story/story-nav.tsx).
const LINKS = [
  { href: "/", label: "Stories" },
  { href: "/entities", label: "Entities" },
  { href: "/sources/new", label: "Add article" },
  { href: "/login", label: "Admin sign-in" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-2 font-semibold text-ink">
          Claim comparison
        </Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="rounded px-1 py-0.5 text-muted underline-offset-4 hover:text-ink-strong hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
