"""Markdown as the text a reader sees: headings, emphasis, links and lists rendered to
plain text (markdown-it-py, CommonMark with tables), the original kept as always."""

from __future__ import annotations

from dataclasses import dataclass

#: Inline tokens whose own text is what a reader sees.
_TEXT = {"text", "code_inline"}
_BREAKS = {"softbreak", "hardbreak"}


@dataclass
class Rendered:
    text: str
    #: The first top-level heading (else the first heading of any level), or "".
    title: str


def render(source: str) -> Rendered:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks: list[tuple[str, int]] = []  # (text, its list or table: lines of one are kept together; 0: none)
    group = 0
    lists: list[list] = []  # [marker, number] of each open list
    prefix = ""
    headings: list[tuple[int, str]] = []
    heading_level = 0
    cells: list[str] | None = None
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open", "table_open") and not lists:
            group += 1
        if kind == "bullet_list_open":
            lists.append(["•", 0])
        elif kind == "ordered_list_open":
            lists.append(["", int(token.attrGet("start") or 1) - 1])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            marker = lists[-1]
            marker[1] += 1
            prefix = "  " * (len(lists) - 1) + (f"{marker[0]} " if marker[0] else f"{marker[1]}. ")
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close" and cells is not None:
            blocks.append(("\t".join(cells), group))
            cells = None
        elif kind == "inline":
            text = _inline(token.children or [])
            if cells is not None:
                cells.append(text)
                continue
            if heading_level:
                headings.append((heading_level, text))
                heading_level = 0
            blocks.append((prefix + text, group if lists else 0))
            prefix = ""
        elif kind in ("fence", "code_block", "html_block"):
            blocks.append((token.content.rstrip("\n"), 0))
    text = ""
    for n, (block, grouped) in enumerate(blocks):
        if n:
            text += "\n" if grouped and grouped == blocks[n - 1][1] else "\n\n"
        text += block
    first = min(headings, key=lambda h: h[0])[1] if headings else ""
    title = next((t for level, t in headings if level == 1), first)
    return Rendered(text + "\n" if text else "", title)


def _inline(children) -> str:
    out = []
    for child in children:
        if child.type in _TEXT:
            out.append(child.content)
        elif child.type in _BREAKS:
            out.append("\n")
        elif child.type == "image":  # its description, as a reader without the picture gets it
            out.append(_inline(child.children or []))
    return "".join(out)
