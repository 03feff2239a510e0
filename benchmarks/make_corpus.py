"""A realistic synthetic project for benchmarks: N documents in English and Ukrainian,
with spans and claims anchored in their text.

    python benchmarks/make_corpus.py OUT.curator --documents 10000 --claims-per-document 2
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from curator.anchoring import anchor
from curator.normalise import sha256_bytes, sha256_text
from curator.storage import Project

EN_SUBJECTS = ["defenders of Mariupol", "Azovstal garrison", "prisoners of war", "civilians", "marines"]
UK_SUBJECTS = ["захисників Маріуполя", "гарнізону Азовсталі", "військовополонених", "цивільних", "морпіхів"]
EN_FIGURES = ["more than {n:,}", "about {n:,}", "at least {n:,}", "{n:,}", "almost {n:,}"]
UK_FIGURES = ["понад {n}", "близько {n}", "щонайменше {n}", "{n}", "майже {n}"]
EN_SENTENCES = [
    "{fig} {subj} remain in Russian captivity, {who} said on {day}.",
    "According to {who}, {fig} {subj} have been returned home since the exchange.",
    "The headquarters reported that {fig} {subj} were still missing as of {day}.",
    "{who} told journalists that the lists included {fig} {subj}.",
]
UK_SENTENCES = [
    "{fig} {subj} залишаються в російському полоні, заявив {who} {day}.",
    "За словами {who}, додому повернули {fig} {subj}.",
    "Координаційний штаб повідомив, що {fig} {subj} досі вважаються зниклими.",
]
PEOPLE = ["Denys Prokopenko", "Vadym Boichenko", "Andriy Yusov", "Dmytro Lubinets", "Petro Yatsenko"]
FURNITURE = ["Subscribe to our newsletter", "Read also: the latest exchange", "Share this article", "Most popular stories"]


def article(rng: random.Random, index: int, paragraphs: int = 8) -> tuple[str, str, str, date]:
    """(language, title, text, date) of one synthetic article."""
    ukrainian = rng.random() < 0.4
    day = date(2022, 5, 16) + timedelta(days=rng.randrange(1200))
    sentences, figures, subjects = (UK_SENTENCES, UK_FIGURES, UK_SUBJECTS) if ukrainian else (
        EN_SENTENCES, EN_FIGURES, EN_SUBJECTS)
    body = []
    for _ in range(paragraphs):
        body.append(" ".join(
            rng.choice(sentences).format(
                fig=rng.choice(figures).format(n=rng.randrange(50, 3000)), subj=rng.choice(subjects),
                who=rng.choice(PEOPLE), day=day.strftime("%d.%m.%Y") if ukrainian else day.strftime("%B %d"),
            )
            for _ in range(rng.randint(2, 5))
        ))
    title = f"{'Звіт' if ukrainian else 'Report'} {index}: " + body[0].split(",")[0][:80]
    return ("uk" if ukrainian else "en"), title, "\n\n".join([title, *body, rng.choice(FURNITURE)]), day


def make_project(path: Path, documents: int, claims_per_document: int = 2, seed: int = 1) -> Project:
    """Write a fresh project at ``path`` (replacing one that is there)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    project = Project.open(path, create=True, author="benchmark")
    batch = 500
    for first in range(0, documents, batch):
        docs, spans, claims, evidence = [], [], [], []
        with project.write("Benchmark corpus") as writer:
            for index in range(first, min(documents, first + batch)):
                language, title, text, day = article(rng, index)
                raw = text.encode("utf-8")
                docs.append({"title": title, "language": language, "text": text, "text_sha256": sha256_text(text),
                             "original": raw, "original_name": f"article-{index}.txt", "media_type": "text/plain",
                             "original_sha256": sha256_bytes(raw), "published": day, "published_precision": "day"})
            document_ids = writer.insert_many("document", docs)
            for document_id, doc in zip(document_ids, docs, strict=True):
                text = doc["text"]
                for _ in range(claims_per_document):
                    start = rng.randrange(0, len(text) - 60)
                    where = anchor(text, start, start + rng.randint(15, 60))
                    spans.append({"document_id": document_id, "start": where.start, "end": where.end,
                                  "quote": where.quote, "prefix": where.prefix, "suffix": where.suffix})
                    claims.append({"subject": rng.choice(EN_SUBJECTS), "measure": "in captivity",
                                   "value": float(rng.randrange(50, 3000)), "as_of": doc["published"],
                                   "as_of_precision": "day", "attributed_to": rng.choice(PEOPLE)})
            span_ids = writer.insert_many("span", spans)
            claim_ids = writer.insert_many("claim", claims)
            evidence = [{"claim_id": c, "span_id": s} for c, s in zip(claim_ids, span_ids, strict=True)]
            writer.insert_many("evidence", evidence)
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--claims-per-document", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    project = make_project(args.out, args.documents, args.claims_per_document)
    project.close()
    print(f"{args.documents} documents written to {args.out} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
