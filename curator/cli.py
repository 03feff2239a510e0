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
from curator.i18n import translate
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
        description=translate("cli", "Curator: a verified database of facts and figures from news articles and "
                              "reports. Without a command, starts the application."),
    )
    parser.add_argument("--version", action="version", version=f"curator {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help=translate("cli", "check this installation: project, import, claim, export, window (headless)"))
    parser.add_argument("--author", help=translate("cli", "your name, recorded with every change (default: from settings)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help=translate("cli", "import files and folders into a project (created when missing)"))
    p.add_argument("project", type=Path)
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    p.add_argument("--whole-page", action="store_true",
                   help=translate("cli", "web pages: keep the rest of the page after the article"))

    p = commands.add_parser("keep-whole-page", help=translate("cli", "of a web page imported as its article only, keep the rest of the page too"))
    p.add_argument("project", type=Path)
    p.add_argument("document_id")

    p = commands.add_parser("documents", help=translate("cli", "list a project's documents"))
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")

    p = commands.add_parser("info", help=translate("cli", "counts of documents, spans and claims, and the schema version"))
    p.add_argument("project", type=Path)

    from curator.exports import FORMATS

    p = commands.add_parser("export", help=translate("cli", "export the curated database ({formats})").format(formats=", ".join(FORMATS)))
    p.add_argument("project", type=Path)
    p.add_argument("--format", "-f", required=True, choices=list(FORMATS))
    p.add_argument("--out", "-o", required=True, type=Path, help=translate("cli", "file (or folder for csv and datapackage)"))
    p.add_argument("--checked-only", action="store_true", help=translate("cli", "only claims whose status is checked"))
    p.add_argument("--no-originals", action="store_true", help=translate("cli", "sqlite: leave out the original files' bytes"))
    p.add_argument("--excel", action="store_true",
                   help=translate("cli", "csv: for a spreadsheet (Excel, LibreOffice): a BOM, and the locale's decimal mark and separator"))
    p.add_argument("--locale", metavar="LOCALE",
                   help=translate("cli", "csv --excel: the spreadsheet's locale, e.g. uk_UA, de_DE, en_US (default: the system's)"))
    p.add_argument("--with-text", action="store_true", help=translate("cli", "json: include each document's stored text"))

    p = commands.add_parser("merge", help=translate("cli", "merge volunteers' projects into a project"))
    p.add_argument("project", type=Path, metavar="INTO")
    p.add_argument("sources", type=Path, nargs="+", metavar="SOURCE")
    p.add_argument("--dry-run", action="store_true",
                   help=translate("cli", "say what the merge would do, record by record, and change nothing"))

    p = commands.add_parser("conflicts", help=translate("cli", "the conflicts merges kept, open ones, in words"))
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")

    p = commands.add_parser("resolve", help=translate("cli", "resolve a conflict a merge kept"))
    p.add_argument("project", type=Path)
    p.add_argument("conflict_id")
    p.add_argument("--keep", required=True, choices=("ours", "theirs"),
                   help=translate("cli", "ours: this project's version; theirs: the merged project's"))
    p.add_argument("--field", action="append", default=[], metavar="NAME",
                   help=translate("cli", "take that side for this field only (repeat for more); default: every field "
                                         "that differs"))

    p = commands.add_parser("history", help=translate("cli", "every change of a record (a claim with its evidence): "
                                                           "when, who, what from what to what"))
    p.add_argument("project", type=Path)
    p.add_argument("record_id")

    p = commands.add_parser("suggest", help=translate("cli", "the figures Curator finds in documents, as suggested claims "
                                                           "(not yet accepted or rejected)"))
    p.add_argument("project", type=Path)
    p.add_argument("document_ids", nargs="*", metavar="DOCUMENT_ID",
                   help=translate("cli", "these documents only (default: every document)"))
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")

    p = commands.add_parser("check", help="check a project for damage; --repair fixes what can be fixed "
                                          "(after a backup)")
    p.add_argument("project", type=Path)
    p.add_argument("--repair", action="store_true", help=translate("cli", "rebuild what can be rebuilt, after a backup"))

    p = commands.add_parser("search", help=translate("cli", "search the text of every document; the hits with their offsets"))
    p.add_argument("project", type=Path)
    p.add_argument("words", nargs="+", help=translate("cli", "every word must occur, in any of its forms; \"quoted words\" as a phrase"))
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")

    p = commands.add_parser("text", help=translate("cli", "print a document's stored text, exactly as spans are anchored to it"))
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
        say(translate("cli", "warning   {message}").format(message=error))
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
        report = import_paths(project, args.paths, progress=TerminalProgress(), whole_page=args.whole_page)
    for result in report.results:
        if result.status == "imported":
            say(translate("cli", "imported  {path}: {title}").format(path=result.path, title=result.title))
            if result.notice:
                say(translate("cli", "note      {message}: curator keep-whole-page {project} {document_id}").format(
                    message=result.notice, project=args.project, document_id=result.document_id))
        elif result.status == "duplicate":
            say(translate("cli", "skipped   {message}").format(message=result.message))
        else:
            say(translate("cli", "failed    {message}").format(message=result.message))
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
        published = row.published.isoformat() if row.published else translate("cli", "date unknown")
        characters = translate("cli", "{characters:>8,} chars").format(characters=row.characters)
        say(f"{row.id}  {published:<12}  {row.language or '--':<2}  {characters}  "
            f"{row.title}" + (f" ({row.outlet})" if row.outlet else ""))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with _to_read(args) as project:
        counts = queries.counts(project)
    say(translate("cli", "project:    {project}").format(project=args.project))
    say(translate("cli", "documents:  {documents}").format(documents=counts.documents))
    say(translate("cli", "spans:      {spans}").format(spans=counts.spans))
    say(translate("cli", "claims:     {claims} ({evidence} pieces of evidence)").format(
        claims=counts.claims, evidence=counts.evidence))
    say(translate("cli", "vocabulary: {terms} entries").format(terms=counts.terms))
    say(translate("cli", "schema:     {schema}").format(schema=counts.schema))
    return 0


def _document_id(args: argparse.Namespace) -> uuid.UUID:
    return _id(args.document_id, translate("cli", "{document_id}: not a document id (see 'curator documents')")
               .format(document_id=args.document_id))


def _id(text: str, refusal: str) -> uuid.UUID:
    """An id typed on the command line, or the refusal in one line."""
    try:
        return uuid.UUID(text)
    except ValueError:
        raise CuratorError(refusal) from None


def cmd_keep_whole_page(args: argparse.Namespace) -> int:
    from curator.importers import keep_whole_page

    document_id = _document_id(args)
    with _to_write(args) as project:
        if queries.document_text(project, document_id) is None:
            raise CuratorError(translate("cli", "{project}: no document {document_id}")
                .format(project=args.project, document_id=document_id))
        keep_whole_page(project, document_id)
    say(translate("cli", "kept the whole page: {document_id}").format(document_id=document_id))
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    document_id = _document_id(args)
    with _to_read(args) as project:
        text = queries.document_text(project, document_id)
    if text is None:
        raise CuratorError(translate("cli", "{project}: no document {document_id}")
            .format(project=args.project, document_id=document_id))
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
        at = ", ".join(f"{start}-{end}" for start, end in spans[:20])
        if len(spans) > 20:
            at += " " + translate("cli", "(+{more} more)").format(more=len(spans) - 20)
        say("    " + translate("cli", "at {offsets}").format(offsets=at))
        say(f"    {hit.snippet.replace(chr(10), ' ')}")
    if not found:
        say(translate("cli", "no document holds: {words}").format(words=words))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from curator.exports import ExportOptions, export

    options = ExportOptions(checked_only=args.checked_only, originals=not args.no_originals, excel=args.excel,
                            locale=args.locale, with_text=args.with_text)
    with _to_read(args) as project:
        report = export(project, args.format, args.out, options, progress=TerminalProgress())
    say(report.summary())
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from curator.merge import merge

    with _to_write(args) as project:
        for source in args.sources:
            report = merge(project, source, progress=TerminalProgress(), dry_run=args.dry_run)
            if args.dry_run:  # each source against the project as it is: nothing was merged
                say(report.summary())
                for line in report.preview():
                    say("  " + line)
                continue
            say(report.summary())
            for conflict in report.conflicts:
                say("  " + translate("cli", "conflict: {conflict}").format(conflict=conflict.line()))
            if report.report_file:
                say("  " + translate("cli", "report: {file}").format(file=report.report_file))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with _to_read(args) as project:
        found = queries.conflicts(project)
    if args.json:
        print(json.dumps([
            {"id": str(c.id), "table": c.table, "record_id": str(c.record_id), "record": c.title, "kind": c.kind,
             "source": c.source, "merged_at": c.merged_at.isoformat(), "kept": c.kept, "fields": c.fields,
             "ours": c.ours, "theirs": c.theirs, "base": c.base,
             "ours_author": c.side("ours")[0], "ours_at": c.side("ours")[1],
             "theirs_author": c.side("theirs")[0], "theirs_at": c.side("theirs")[1]}
            for c in found], ensure_ascii=False, indent=2))
        return 0
    for c in found:
        say(f"{c.id}  {c.table} {c.title}: {c.kind} ({c.source})")
        for which in ("ours", "theirs"):
            who, when = c.side(which)
            if who or when:
                say("    " + translate("cli", "{side}: by {who} at {when}").format(
                    side=which, who=who or "?", when=when[:16].replace("T", " ")))
        for name in c.fields:
            say(f"    {name}: ours {c.ours.get(name)!r}, theirs {c.theirs.get(name)!r}")
    if not found:
        say(translate("cli", "No open conflicts."))
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from curator import operations

    conflict_id = _id(args.conflict_id, translate("cli", "{id}: not a conflict id").format(id=args.conflict_id))
    with _to_write(args) as project:
        operations.resolve_conflict(project, conflict_id, args.keep, args.field)
        left = len(queries.conflicts(project))
    say(translate("cli", "Resolved; {left} open conflict(s) left.").format(left=left))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    record_id = _id(args.record_id, translate("cli", "{id}: not a record id").format(id=args.record_id))
    with _to_read(args) as project:
        entries = queries.history(project, record_id)
    if not entries:
        raise CuratorError(translate("cli", "{id}: no such record in the history of {project}").format(
            id=record_id, project=args.project))
    for entry in entries:
        say(f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.author or '?'}  {entry.operation}: {entry.table} {entry.action}"
            f"  [{entry.id}]")
        if entry.action == "conflict":
            say("    " + translate("cli", "set aside by the merge ({who}'s version): {fields}").format(
                who=(entry.before or {}).get("author") or "?", fields=", ".join(
                    f"{name} {old!r} (kept {new!r})" for name, old, new in entry.differences()) or "-"))
            continue
        for name, old, new in entry.differences():
            say(f"    {name}: {old!r} → {new!r}")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    """Each suggestion: document, where its words are (code points into the stored text),
    the words, the figure, its date, who said it, the guesses and a confidence."""
    from curator.partialdate import format_partial_date
    from curator.suggestions import for_documents

    ids = [_id(text, translate("cli", "{document_id}: not a document id (see 'curator documents')")
               .format(document_id=text)) for text in args.document_ids]
    with _to_read(args) as project:
        for document_id in ids:
            if queries.document(project, document_id) is None:
                raise CuratorError(translate("cli", "{project}: no document {document_id}")
                                   .format(project=args.project, document_id=document_id))
        found = for_documents(project, ids or None, progress=TerminalProgress())
    if args.json:
        print(json.dumps([s.as_json() for suggestions in found.values() for s in suggestions],
                         ensure_ascii=False, indent=2))
        return 0
    for document_id, suggestions in found.items():
        for s in suggestions:
            value = s.qualifier.value + " " + f"{s.value:g}" + (f"–{s.upper_value:g}" if s.upper_value else "")
            say(f"{document_id}  {s.start}-{s.end}  {s.quote!r}  {value}{' ' + s.unit if s.unit else ''}  "
                f"{format_partial_date(s.as_of, s.as_of_precision) or '-'}  {s.attributed_to or '-'}  "
                f"[{s.measure or '-'} / {s.subject or '-'}]  {s.confidence:.2f}")
    if not any(found.values()):
        say(translate("cli", "No suggestions."))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0: no problems (or all repaired); 1: problems remain."""
    from curator.checkup import check_project, repair_project

    with (_to_write(args, create=False) if args.repair else _to_read(args)) as project:
        report = (repair_project if args.repair else check_project)(project, progress=TerminalProgress())
    for line in report.repaired:
        say(translate("cli", "repaired  {what}").format(what=line))
    for line in report.lines():
        say(translate("cli", "problem   {what}").format(what=line))
    if report.backup:
        say(translate("cli", "backup    {file}").format(file=report.backup))
    say(report.summary())
    return 0 if report.healthy else 1


def run(argv: Sequence[str]) -> int:
    from curator import i18n
    from curator.settings import load

    i18n.set_language(i18n.choose(load().language))
    args = _parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except DamagedProject as error:
        if error.path is None:  # found in a value: name the file it came from
            raise DamagedProject(args.project, error.what) from error
        raise


#: Each command's handler (curator/__main__.py lists the names, to start no database
#: layer for the window; a test keeps the two lists the same).
HANDLERS = {"import": cmd_import, "documents": cmd_documents, "info": cmd_info, "text": cmd_text,
            "keep-whole-page": cmd_keep_whole_page, "search": cmd_search, "export": cmd_export,
            "merge": cmd_merge, "conflicts": cmd_conflicts, "resolve": cmd_resolve, "history": cmd_history,
            "check": cmd_check, "suggest": cmd_suggest}
