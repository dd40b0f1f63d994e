"""A JSON data file of papers as the YAML list it reads as: a bot's state or archive keyed by
arXiv id ({"2602.06039": {"title": …, "track": "Agents"}}, {"Legal NLP": {"2110.12383": {…}}})
or a list of paper objects, one "- title:" item per object with a title and its fields beside
it, so that the data-file reader takes each object as one paper, whatever the JSON's layout
(minified on one line, or indented)."""

from __future__ import annotations

import json
import re

_ARXIV_KEY = re.compile(r"^\d{4}\.\d{4,5}(?:v\d+)?$")
_ARXIV_LED = re.compile(r"^(\d\d(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?[_ -]")
_CODE_HOST = re.compile(r"https?://(?:www\.)?(?:github\.com|gitlab\.com)/[\w.-]+/[\w.-]+")
_REPOSITORY = re.compile(r"[\w.-]{1,60}/[\w.-]{1,100}")
_YEAR_LED = re.compile(r"^((?:19|20)\d\d)(?:-\d\d){0,2}\s*/\s*(\S.*)$")  # "2025 / arXiv"
_DATED = re.compile(r"^((?:19|20)\d\d)(?:-\d\d){0,2}(?:[T ]|$)")
# an object's fields that say it is a paper, beside its title
_PAPER_FIELDS = {"author", "authors", "url", "link", "pdf", "arxiv", "venue", "doi", "journal"}
_HONOUR_KEYS = {"label", "award", "honor", "honour", "badge"}  # an honour names its venue
# fields a data file names its own way, under the names the data-file reader knows
# the fields that say an object named by its "name" is a paper, not a person or a tag
_PLACED_FIELDS = (_PAPER_FIELDS - {"author", "authors"}) | {"year"}
_RENAMED = {
    "track": "topic",
    "section": "topic",  # a session's papers exported with their session's name
    "paper_arxiv_id": "arxiv",
    "translation_title": "translation",
    "translated_title": "translation",
    "title_translation": "translation",
    "title_zh": "translation",
    "zh_title": "translation",
    "arxiv_page_url": "arxiv",
    "arxiv_url": "arxiv",
    "github_links": "code",
    "code_links": "code",  # ["https://github.com/…"]: the first of them
    "paper_url": "url",
    "paper_link": "url",
    "pdf_url": "pdf",
    "github_url": "code",
    "code_url": "code",
    "container-title": "venue",  # CSL JSON's (Zotero's, pandoc's) name for where it appeared
    "categories": "topics",
    "subjects": "topics",  # arXiv's name for them
    "query_venue": "venue",  # a checker's record: the venue it was asked about
    "yearvenue": "venue",  # "2025 / arXiv": the venue reader takes the year from it too
    "venueyear": "venue",
}
# how a list of strings is joined: topics by ";", names by " and " (BibTeX's, so that a name
# of initials, "J. Brank", is never read as a surname and its given names)
_JOINERS = dict.fromkeys(("topics", "tags", "keywords", "subjects"), "; ") | dict.fromkeys(
    ("author", "authors"), " and "
)
_FIRST_OF = {"venues": "venue", "years": "year"}  # a list of them: the paper's own, first
# a list's own name, no section's ("papers": […], "items": […])
_LIST_NAMES = {
    "papers",
    "paper",
    "items",
    "data",
    "results",
    "entries",
    "list",
    "records",
    "publications",
    "articles",
    "references",
    "works",
    "posts",
    "docs",
    "documents",
    "hits",
    "rows",
    "readings",
}
# a paper's title under another name, where an object has no "title"
_OTHER_TITLES = ("normalized_title", "paper_title", "paper_name", "title_en", "english_title")
_ID_MAPS = {"externalids", "external_ids", "ids", "identifiers"}  # an object's map of its ids
_LINK_MAPS = {"links", "urls", "link"}  # an object's map of its addresses by name
_YAML_NAME = re.compile(r"[A-Za-z][\w-]{0,40}")  # a key the data-file reader can read
LEAST_RECORDS = 3  # fewer paper objects than this: not a data file of papers
MAX_DEPTH = 40  # levels of a JSON document read for paper objects, at most


def records_as_yaml(data: object) -> str | None:
    """DATA (a parsed JSON document) as a YAML list of its paper objects; None when it holds
    fewer than LEAST_RECORDS of them."""
    items: list[list[str]] = []
    _collect(data, None, None, items)
    if len(items) < LEAST_RECORDS:
        return None
    if isinstance(data, dict):
        # {"conference": "ICLR", "year": 2021, "results": [{…}, …]}: where and when they all are
        for name, field in (("conference", "venue"), ("venue", "venue"), ("year", "year")):
            value = data.get(name)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
                for item in items:
                    if not any(line.startswith(f"  {field}:") for line in item):
                        item.append(f"  {field}: {_quoted(str(value))}")
    return "\n".join(line for item in items for line in item) + "\n"


def _collect(
    node: object, key: str | None, section: str | None, out: list[list[str]], depth: int = 0
) -> None:
    if depth > MAX_DEPTH:
        return  # (no data file nests its papers this deep)
    if isinstance(node, list):
        for value in node:
            _collect(value, None, section, out, depth + 1)
        return
    if not isinstance(node, dict):
        return
    title = node.get("title")
    other = next((name for name in _OTHER_TITLES if isinstance(node.get(name), str)), None)
    if title is None and other is not None:
        # {"normalized_title": "…", "updates": {"venue": …}}: the title under a name of its own
        node = {"title": node[other]} | {k: v for k, v in node.items() if k != other}
        title = node["title"]
    if title is None and isinstance(node.get("name"), str) and set(node) & _PLACED_FIELDS:
        node = {"title": node["name"]} | {k: v for k, v in node.items() if k != "name"}
        title = node["title"]  # {"venue": "arXiv 2023", "name": "Title", "link": …}
    same = (
        next((v for v in node.values() if isinstance(v, dict) and v.get("title") == title), None)
        if isinstance(title, str)
        else None
    )
    if same is not None:
        # {"title": T, "paper_url": …, "details": {"title": T, "arxiv_page_url": …}}: one
        # paper, its details beside its own fields
        node = {k: v for k, v in same.items() if not isinstance(v, dict)} | {
            k: v for k, v in node.items() if not isinstance(v, dict)
        }
    placed = bool(_fields(node) & _PAPER_FIELDS)  # where it is or who wrote it, named
    if isinstance(title, str) and not placed:
        node, placed = _session_papers(node, title)
    details = (
        [v for v in node.values() if isinstance(v, dict) and _fields(v) & _PAPER_FIELDS]
        if isinstance(title, str) and not placed
        else []
    )
    if len(details) == 1:
        # {"title": T, "updates": {"venue": …, "doi": …}}: the paper's fields one level down
        node = {k: v for k, v in details[0].items() if k != "title"} | {
            k: v for k, v in node.items() if v is not details[0]
        }
        placed = True
    if isinstance(title, str) and title.strip():
        # a paper names where it is or who wrote it, or is filed under its id ("themes":
        # [{"title": "…", "summary": "…"}] are a page's own headings, no papers)
        if key is not None or placed:
            out.append(_item(node, key, section))
            return
        # {"title": "Week of 2026-06-28", "papers": [{…}, …]}: a section's name over its papers
        section = " ".join(title.split())
    inner = [v for v in node.values() if isinstance(v, dict) and isinstance(v.get("title"), str)]
    listing = any(
        isinstance(v, list) and any(isinstance(x, dict) for x in v) for v in node.values()
    )
    if len(inner) == 1 and not listing:
        # ({"citingPaperInfo": {"title": …}, "data": [{…}, …]}: a paper beside a list of others,
        # each read on its own below)
        # {"paper": {"title": …, "authors": […]}, "translation_title": …}: the paper, with
        # what its wrapper says of it beside its own fields
        merged = {k: v for k, v in node.items() if not isinstance(v, dict)} | inner[0]
        _collect(merged, key, section, out, depth + 1)
        return
    keyed_by_id = _keyed_by_id(node)
    for name, value in node.items():
        # {"Legal NLP": {"2110.12383": {…}}}: a section's name over its papers keyed by id;
        # {"Robustness": [{"title": …}, …]}: over its list of them
        named = (_keyed_by_id(value) and not _ARXIV_KEY.match(str(name))) or (
            _titled_list(value) and str(name).lower() not in _LIST_NAMES
        )
        _collect(
            value, str(name) if keyed_by_id else None, name if named else section, out, depth + 1
        )


def _session_papers(node: dict[str, object], title: str) -> tuple[dict[str, object], bool]:
    """A reading group's session NODE ({"title": "Library learning", "links": [{"text":
    "Paper 1: Title", "url": …}]}) with its links' papers as its "papers"; or, where its links
    only cite it ("Grant & Potts (2026)"), as the paper it is, at its first link's address
    (True then: a paper, placed)."""
    links = node.get("links")
    if not isinstance(links, list) or not links:
        return node, False
    papers: list[dict[str, object]] = []
    cited: list[dict[str, object]] = []
    for link in links:
        text = link.get("text") if isinstance(link, dict) else None
        url = (link.get("url") or link.get("href")) if isinstance(link, dict) else None
        if not isinstance(text, str) or not isinstance(url, str) or not url.startswith("http"):
            return node, False  # {"label": "Code", …}: the paper's own addresses
        text = _PAPER_LABEL.sub("", " ".join(text.split()))
        citation = _CITATION.fullmatch(text)
        if citation is not None or text.lower() == " ".join(title.split()).lower():
            cited.append({"url": url} | (_cited(*citation.groups()) if citation else {}))
        elif len(text.split()) >= PAPER_LINK_WORDS:
            after = _CITATION_AFTER.search(text)
            if after is not None and after.start() >= PAPER_LINK_WORDS * 3:
                papers.append(
                    {"title": text[: after.start()], "url": url} | _cited(*after.groups())
                )
            else:
                papers.append({"title": text, "url": url})
        else:
            return node, False  # "Slides": a link to the session's own material
    rest = {k: v for k, v in node.items() if k != "links"}
    if papers:
        return rest | {"papers": papers}, False
    return rest | cited[0], True


PAPER_LINK_WORDS = 3  # words, at least, of a link's text that names a paper
# "Paper 1: ", "Bonus Paper: ", "Optional Paper 2: ": a session's label for a reading
_PAPER_LABEL = re.compile(
    r"^(?:(?:bonus|optional|adjacent|extra|main|background)\s+)?papers?\s*\d{0,2}\s*[:：]\s*",
    re.IGNORECASE,
)
# "Effenberger, Carvalho, & Singer", "Poli, et al.": who wrote a paper, by surname
_CITED_NAMES = (
    r"[A-Z][\w'’\-]+(?:(?:\s*,\s*|\s*,?\s*(?:&|and)\s+)[A-Z][\w'’\-]+){0,9}(?:,?\s+et\s+al\.?)?"
)
# "Effenberger, Carvalho, & Singer (2025)", "Kinney & Lombrozo(2024)": a citation alone
_CITATION = re.compile(rf"({_CITED_NAMES}),?\s*\(\s*((?:19|20)\d\d)\s*\)")
# "Title (Im, Shirahatti, & Isik, 2025)": a title with its citation after it
_CITATION_AFTER = re.compile(rf"\s*\(({_CITED_NAMES}),?\s+((?:19|20)\d\d)[a-z]?\)$")
_CITED_SEPARATOR = re.compile(r"\s*,\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+|,?\s+et\s+al\.?$")


def _cited(names: str, year: str) -> dict[str, object]:
    """The fields a citation gives: the surnames ("Grant & Potts") and the year."""
    authors = [name for name in _CITED_SEPARATOR.split(names) if name]
    return {"authors": authors, "year": year} if authors else {"year": year}


def _fields(node: dict[str, object]) -> set[str]:
    """NODE's field names, as the data-file reader knows them."""
    return {_RENAMED.get(str(name).lower(), str(name).lower()) for name in node}


def _titled_list(node: object) -> bool:
    """Whether NODE is a list of objects with titles ([{"title": …}, …])."""
    return (
        isinstance(node, list)
        and bool(node)
        and all(isinstance(v, dict) and isinstance(v.get("title"), str) for v in node)
    )


def _keyed_by_id(node: object) -> bool:
    """Whether NODE is an object whose keys are all arXiv ids ({"2602.06039": {…}, …})."""
    return isinstance(node, dict) and bool(node) and all(_ARXIV_KEY.match(str(k)) for k in node)


def _item(record: dict[str, object], key: str | None, section: str | None) -> list[str]:
    """A paper object as a YAML list item: "- title: …" and its scalar fields."""
    from papercli.importers.digest.fields import venue_year

    lines = [f"- title: {_quoted(str(record['title']))}"]
    names = {str(name).lower() for name in record}
    base = record.get("base_url")
    if isinstance(base, str) and base.startswith("http"):
        # "base_url": "https://openaccess.thecvf.com/content/WACV2024", "title_page": "/html/…":
        # the paper's page and PDF as paths under one address
        paths = [v for v in record.values() if isinstance(v, str) and v.startswith("/")]
        for name, ends in (("url", False), ("pdf", True)):
            path = next((p for p in paths if p.lower().endswith(".pdf") is ends), None)
            if path is not None and name not in names:
                lines.append(f"  {name}: {_quoted(base.rstrip('/') + path)}")
                names.add(name)
    for name, value in record.items():
        field = _RENAMED.get(str(name).lower(), str(name))
        if field == "title" or not _YAML_NAME.fullmatch(field):
            continue
        if (
            isinstance(value, list)
            and value
            and field.lower() in _LINK_MAPS
            and all(isinstance(v, dict) for v in value)
        ):
            # "links": [{"label": "Code", "url": "https://github.com/…"}]: each address by its label
            labelled = (_label_and_url(v) for v in value)
            lines += [f"  {label}: {_quoted(url)}" for label, url in labelled if label]
            continue
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            value = _names(value)  # "authors": [{"name": "A"}, {"given": "B", "family": "C"}]
        if isinstance(value, dict) and field.lower() in _ID_MAPS:
            # "externalIds": {"ArXiv": "2505.20633", "DOI": "10.48550/…"}: its identifiers
            ids = {str(k).lower(): v for k, v in value.items() if isinstance(v, str) and v}
            lines += [f"  {name}: {_quoted(ids[name])}" for name in ("arxiv", "doi") if name in ids]
            continue
        if isinstance(value, dict) and field.lower() in _LINK_MAPS:
            # "links": {"paper": "https://arxiv.org/abs/…", "code": ""}: each address by its name
            lines += [
                f"  {name}: {_quoted(url)}"
                for name, url in value.items()
                if isinstance(url, str) and url.startswith("http") and _YAML_NAME.fullmatch(name)
            ]
            continue
        if field.lower() in _FIRST_OF and isinstance(value, list) and value:
            # "venues": ["Biometrika", "arXiv"], "years": ["2018", "2017"]: where and when it
            # appeared first, then its preprint
            field, value = _FIRST_OF[field.lower()], value[0]
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            # "authors": ["A", "B"]; "categories": ["causal", "structured"], one topic each
            value = _JOINERS.get(field.lower(), ", ").join(value)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        if field.lower() == "source" and _CODE_HOST.match(str(value)):
            field = "code"  # "source": "https://github.com/…": the paper's code
        if field.lower() in ("github", "gitlab") and _REPOSITORY.fullmatch(str(value)):
            # "github": "bentherien/point-cloud-reid": the repository by its owner and name
            value = f"https://{field.lower()}.com/{value}"
        led = _YEAR_LED.match(str(value)) if field == "venue" else None
        if led is not None:  # "yearVenue": "2025 / arXiv"
            value = led.group(2)
            if "year" not in names:
                lines.append(f"  year: {led.group(1)}")
                names.add("year")
        lines.append(f"  {field}: {_quoted(str(value))}")
    for name in _HONOUR_KEYS & names:
        # "label": "CVPR 2025 Best Paper Honorable Mention": where and when it appeared
        venue, year = venue_year(str(record.get(name) or record.get(name.title()) or ""))
        if venue is not None and not names & {"venue", "conference", "booktitle", "journal"}:
            lines.append(f"  venue: {_quoted(venue)}")
            names.add("venue")
        if year is not None and "year" not in names:
            lines.append(f"  year: {year}")
            names.add("year")
    if key is None and _ARXIV_KEY.match(str(record.get("id", ""))):
        key = str(record["id"])  # {"id": "2502.07346", "title": …}: its own arXiv id
    for name in ("id", "file") if key is None else ():
        # {"id": "2310.14566_HallusionBench-CVPR24", "file": "2310.14566_….pdf"}: a reading
        # list's own name of the paper, its arXiv id first
        led = _ARXIV_LED.match(str(record.get(name, "")))
        if led is not None:
            key = led.group(1)
            break
    if key is not None and _ARXIV_KEY.match(key) and not names & {"url", "link", "arxiv"}:
        lines.append(f"  arxiv: https://arxiv.org/abs/{key}")  # the id it is filed under
    issued = _issued_year(record.get("issued"))
    if issued is not None and "year" not in names:
        lines.append(f"  year: {issued}")  # CSL JSON's "issued": {"date-parts": [[1998]]}
        names.add("year")
    dated = _DATED.match(str(record.get("date", "")))
    if dated is not None and "year" not in names and (names & _PAPER_FIELDS or key):
        lines.append(f"  year: {dated.group(1)}")
    if section is not None and not names & {"topic", "track"}:
        lines.append(f"  topic: {_quoted(section)}")
    return lines


def _label_and_url(link: dict[str, object]) -> tuple[str, str]:
    """A link object's label, as a field's name, and its address ({"label": "arXiv", "url":
    …}); ("", "") when it has no label the data-file reader can read or no address."""
    label = next((link[k] for k in ("label", "name", "type", "title") if k in link), None)
    url = link.get("url") or link.get("href")
    if not isinstance(label, str) or not isinstance(url, str) or not url.startswith("http"):
        return "", ""
    name = label.strip().lower().replace(" ", "_")
    return (name, url) if _YAML_NAME.fullmatch(name) else ("", "")


def _issued_year(issued: object) -> int | None:
    """The year of a CSL JSON date ({"date-parts": [[1998, 4]]}), or None."""
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    first = parts[0] if isinstance(parts, list) and parts else None
    year = first[0] if isinstance(first, list) and first else None
    if isinstance(year, str) and year.isdigit():
        year = int(year)
    return year if isinstance(year, int) and 1000 <= year <= 2999 else None


def _names(people: list[object]) -> list[str]:
    """The names of a list of person objects ({"name": …}, {"given": …, "family": …})."""
    out: list[str] = []
    for person in people:
        if not isinstance(person, dict):
            continue
        name = person.get("name")
        if not isinstance(name, str):
            parts = [person.get("given"), person.get("family")]
            name = " ".join(p for p in parts if isinstance(p, str))
        if name.strip():
            out.append(name.strip())
    return out


def _quoted(value: str) -> str:
    """VALUE as a one-line double-quoted YAML scalar."""
    return json.dumps(" ".join(value.split()), ensure_ascii=False)
