"""A JSON data file of papers as the YAML list it reads as: a bot's state or archive keyed by
arXiv id ({"2602.06039": {"title": …, "track": "Agents"}}, {"Legal NLP": {"2110.12383": {…}}})
or a list of paper objects, one "- title:" item per object with a title and its fields beside
it, so that the data-file reader takes each object as one paper, whatever the JSON's layout
(minified on one line, or indented)."""

from __future__ import annotations

import json
import re

_ARXIV_KEY = re.compile(r"^\d{4}\.\d{4,5}(?:v\d+)?$")
_DATED = re.compile(r"^((?:19|20)\d\d)(?:-\d\d){0,2}(?:[T ]|$)")
# an object's fields that say it is a paper, beside its title
_PAPER_FIELDS = {"author", "authors", "url", "link", "pdf", "arxiv", "venue", "doi", "journal"}
_YAML_NAME = re.compile(r"[A-Za-z][\w-]{0,40}")  # a key the data-file reader can read
LEAST_RECORDS = 3  # fewer paper objects than this: not a data file of papers


def records_as_yaml(data: object) -> str | None:
    """DATA (a parsed JSON document) as a YAML list of its paper objects; None when it holds
    fewer than LEAST_RECORDS of them."""
    items: list[list[str]] = []
    _collect(data, None, None, items)
    if len(items) < LEAST_RECORDS:
        return None
    return "\n".join(line for item in items for line in item) + "\n"


def _collect(node: object, key: str | None, section: str | None, out: list[list[str]]) -> None:
    if isinstance(node, list):
        for value in node:
            _collect(value, None, section, out)
        return
    if not isinstance(node, dict):
        return
    title = node.get("title")
    if isinstance(title, str) and title.strip():
        # a paper names where it is or who wrote it, or is filed under its id ("themes":
        # [{"title": "…", "summary": "…"}] are a page's own headings, no papers)
        if key is not None or {str(name).lower() for name in node} & _PAPER_FIELDS:
            out.append(_item(node, key, section))
        return
    keyed_by_id = _keyed_by_id(node)
    for name, value in node.items():
        # {"Legal NLP": {"2110.12383": {…}}}: a section's name over its papers keyed by id
        named = _keyed_by_id(value) and not _ARXIV_KEY.match(str(name))
        _collect(value, str(name) if keyed_by_id else None, name if named else section, out)


def _keyed_by_id(node: object) -> bool:
    """Whether NODE is an object whose keys are all arXiv ids ({"2602.06039": {…}, …})."""
    return isinstance(node, dict) and bool(node) and all(_ARXIV_KEY.match(str(k)) for k in node)


def _item(record: dict[str, object], key: str | None, section: str | None) -> list[str]:
    """A paper object as a YAML list item: "- title: …" and its scalar fields."""
    lines = [f"- title: {_quoted(str(record['title']))}"]
    names = {str(name).lower() for name in record}
    for name, value in record.items():
        field = "topic" if str(name).lower() == "track" else str(name)
        if field == "title" or not _YAML_NAME.fullmatch(field):
            continue
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = ", ".join(value)  # "authors": ["A", "B"]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        lines.append(f"  {field}: {_quoted(str(value))}")
    if key is not None and _ARXIV_KEY.match(key) and not names & {"url", "link", "arxiv"}:
        lines.append(f"  arxiv: https://arxiv.org/abs/{key}")  # the id it is filed under
    dated = _DATED.match(str(record.get("date", "")))
    if dated is not None and "year" not in names and (names & _PAPER_FIELDS or key):
        lines.append(f"  year: {dated.group(1)}")
    if section is not None and not names & {"topic", "track"}:
        lines.append(f"  topic: {_quoted(section)}")
    return lines


def _quoted(value: str) -> str:
    """VALUE as a one-line double-quoted YAML scalar."""
    return json.dumps(" ".join(value.split()), ensure_ascii=False)
