"""The plotted points of a chart as CSV: what the curator sees, one row per point."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

from curator.exports.fastcsv import number_text
from curator.exports.tabular import guarded
from curator.files import replacing
from curator.series import Point

#: The columns, in order, with how each is read from a point (and the titles of the
#: documents it cites).
POINT_COLUMNS = {
    "claim_id": lambda p, _t: p.claim_id,
    "series": lambda p, _t: guarded(p.series.label),
    "subject": lambda p, _t: guarded(p.series.subject),
    "measure": lambda p, _t: guarded(p.series.measure),
    "value": lambda p, _t: number_text(p.value),
    "qualifier": lambda p, _t: p.qualifier,
    "low": lambda p, _t: number_text(p.low),
    "high": lambda p, _t: number_text(p.high),
    "unit": lambda p, _t: guarded(p.unit),
    "as_of": lambda p, _t: p.as_of.isoformat(),
    "precision": lambda p, _t: p.precision,
    "attributed_to": lambda p, _t: guarded(p.attributed_to),
    "reported_by": lambda p, _t: guarded(p.reported_by),
    "status": lambda p, _t: p.status,
    "documents": lambda p, titles: guarded(" | ".join(titles.get(p.claim_id, ()))),
}


def write_points(path: Path, points: Iterable[Point], titles: Mapping[uuid.UUID, list[str]] | None = None) -> None:
    """The points, by series, date and claim, in a file that is whole or absent;
    ``titles``: the documents each claim cites."""
    titles = titles or {}
    with replacing(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(POINT_COLUMNS)
        for point in sorted(points, key=lambda p: (p.series.label, p.start, str(p.claim_id))):
            writer.writerow([read(point, titles) for read in POINT_COLUMNS.values()])
