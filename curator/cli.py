"""The command line: batch import and inspection of projects, headless."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

from curator import __version__, queries
from curator.errors import CuratorError, DamagedProject, one_line
from curator.importers import import_paths
from curator.storage import Project


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when output is redirected."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.active or total == 0:
            return
        width = 30
        filled = width * done // total
        name = Path(what).name[-40:] if what else ""
        self.stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} {name:<40}")
        if done == total:
            self.stream.write("\r" + " " * (width + 60) + "\r")
        self.stream.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="curator",
        description="Curator: a verified database of facts and figures from news articles and reports. "
        "Without a command, starts the application.",
    )
    parser.add_argument("--version", action="version", version=f"curator {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation: project, import, claim, export, window (headless)")
    parser.add_argument("--author", help="your name, recorded with every change (default: from settings)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import files and folders into a project (created when missing)")
    p.add_argument("project", type=Path)
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")

    p = commands.add_parser("documents", help="list a project's documents")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")

    p = commands.add_parser("info", help="counts of documents, spans and claims, and the schema version")
    p.add_argument("project", type=Path)

    from curator.exports import FORMATS

    p = commands.add_parser("export", help=f"export the curated database ({', '.join(FORMATS)})")
    p.add_argument("project", type=Path)
    p.add_argument("--format", "-f", required=True, choices=list(FORMATS))
    p.add_argument("--out", "-o", required=True, type=Path, help="file (or folder for csv and datapackage)")
    p.add_argument("--checked-only", action="store_true", help="only claims whose status is checked")
    p.add_argument("--no-originals", action="store_true", help="sqlite: leave out the original files' bytes")
    p.add_argument("--excel", action="store_true", help="csv: with a BOM and ';' separators, for Excel")
    p.add_argument("--with-text", action="store_true", help="json: include each document's stored text")

    p = commands.add_parser("merge", help="merge volunteers' projects into a project")
    p.add_argument("project", type=Path, metavar="INTO")
    p.add_argument("sources", type=Path, nargs="+", metavar="SOURCE")

    p = commands.add_parser("check", help="check a project for damage; --repair fixes what can be fixed "
                                          "(after a backup)")
    p.add_argument("project", type=Path)
    p.add_argument("--repair", action="store_true", help="rebuild what can be rebuilt, after a backup")

    p = commands.add_parser("search", help="search the text of every document; the hits with their offsets")
    p.add_argument("project", type=Path)
    p.add_argument("words", nargs="+", help="every word must occur; the last may be the start of a word")
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")

    p = commands.add_parser("text", help="print a document's stored text, exactly as spans are anchored to it")
    p.add_argument("project", type=Path)
    p.add_argument("document_id")
    return parser


def say(line: str) -> None:
    """Print one line of output, control characters escaped (file names may hold them)."""
    print(one_line(line))


def _author(args: argparse.Namespace) -> str | None:
    if args.author is not None:
        return args.author
    from curator.settings import load

    return load().curator_name or None


def _to_write(args: argparse.Namespace, create: bool = True) -> Project:
    """The project, with its write lock (refused, in one line, while another Curator
    has it open), backed up first when the daily backup is due."""
    project = Project.open(args.project, create=create, author=_author(args), lock=True)
    try:
        project.back_up_if_due()
    except CuratorError as error:
        say(f"warning   {error}")
    return project


def _to_read(args: argparse.Namespace) -> Project:
    """The project to read: locked like any opening (so an older one can be upgraded),
    or read-only while another Curator has it open."""
    from curator.storage.lock import ProjectInUse

    try:
        return Project.open(args.project, lock=True)
    except ProjectInUse:
        return Project.open(args.project, read_only=True)


def cmd_import(args: argparse.Namespace) -> int:
    with _to_write(args) as project:
        report = import_paths(project, args.paths, progress=TerminalProgress())
    for result in report.results:
        if result.status == "imported":
            say(f"imported  {result.path}: {result.title}")
        else:
            say(f"{'skipped ' if result.status == 'duplicate' else 'failed  '}  {result.message}")
    say(report.summary())
    return 0 if report.complete else 1


def cmd_documents(args: argparse.Namespace) -> int:
    with _to_read(args) as project:
        rows = queries.documents(project)
    if args.json:
        print(json.dumps([
            {
                "id": str(row.id), "title": row.title, "outlet": row.outlet,
                "published": row.published.isoformat() if row.published else None,
                "published_precision": row.precision.value if row.precision else None,
                "language": row.language, "characters": row.characters,
                "original_sha256": row.original_sha256,
            }
            for row in rows
        ], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        published = row.published.isoformat() if row.published else "date unknown"
        say(f"{row.id}  {published:<12}  {row.language or '--':<2}  {row.characters:>8,} chars  "
              f"{row.title}" + (f" ({row.outlet})" if row.outlet else ""))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with _to_read(args) as project:
        counts = queries.counts(project)
    say(f"project:   {args.project}")
    say(f"documents: {counts.documents}")
    say(f"spans:     {counts.spans}")
    say(f"claims:    {counts.claims} ({counts.evidence} pieces of evidence)")
    say(f"vocabulary: {counts.terms} entries")
    say(f"schema:    {counts.schema}")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    try:
        document_id = uuid.UUID(args.document_id)
    except ValueError:
        raise CuratorError(f"{args.document_id}: not a document id (see 'curator documents')") from None
    with _to_read(args) as project:
        text = queries.document_text(project, document_id)
    if text is None:
        raise CuratorError(f"{args.project}: no document {document_id}")
    sys.stdout.write(text)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Hits best first: document, title, where the words are (code points into the
    stored text, as 'curator text' prints it) and the snippet."""
    words = " ".join(args.words)
    with _to_read(args) as project:
        terms = queries.parse_search(project, words)
        hits = queries.search(project, terms)
        found = [(hit, queries.occurrences(queries.document_text(project, hit.document_id) or "", terms))
                 for hit in hits]
    if args.json:
        print(json.dumps([
            {"document_id": str(hit.document_id), "title": hit.title, "snippet": hit.snippet,
             "shown_at": [hit.start, hit.end] if hit.start is not None else None,
             "occurrences": [list(span) for span in spans]}
            for hit, spans in found
        ], ensure_ascii=False, indent=2))
        return 0
    for hit, spans in found:
        say(f"{hit.document_id}  {hit.title}")
        say(f"    at {', '.join(f'{start}-{end}' for start, end in spans[:20])}"
            + (f" (+{len(spans) - 20} more)" if len(spans) > 20 else ""))
        say(f"    {hit.snippet.replace(chr(10), ' ')}")
    if not found:
        say(f"no document holds: {words}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from curator.exports import ExportOptions, export

    options = ExportOptions(checked_only=args.checked_only, originals=not args.no_originals, excel=args.excel,
                            with_text=args.with_text)
    with _to_read(args) as project:
        report = export(project, args.format, args.out, options, progress=TerminalProgress())
    say(report.summary())
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from curator.merge import merge

    with _to_write(args) as project:
        for source in args.sources:
            report = merge(project, source, progress=TerminalProgress())
            say(report.summary())
            for conflict in report.conflicts:
                say(f"  conflict: {conflict.line()}")
            if report.report_file:
                say(f"  report: {report.report_file}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0: no problems (or all repaired); 1: problems remain."""
    from curator.checkup import check_project, repair_project

    with (_to_write(args, create=False) if args.repair else _to_read(args)) as project:
        report = (repair_project if args.repair else check_project)(project, progress=TerminalProgress())
    for line in report.repaired:
        say(f"repaired  {line}")
    for line in report.lines():
        say(f"problem   {line}")
    if report.backup:
        say(f"backup    {report.backup}")
    say(report.summary())
    return 0 if report.healthy else 1


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    handler = {"import": cmd_import, "documents": cmd_documents, "info": cmd_info, "text": cmd_text,
               "search": cmd_search, "export": cmd_export, "merge": cmd_merge, "check": cmd_check}
    try:
        return handler[args.command](args)
    except DamagedProject as error:
        if error.path is None:  # found in a value: name the file it came from
            raise DamagedProject(args.project, error.what) from error
        raise
