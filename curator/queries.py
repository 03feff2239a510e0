"""Read-only questions the UI, the command line and exports ask of a project.

Each returns plain, frozen rows (no live ORM objects), so results can cross threads
and be cached by views.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import Connection, func, literal, select, text
from sqlmodel import select as select_models

from curator import wordforms
from curator.models import Claim, Document, Evidence, Precision, Span, Term, json_from_text, uuid_from_text
from curator.records import CLAIM_SELECT, ClaimRow, claim_from_sql
from curator.storage import Project
from curator.storage.writer import CHUNK

D, S, C, E, T = (m.__table__ for m in (Document, Span, Claim, Evidence, Term))


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    title: str
    outlet: str
    published: date | None
    precision: Precision | None
    language: str
    characters: int
    original_sha256: str
    claims: int


class SpanRow(NamedTuple):
    id: uuid.UUID
    document_id: uuid.UUID
    start: int
    end: int
    quote: str
    claim_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class EvidenceRow:
    id: uuid.UUID
    claim_id: uuid.UUID
    span_id: uuid.UUID
    document_id: uuid.UUID
    document_title: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class SearchHit:
    document_id: uuid.UUID
    title: str
    #: Words around the hit, the words found [in brackets].
    snippet: str
    #: Where the first word found in the snippet is in the stored text (code points),
    #: so the document opens at the occurrence shown; None when it is in the title only.
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Counts:
    documents: int
    spans: int
    claims: int
    evidence: int
    terms: int
    schema: str | None


#: The order documents are gone through in: oldest first, undated last.
_DOCUMENT_ORDER = (D.c.published.is_(None), D.c.published, D.c.title)


def documents(project: Project, characters: bool = True) -> list[DocumentRow]:
    """Every document with its number of claims, oldest first; ``characters=False``
    skips measuring the texts. (The window's list reads the documents it shows, a
    page at a time: curator.listing.)"""
    claims_per_document = select(S.c.document_id, func.count(func.distinct(E.c.claim_id)).label("claims")).join(
        E, E.c.span_id == S.c.id).group_by(S.c.document_id).subquery()
    query = (
        select(
            D.c.id, D.c.title, D.c.outlet, D.c.published, D.c.published_precision, D.c.language,
            func.length(D.c.text) if characters else literal(0), D.c.original_sha256,
            func.coalesce(claims_per_document.c.claims, 0),
        )
        .outerjoin(claims_per_document, claims_per_document.c.document_id == D.c.id)
        .order_by(*_DOCUMENT_ORDER)
    )
    with project.engine.connect() as connection:
        return [
            DocumentRow(r[0], r[1], r[2], r[3], Precision(r[4]) if r[4] else None, r[5], r[6], r[7], r[8])
            for r in connection.execute(query)
        ]


def document_ids(project: Project) -> list[uuid.UUID]:
    """Every document's id, in the order of :func:`documents`, without counting claims
    (that count is seconds at 50,000 documents)."""
    with project.engine.connect() as connection:
        return list(connection.execute(select(D.c.id).order_by(*_DOCUMENT_ORDER)).scalars())


def documents_of_spans(project: Project, span_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """The documents these spans quote (spans no longer there are left out)."""
    found: set[uuid.UUID] = set()
    ordered = [str(i) for i in span_ids]
    with project.engine.connect() as connection:
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start: start + CHUNK]
            found |= {uuid_from_text(document_id) for (document_id,) in connection.exec_driver_sql(
                f"SELECT DISTINCT document_id FROM span WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk))}
    return found


def document(project: Project, document_id: uuid.UUID) -> Document | None:
    with project.session() as session:
        return session.get(Document, document_id)


def title_of_original(connection: Connection, original_sha256: str) -> str | None:
    """The title of the document imported from the file with this SHA-256, if any
    (read on the caller's connection: an import asks inside its own transaction)."""
    return connection.execute(select(D.c.title).where(D.c.original_sha256 == original_sha256)).scalar()


def document_text(project: Project, document_id: uuid.UUID) -> str | None:
    with project.engine.connect() as connection:
        return connection.execute(select(D.c.text).where(D.c.id == document_id)).scalar()


def spans(project: Project, document_id: uuid.UUID) -> list[SpanRow]:
    """The document's spans by start, each with the claims citing it."""
    query = (
        select(S.c.id, S.c.start, S.c.end, S.c.quote, E.c.claim_id)
        .outerjoin(E, E.c.span_id == S.c.id)
        .where(S.c.document_id == document_id)
        .order_by(S.c.start, S.c.end, S.c.id)
    )
    found: list[SpanRow] = []
    with project.engine.connect() as connection:
        current, claims = None, []
        for span_id, start, end, quote, claim_id in connection.execute(query):
            if current is None or span_id != current[0]:
                if current is not None:
                    found.append(SpanRow(current[0], document_id, *current[1:], tuple(claims)))
                current, claims = (span_id, start, end, quote), []
            if claim_id is not None:
                claims.append(claim_id)
        if current is not None:
            found.append(SpanRow(current[0], document_id, *current[1:], tuple(claims)))
    return found


def rejected_suggestions(project: Project, document_id: uuid.UUID) -> set[tuple[int, int]]:
    """(start, end) of the suggestions a curator rejected in a document."""
    with project.engine.connect() as connection:
        rows = connection.exec_driver_sql('SELECT start, "end" FROM rejection WHERE document_id = ?',
                                          (str(document_id),)).fetchall()
    return {(start, end) for start, end in rows}


def evidence_positions(project: Project, document_id: uuid.UUID) -> list[tuple[int, int]]:
    """(start, end) of the document's spans that are evidence of a claim."""
    sql = ('SELECT DISTINCT span.start, span."end" FROM span JOIN evidence ON evidence.span_id = span.id '
           "WHERE span.document_id = ?")
    with project.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql, (str(document_id),))]


def span_positions(project: Project, document_id: uuid.UUID) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, claim ids as text)`` of the document's spans, by start: what the
    document view draws, read without building objects (20,000 spans in ~40 ms)."""
    sql = (
        'SELECT span.start, span."end", group_concat(evidence.claim_id) FROM span '
        "LEFT JOIN evidence ON evidence.span_id = span.id WHERE span.document_id = ? "
        'GROUP BY span.id ORDER BY span.start, span."end", span.id'
    )
    with project.engine.connect() as connection:
        rows = connection.exec_driver_sql(sql, (str(document_id),)).fetchall()
    return [(start, end, tuple(claims.split(",")) if claims else ()) for start, end, claims in rows]


_CLAIMS_SQL = (f"SELECT {CLAIM_SELECT} FROM claim {{where}} "
               "ORDER BY claim.as_of IS NULL, claim.as_of, claim.created_at, claim.id")
_CITING = ("claim.id IN (SELECT evidence.claim_id FROM evidence JOIN span ON span.id = evidence.span_id "
           "WHERE span.document_id = ?)")


def claims(project: Project, document_id: uuid.UUID | None = None) -> list[ClaimRow]:
    """All claims, or those citing the document, by as-of date (undated last), as
    :class:`~curator.records.ClaimRow` s: fast enough for tables of a hundred thousand."""
    sql = _CLAIMS_SQL.format(where=f"WHERE {_CITING}" if document_id is not None else "")
    with project.engine.connect() as connection:
        rows = connection.exec_driver_sql(sql, (str(document_id),) if document_id is not None else ()).fetchall()
    return [claim_from_sql(row) for row in rows]


def claim_count(project: Project) -> int:
    """How many claims the project has (from an index: a few milliseconds at 500,000)."""
    with project.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM claim").scalar()


def series_spellings(project: Project) -> list[tuple[str, str, int]]:
    """(subject, measure, claims) for each spelling of a subject and measure that claims
    not rejected use: what the chart's list of series is made of, counted by SQLite over
    the index ``ix_claim_series`` (no row read into Python)."""
    with project.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(
            "SELECT subject, measure, count(*) FROM claim WHERE status != 'rejected' GROUP BY subject, measure")]


#: What a chart point is made of (``curator.series.Columns.read``), in this order.
FIGURE_COLUMNS = ("id", "value", "upper_value", "qualifier", "as_of", "as_of_precision", "status",
                  "attributed_to", "reported_by", "unit", "created_at")


def figures(project: Project, spellings: Collection[tuple[str, str]]) -> list[tuple]:
    """:data:`FIGURE_COLUMNS` of the claims, not rejected, spelt with one of these
    (subject, measure) pairs, as stored: each pair is looked up in ``ix_claim_series``."""
    pairs = list(spellings)
    found: list[tuple] = []
    columns = ", ".join(f'"{name}"' for name in FIGURE_COLUMNS)
    with project.engine.connect() as connection:
        for start in range(0, len(pairs), CHUNK // 2):
            chunk = pairs[start:start + CHUNK // 2]
            where = " OR ".join(["(subject = ? AND measure = ?)"] * len(chunk))
            found += connection.exec_driver_sql(
                f"SELECT {columns} FROM claim WHERE ({where}) AND status != 'rejected'",
                tuple(value for pair in chunk for value in pair)).fetchall()
    return found


def claim(project: Project, claim_id: uuid.UUID) -> ClaimRow | None:
    with project.engine.connect() as connection:
        row = connection.exec_driver_sql(_CLAIMS_SQL.format(where="WHERE claim.id = ?"), (str(claim_id),)).first()
    return claim_from_sql(row) if row is not None else None


def fold(spelling: str) -> str:
    """How names are compared with the vocabulary's: spaces around and case do not count."""
    return spelling.strip().casefold()


def _spellings(project: Project, kinds: Iterable[str]) -> list[tuple[str, str, str, str]]:
    """(kind, folded name or alias, entry id, entry name) of the vocabulary entries of
    these kinds, in the order of their names."""
    kinds = list(kinds)
    with project.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT kind, id, name, aliases FROM term WHERE kind IN ({', '.join('?' * len(kinds))}) "
            "ORDER BY kind, name", tuple(kinds)).fetchall()
    return [(kind, fold(spelling), str(term_id), name) for kind, term_id, name, aliases in rows
            for spelling in (name, *(json_from_text(aliases) or []))]


def entry_ids(project: Project, kinds: Iterable[str] = ("subject", "measure")) -> dict[tuple[str, str], str]:
    """(kind, folded name or alias) → the id of the vocabulary entry it names: what stays
    when the entry is renamed or its aliases change."""
    return {(kind, folded): term_id for kind, folded, term_id, _name in _spellings(project, kinds)}


def canonical_names(project: Project, kinds: Iterable[str] = ("subject", "measure")) -> dict[tuple[str, str], str]:
    """(kind, folded name or alias) → the entry's name."""
    return {(kind, folded): name for kind, folded, _id, name in _spellings(project, kinds)}


def first_quotes(project: Project, claim_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The first quoted evidence of each claim (as the hover text of a chart shows it)."""
    found: dict[uuid.UUID, str] = {}
    with project.engine.connect() as connection:
        for start in range(0, len(claim_ids), 500):
            chunk = [str(c) for c in claim_ids[start:start + 500]]
            rows = connection.exec_driver_sql(
                "SELECT evidence.claim_id, span.quote FROM evidence JOIN span ON span.id = evidence.span_id "
                f"WHERE evidence.claim_id IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY evidence.claim_id, evidence.created_at DESC", tuple(chunk)).fetchall()
            found.update({uuid_from_text(claim_id): quote for claim_id, quote in rows})
    return found


def cited_titles(project: Project, claim_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The titles of the documents each claim cites, in the order of the documents' ids."""
    found: dict[uuid.UUID, list[str]] = {}
    with project.engine.connect() as connection:
        for start in range(0, len(claim_ids), 500):
            chunk = [str(c) for c in claim_ids[start:start + 500]]
            rows = connection.exec_driver_sql(
                "SELECT DISTINCT evidence.claim_id, document.id, document.title FROM evidence "
                "JOIN span ON span.id = evidence.span_id JOIN document ON document.id = span.document_id "
                f"WHERE evidence.claim_id IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY evidence.claim_id, document.id", tuple(chunk)).fetchall()
            for claim_id, _document_id, title in rows:
                found.setdefault(uuid_from_text(claim_id), []).append(title)
    return found


def evidence(project: Project, claim_id: uuid.UUID) -> list[EvidenceRow]:
    query = (
        select(E.c.id, E.c.claim_id, S.c.id, S.c.document_id, D.c.title, S.c.start, S.c.end, S.c.quote)
        .join(S, S.c.id == E.c.span_id)
        .join(D, D.c.id == S.c.document_id)
        .where(E.c.claim_id == claim_id)
        .order_by(E.c.created_at)
    )
    with project.engine.connect() as connection:
        return [EvidenceRow(*row) for row in connection.execute(query)]


def terms(project: Project, kind: str | None = None) -> list[Term]:
    query = select_models(Term).order_by(Term.kind, Term.name)
    if kind is not None:
        query = query.where(Term.kind == kind)
    with project.session() as session:
        return list(session.exec(query).all())


@dataclass(frozen=True)
class SearchTerm:
    """One thing a search asks for: a word in any of its forms, or a quoted phrase."""

    #: The word first, then the other forms of it the documents hold (curator.wordforms);
    #: for a phrase, its words.
    forms: tuple[str, ...]
    phrase: bool = False
    #: The word may also be the start of a longer one (the last word typed).
    prefix: bool = False


def parse_search(project: Project, words: str) -> tuple[SearchTerm, ...]:
    """What the curator typed as search terms: "quoted words" are a phrase matched
    exactly, every other word matches in any of its forms, and the last unquoted word
    also as the start of a word (results follow the typing)."""
    found: list[SearchTerm] = []
    with project.engine.connect() as connection:
        for phrase, word in re.findall(r'"([^"]*)"?|(\S+)', words):
            if phrase.strip():
                found.append(SearchTerm(tuple(_WORDS.findall(phrase)), phrase=True))
            elif word.replace('"', ""):
                found += [SearchTerm(wordforms.expand(connection, w)) for w in _WORDS.findall(word)]
    found = [term for term in found if term.forms]
    last = max((i for i, term in enumerate(found) if not term.phrase), default=None)
    if last is not None:
        found[last] = SearchTerm(found[last].forms, prefix=True)
    return tuple(found)


#: A word as the full-text index cuts text into words.
_WORDS = re.compile(r"[^\W_]+")


def _fts_query(terms: tuple[SearchTerm, ...]) -> str:
    """Search terms as an FTS5 query: every term must occur."""
    parts = []
    for term in terms:
        if term.phrase:
            parts.append('"' + " ".join(term.forms) + '"')
        else:
            forms = [f'"{form}"' for form in term.forms]
            if term.prefix:
                forms[0] += "*"
            parts.append("(" + " OR ".join(forms) + ")" if len(forms) > 1 else forms[0])
    return " AND ".join(parts)


def search(project: Project, words: str | tuple[SearchTerm, ...], limit: int = 50) -> list[SearchHit]:
    """Documents holding every term, best first, with a highlighted snippet."""
    terms = parse_search(project, words) if isinstance(words, str) else words
    if not terms:
        return []
    query = text(
        f"SELECT d.id, d.title, snippet(document_fts, 1, '{_OPEN}', '{_CLOSE}', '{_ELLIPSIS}', 12), d.text "
        "FROM document_fts JOIN document d ON d.rowid = document_fts.rowid "
        "WHERE document_fts MATCH :match ORDER BY rank LIMIT :limit"
    )
    with project.engine.connect() as connection:
        rows = connection.execute(query, {"match": _fts_query(terms), "limit": limit}).fetchall()
    hits = []
    for document_id, title, snippet, body in rows:
        start, end = _hit_in(body, snippet)
        shown = snippet.replace(_OPEN, "[").replace(_CLOSE, "]").replace(_ELLIPSIS, "…")
        hits.append(SearchHit(uuid.UUID(document_id), title, shown, start, end))
    return hits


def occurrences(text: str, terms: tuple[SearchTerm, ...]) -> list[tuple[int, int]]:
    """Where the search terms occur in ``text`` (code points), as the search matches
    them: whole words in any of their forms and any case, phrases word by word, the
    last word also as the start of a longer one."""
    found: list[tuple[int, int]] = []
    for term in terms:
        if term.phrase:
            pattern = r"[\W_]+".join(re.escape(word) for word in term.forms)
        else:
            alternatives = [re.escape(form) for form in term.forms]
            if term.prefix:
                alternatives[0] += r"\w*"
            pattern = "(?:" + "|".join(alternatives) + ")"
        found += [m.span() for m in re.finditer(rf"(?<![^\W_]){pattern}(?![^\W_])", text, re.IGNORECASE)]
    return sorted(set(found))


#: Snippet markers no text holds (control characters are removed on import).
_OPEN, _CLOSE, _ELLIPSIS = "\x02", "\x03", "\x04"


def _hit_in(body: str, snippet: str) -> tuple[int | None, int | None]:
    """Where the snippet's first marked word is in ``body``: the snippet is a piece of
    the stored text with markers added, so it is found again as it stands."""
    if _OPEN not in snippet:
        return None, None
    piece = snippet.strip(_ELLIPSIS)
    plain = piece.replace(_OPEN, "").replace(_CLOSE, "")
    at = body.find(plain)
    if at < 0:
        return None, None
    before = piece[:piece.index(_OPEN)]
    word = piece[piece.index(_OPEN) + 1:piece.index(_CLOSE)]
    start = at + len(before.replace(_CLOSE, ""))
    return start, start + len(word)


def counts(project: Project) -> Counts:
    with project.engine.connect() as connection:
        def count(table) -> int:
            return connection.execute(select(func.count()).select_from(table)).scalar()

        return Counts(count(D), count(S), count(C), count(E), count(T), project.schema_version)


#: The claim fields the vocabulary names, and the kind of entry each takes names from.
CLAIM_FIELD_KINDS = {"subject": "subject", "measure": "measure", "attributed_to": "person",
                     "reported_by": "organisation"}
#: The claim field a kind of vocabulary entry names.
CLAIM_FIELD_OF_KIND = {kind: field for field, kind in CLAIM_FIELD_KINDS.items()}


def used_names(project: Project, kind: str) -> dict[str, int]:
    """Every name claims use for this kind of entry (their subject, measure, person or
    outlet), with how many claims use it."""
    column = C.c[CLAIM_FIELD_OF_KIND[kind]]
    query = select(column, func.count()).where(column != "").group_by(column)
    with project.engine.connect() as connection:
        return dict(connection.execute(query).all())
#: Columns, by table, that :func:`suggestions` reads: a change to one changes them.
SUGGESTED = {"claim": frozenset(CLAIM_FIELD_KINDS), "document": frozenset({"outlet"})}


def suggestions(project: Project) -> dict[str, list[str]]:
    """What the claim form offers as the curator types: vocabulary names and aliases,
    and every value already used, for subjects, measures, people and outlets."""
    kinds = CLAIM_FIELD_KINDS
    found: dict[str, set[str]] = {field: set() for field in kinds}
    with project.engine.connect() as connection:
        for field in kinds:
            column = C.c[field]
            found[field].update(v for (v,) in connection.execute(select(column).distinct()) if v)
        for kind, name, aliases in connection.execute(select(T.c.kind, T.c.name, T.c.aliases)):
            for field, term_kind in kinds.items():
                if term_kind == kind:
                    found[field].update([name, *aliases])
        found["reported_by"].update(v for (v,) in connection.execute(select(D.c.outlet).distinct()) if v)
    return {field: sorted(values, key=str.casefold) for field, values in found.items()}


def suggestions_after(found: dict[str, list[str]], changes) -> dict[str, list[str]] | None:
    """What :func:`suggestions` gives after ``changes``, from what it gave before, when
    they only add values (new claims, new documents' outlets): reading every claim's
    values again is a fifth of a second at 500,000 claims. None when a value may have
    gone (a deletion, an edit of one of these fields, a vocabulary change): read again."""
    if (changes.vocabulary_changed or changes.deleted("claim") or changes.deleted("document")
            or changes.changed_fields("claim") & SUGGESTED["claim"]
            or changes.changed_fields("document") & SUGGESTED["document"]):
        return None
    added: dict[str, set[str]] = {field: set() for field in CLAIM_FIELD_KINDS}
    for before, after in changes.images("claim"):
        if before is None and after is not None:
            for field in CLAIM_FIELD_KINDS:
                if after.get(field):
                    added[field].add(after[field])
    for before, after in changes.images("document"):
        if before is None and after is not None and after.get("outlet"):
            added["reported_by"].add(after["outlet"])
    return {field: sorted(set(values) | added[field], key=str.casefold) if added.get(field) else values
            for field, values in found.items()}


# -- conflicts kept by merges -----------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictView:
    """A conflict a merge kept, as a curator reads it."""

    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    kind: str
    source: str
    kept: str
    ours: dict | None
    theirs: dict | None
    base: dict | None
    #: The fields the two versions disagree on (none when one side deleted the record).
    fields: list[str]
    merged_at: datetime
    resolved_at: datetime | None
    resolved_by: str
    resolution: str

    @property
    def title(self) -> str:
        """The record in words, as this project holds it (or as the other did)."""
        from curator.records import in_words

        return in_words(self.table, self.ours or self.theirs or {})

    def side(self, which: str) -> tuple[str, str]:
        """(who, when) made ``which`` version ("ours" or "theirs"); ("", "") if deleted there."""
        image = self.ours if which == "ours" else self.theirs
        return (image.get("author", ""), image.get("updated_at", "")) if image else ("", "")


def conflicts(project: Project, open_only: bool = True) -> list[ConflictView]:
    """The conflicts merges kept, open ones only unless asked, oldest first."""
    from curator.models import Conflict
    from curator.records import conflict_fields

    t = Conflict.__table__
    query = select(t).order_by(t.c.created_at, t.c.id)
    if open_only:
        query = query.where(t.c.resolved_at.is_(None))
    with project.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [ConflictView(row["id"], row["table_name"], row["record_id"], row["kind"], row["source"], row["kept"],
                         row["ours"], row["theirs"], row["base"], conflict_fields(row["ours"], row["theirs"]),
                         row["created_at"], row["resolved_at"], row["resolved_by"], row["resolution"])
            for row in rows]


def conflicted_records(project: Project) -> dict[uuid.UUID, str]:
    """Records with an open conflict → the project it came from (for marking them)."""
    from curator.models import Conflict

    t = Conflict.__table__
    with project.engine.connect() as connection:
        return dict(connection.execute(select(t.c.record_id, t.c.source).where(t.c.resolved_at.is_(None))).all())


# -- history -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HistoryEntry:
    """One change of a record, as the history table keeps it."""

    id: uuid.UUID
    at: datetime
    author: str
    operation: str
    table: str
    record_id: uuid.UUID
    #: insert, update, delete; "conflict": a merge set ``before`` aside and kept ``after``.
    action: str
    before: dict | None
    after: dict | None

    def differences(self) -> list[tuple[str, object, object]]:
        """(field, from, to) for what this change changed (bookkeeping left out)."""
        from curator.records import conflict_fields

        if self.before is None or self.after is None:
            return []
        return [(name, self.before.get(name), self.after.get(name)) for name in conflict_fields(self.before, self.after)]

    @property
    def version(self) -> dict | None:
        """The version of the record this entry holds, to restore: what it became, or
        what a merge set aside."""
        return self.before if self.action in ("conflict", "delete") else self.after


def history(project: Project, record_id: uuid.UUID) -> list[HistoryEntry]:
    """Every change of a record, oldest first; for a claim, also of its evidence."""
    from curator.models import History

    t = History.__table__
    evidence = (t.c.table_name == "evidence") & (
        (func.json_extract(t.c.after, "$.claim_id") == str(record_id))
        | (func.json_extract(t.c.before, "$.claim_id") == str(record_id)))
    query = select(t).where((t.c.record_id == record_id) | evidence).order_by(t.c.at, t.c.id)
    with project.engine.connect() as connection:
        return [HistoryEntry(r["id"], r["at"], r["author"], r["operation"], r["table_name"], r["record_id"],
                             r["action"], r["before"], r["after"])
                for r in connection.execute(query).mappings()]


@dataclass(frozen=True)
class Provenance:
    """Who made a record and when, and the merges that brought or changed it."""

    created_by: str
    created_at: datetime | None
    #: (the merged project's file name, when), oldest first.
    merges: list[tuple[str, datetime]]


def provenance(project: Project, record_id: uuid.UUID) -> Provenance:
    """From the record's history (its index by record: one short query)."""
    from curator.models import History

    t = History.__table__
    query = (select(t.c.action, t.c.author, t.c.at, t.c.operation, t.c.after)
             .where(t.c.record_id == record_id).order_by(t.c.at, t.c.id))
    with project.engine.connect() as connection:
        rows = connection.execute(query).all()
    created = next((r for r in rows if r.action == "insert"), None)
    merges = [(r.operation.removeprefix("Merge ").strip(), r.at) for r in rows
              if r.operation.startswith("Merge ") and r.action in ("insert", "update", "conflict")]
    # A record a merge brought was made by a volunteer: its own first version says who.
    by, at = (created.after or {}).get("author") if created else "", created.at if created else None
    return Provenance(by or (created.author if created else ""), at, list(dict.fromkeys(merges)))
