"""The plotted points of a chart as CSV: what the curator sees, one row per point."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from curator.exports.fastcsv import number_text
from curator.exports.tabular import guarded
from curator.files import replacing
from curator.series import Point

#: The columns, in order, with how each is read from a point.
POINT_COLUMNS = {
    "claim_id": lambda p: p.claim_id,
    "subject": lambda p: guarded(p.series.subject),
    "measure": lambda p: guarded(p.series.measure),
    "value": lambda p: number_text(p.value),
    "qualifier": lambda p: p.qualifier,
    "low": lambda p: number_text(p.low),
    "high": lambda p: number_text(p.high),
    "as_of": lambda p: p.as_of.isoformat(),
    "precision": lambda p: p.precision,
    "attributed_to": lambda p: guarded(p.attributed_to),
    "reported_by": lambda p: guarded(p.reported_by),
    "status": lambda p: p.status,
}


def write_points(path: Path, points: Iterable[Point]) -> None:
    """The points, by series, date and claim, in a file that is whole or absent."""
    with replacing(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(POINT_COLUMNS)
        for point in sorted(points, key=lambda p: (p.series.label, p.start, str(p.claim_id))):
            writer.writerow([read(point) for read in POINT_COLUMNS.values()])
