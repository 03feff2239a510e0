"""How well Curator suggests claims, against a gold set, and how fast.

    python benchmarks/suggestions.py [--misses]

The gold set (tests/data/suggestions/gold.json) lists, for the five sample articles and
four more written for it (two English, two Ukrainian), every figure a careful curator
would record: its words, value, qualifier, the date it holds for and who said it. Each
text is read as an import reads it (``extract_file``) and suggested without a vocabulary.

- recall: gold figures with a suggestion of the same value, upper value and qualifier
  on overlapping words;
- precision: suggestions that match a gold figure so;
- date and attribution: of the matched ones, those with the gold date and precision,
  and those naming the gold speaker (the same words, in any grammatical case; no
  speaker when the gold has none);
- time: a document of about 1 MB (the gold texts repeated), suggested whole.

Goals (issue #16): recall ≥ 95 %, precision ≥ 60 %, date ≥ 80 %, attribution ≥ 70 %,
1 MB in ≤ 1 s.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from curator.enums import Precision
from curator.importers import extract_file
from curator.suggestions import Suggestion, suggest

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
GOLD = DATA / "suggestions" / "gold.json"
_NOT_NAMES = frozenset(["the", "of", "for", "a", "an", "and", "in", "on", "з", "у", "в", "та", "і"])


@dataclass
class Gold:
    file: str
    start: int
    end: int
    words: str
    value: float
    qualifier: str
    upper: float | None
    as_of: date | None
    precision: Precision | None
    speaker: str


@dataclass
class Score:
    gold: int = 0
    suggested: int = 0
    found: int = 0  # gold figures matched
    right: int = 0  # suggestions that match one
    dated: int = 0
    attributed: int = 0
    missed: list[Gold] = field(default_factory=list)
    wrong: list[Suggestion] = field(default_factory=list)
    wrong_date: list[tuple[Gold, Suggestion]] = field(default_factory=list)
    wrong_speaker: list[tuple[Gold, Suggestion]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.suggested if self.suggested else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dated / self.found if self.found else 1.0

    @property
    def attribution_accuracy(self) -> float:
        return self.attributed / self.found if self.found else 1.0


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", name.lower()) if w not in _NOT_NAMES]


def _same_word(a: str, b: str) -> bool:
    """The same word in any case: "Лубінця" and "Лубінець", "Дмитра" and "Дмитро"."""
    common = len(os.path.commonprefix([a, b]))  # noqa: RUF071 (words, not paths: letter by letter is meant)
    return common >= max(4, min(len(a), len(b)) - 2) or a == b


def same_speaker(gold: str, suggested: str) -> bool:
    """Whether a suggestion names the gold speaker: every word of the shorter name is in
    the longer one ("the headquarters" for "Coordination Headquarters for the Treatment
    of Prisoners of War", "омбудсмана Дмитра Лубінця" for "Дмитро Лубінець")."""
    gold_words, suggested_words = _words(gold), _words(suggested)
    if not gold_words or not suggested_words:
        return not gold_words and not suggested_words
    shorter, longer = sorted((gold_words, suggested_words), key=len)
    return all(any(_same_word(w, v) for v in longer) for w in shorter)


def load(path: Path = GOLD) -> list[tuple[str, str, date | None, Precision | None, list[Gold]]]:
    """(file, text, publication date, its precision, gold figures) for every gold document."""
    documents = []
    for entry in json.loads(path.read_text(encoding="utf-8"))["documents"]:
        _, extracted = extract_file(DATA / entry["file"])
        text = extracted.text
        figures = []
        for figure in entry["figures"]:
            start = -1
            for _ in range(figure.get("occurrence", 0) + 1):
                start = text.index(figure["words"], start + 1)
            figures.append(Gold(
                entry["file"], start, start + len(figure["words"]), figure["words"], figure["value"],
                figure["qualifier"], figure.get("upper"),
                date.fromisoformat(figure["date"]) if figure["date"] else None,
                Precision(figure["precision"]) if figure["precision"] else None, figure["speaker"]))
        documents.append((entry["file"], text, extracted.published, extracted.precision, figures))
    return documents


def _matches(gold: Gold, suggestion: Suggestion) -> bool:
    return (suggestion.start < gold.end and gold.start < suggestion.end
            and abs(suggestion.value - gold.value) < 1e-6 * max(1.0, abs(gold.value))
            and suggestion.qualifier.value == gold.qualifier
            and (suggestion.upper_value or None) == (gold.upper or None))


def evaluate(path: Path = GOLD) -> Score:
    score = Score()
    for _file, text, published, precision, figures in load(path):
        suggestions = suggest(text, published, precision)
        score.gold += len(figures)
        score.suggested += len(suggestions)
        matched: set[int] = set()
        for gold in figures:
            hit = next((i for i, s in enumerate(suggestions) if i not in matched and _matches(gold, s)), None)
            if hit is None:
                score.missed.append(gold)
                continue
            matched.add(hit)
            suggestion = suggestions[hit]
            score.found += 1
            if (suggestion.as_of, suggestion.as_of_precision) == (gold.as_of, gold.precision):
                score.dated += 1
            else:
                score.wrong_date.append((gold, suggestion))
            if same_speaker(gold.speaker, suggestion.attributed_to):
                score.attributed += 1
            else:
                score.wrong_speaker.append((gold, suggestion))
        score.right += len(matched)
        score.wrong += [s for i, s in enumerate(suggestions) if i not in matched]
    return score


def megabyte_document() -> str:
    """About 1 MB of text: the gold documents one after another, again and again."""
    texts = [text for _file, text, *_ in load()]
    document = []
    size = 0
    while size < 1_000_000:
        for text in texts:
            document.append(text)
            size += len(text.encode("utf-8"))
    return "\n\n".join(document)


def main() -> None:
    from benchmarks.machine import describe

    score = evaluate()
    print(f"machine: {describe()}")
    print(f"gold figures: {score.gold} in {len(load())} documents; suggestions: {score.suggested}")
    print(f"recall: {score.recall:.1%} ({score.found}/{score.gold})  goal ≥ 95 %")
    print(f"precision: {score.precision:.1%} ({score.right}/{score.suggested})  goal ≥ 60 %")
    print(f"date: {score.date_accuracy:.1%} ({score.dated}/{score.found})  goal ≥ 80 %")
    print(f"attribution: {score.attribution_accuracy:.1%} ({score.attributed}/{score.found})  goal ≥ 70 %")
    document = megabyte_document()
    times = []
    for _ in range(3):
        began = time.perf_counter()
        found = suggest(document, date(2025, 1, 1), Precision.DAY)
        times.append(time.perf_counter() - began)
    print(f"1 MB document ({len(document.encode('utf-8')) / 1e6:.2f} MB, {len(found)} suggestions): "
          f"median {statistics.median(times):.2f} s, best {min(times):.2f} s  goal ≤ 1 s")
    if "--misses" in sys.argv:
        for gold in score.missed:
            print(f"missed  {gold.file}: {gold.words!r} {gold.value:g} {gold.qualifier}")
        for suggestion in score.wrong:
            print(f"extra   {suggestion.quote!r} {suggestion.value:g} {suggestion.qualifier.value}")
        for gold, suggestion in score.wrong_date:
            print(f"date    {gold.words!r}: {suggestion.as_of} {suggestion.as_of_precision}, gold {gold.as_of} "
                  f"{gold.precision}")
        for gold, suggestion in score.wrong_speaker:
            print(f"speaker {gold.words!r}: {suggestion.attributed_to!r}, gold {gold.speaker!r}")


if __name__ == "__main__":
    main()
