"""An RSS or Atom feed as the markdown page it stands for: the channel's title as the page's
heading, and each item as a section headed by its title, with its link, its authors and its
description (HTML escaped inside the XML, or in CDATA) as markdown below. A bot's feed of
papers then reads as a page of papers headed by their titles, and a podcast's feed of episodes
as sections named by the episode, over the papers its description lists."""

from __future__ import annotations

import html
import re

_FEED_START = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)
_ITEM = re.compile(r"<(?:item|entry)\b[^<>]{0,1000}>", re.I)
_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,1000}>")
_ATOM_LINK = re.compile(r"<link\b[^<>]{0,500}?\bhref=[\"']([^\"'<>]{1,2000})[\"']", re.I)
_AUTHOR = re.compile(
    r"<(?:dc:creator|author)\b[^<>]{0,500}>\s*(?:<name>)?([^<>]{1,500})</(?:name|dc:creator)>", re.I
)
_QUOTED = re.compile(r"'([^'\n]*)'|\"([^\"\n]*)\"")
_ONE_QUOTED = r"(?:'[^'\n]{0,200}'|\"[^\"\n]{0,200}\")"
_LIST_LITERAL = re.compile(rf"(?<=: )\[({_ONE_QUOTED}(?:, ?{_ONE_QUOTED}){{0,100}})\]")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+)$", re.M)
LEAST_ITEMS = 2  # a feed with fewer items is read as the markup it is


def _field(chunk: str, *tags: str) -> str:
    """The text of the first of TAGS in CHUNK, its CDATA and entities read; "" if none."""
    lowered = chunk.lower()
    for tag in tags:
        opening = re.search(rf"<{tag}\b[^<>]{{0,1000}}>", lowered)
        if opening is None:
            continue
        end = lowered.find(f"</{tag}>", opening.end())
        if end >= 0:
            return _text(chunk[opening.end() : end])
    return ""


def _text(value: str) -> str:
    """VALUE's CDATA sections escaped as the markup around them is, then all of it unescaped."""
    parts = value.split("<![CDATA[")
    for k in range(1, len(parts)):
        inside, closed, after = parts[k].partition("]]>")
        parts[k] = html.escape(inside, quote=False) + after if closed else parts[k]
    return html.unescape("".join(parts)).strip()


def feed_as_markdown(text: str) -> str | None:
    """TEXT as markdown when it is an RSS or Atom feed of LEAST_ITEMS items or more; else None."""
    if _FEED_START.match(text, 0, 4000) is None:
        return None
    starts = [m.start() for m in _ITEM.finditer(text)]
    if len(starts) < LEAST_ITEMS:
        return None
    from papercli.importers.digest.blocks import html_to_markdown

    channel = _field(text[: starts[0]], "title")
    parts = [f"# {_one_line(channel)}"] if channel else []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        chunk = text[start:end]
        title = _one_line(_field(chunk, "title"))
        link = _field(chunk, "link")
        if not link:
            atom = _ATOM_LINK.search(chunk)
            link = html.unescape(atom.group(1)) if atom is not None else ""
        authors = [_one_line(_text(a)) for a in _AUTHOR.findall(chunk)]
        about = _field(chunk, "content:encoded", "description", "summary", "content")
        if _TAG.search(about):
            # its own headings ("<h3>Summary</h3>") are parts of the item, not sections
            about = _HEADING.sub(r"\1:", html_to_markdown(about))
        # "Authors: ['A', 'B']": a bot's list written as the Python list it printed
        about = _LIST_LITERAL.sub(_listed, about)
        section = [f"## {title}"] if title else []
        section += [link] if link.startswith(("http://", "https://")) else []
        section += [f"Authors: {', '.join(a for a in authors if a)}"] if any(authors) else []
        section += [about] if about else []
        parts.append("\n\n".join(section))
    return "\n\n".join(part for part in parts if part) + "\n"


def _listed(literal: re.Match[str]) -> str:
    return ", ".join(single or double for single, double in _QUOTED.findall(literal.group(1)))


def _one_line(value: str) -> str:
    return " ".join(_TAG.sub(" ", value).split())


_CALENDAR_START = re.compile(r"\s*BEGIN:VCALENDAR\r?\n")
_FOLD = re.compile(r"\r?\n[ \t]")
_CONTENT_LINE = re.compile(r"([A-Za-z-]{1,60})(?:;[^:\n]{0,500})?:(.*)")
_CALENDAR_ESCAPE = re.compile(r"\\([\\;,nN])")


def calendar_as_markdown(text: str) -> str | None:
    """TEXT as markdown when it is an iCalendar file (a talks list's .ics export): the
    calendar's name as the page's heading, and each event as a section headed by its summary,
    with its address and its description below; else None. Folded lines are joined and the
    values' escapes read (RFC 5545)."""
    if _CALENDAR_START.match(text, 0, 200) is None:
        return None
    head: dict[str, str] = {}
    events: list[dict[str, str]] = []
    fields = head
    for line in _FOLD.sub("", text).split("\n"):
        line = line.rstrip("\r")
        if line == "BEGIN:VEVENT":
            events.append({})
            fields = events[-1]
        elif line == "END:VEVENT":
            fields = {}  # (what follows an event, before the next, is no one's)
        else:
            _calendar_field(fields, line)
    if not events:
        return None
    parts = [f"# {head['X-WR-CALNAME']}"] if head.get("X-WR-CALNAME") else []
    for event in events:
        section = [f"## {_one_line(event['SUMMARY'])}"] if event.get("SUMMARY") else []
        if event.get("URL", "").startswith(("http://", "https://")):
            section.append(event["URL"])
        if event.get("DESCRIPTION"):
            section.append(_soft_breaks_joined(event["DESCRIPTION"]))
        parts.append("\n\n".join(section))
    return "\n\n".join(part for part in parts if part) + "\n"


def _calendar_field(fields: dict[str, str], line: str) -> None:
    """The property content LINE names put in FIELDS, its escapes read, unless FIELDS has it."""
    match = _CONTENT_LINE.fullmatch(line)
    if match is not None:
        name, value = match.group(1).upper(), match.group(2)
        fields.setdefault(name, _CALENDAR_ESCAPE.sub(_calendar_escape, value))


def _calendar_escape(match: re.Match[str]) -> str:
    return "\n" if match.group(1) in "nN" else match.group(1)


def _soft_breaks_joined(description: str) -> str:
    """DESCRIPTION with its lone line breaks read as spaces when blank lines part its
    paragraphs: a break inside one is where its writer's editor wrapped it."""
    if "\n\n" not in description:
        return description
    return "\n\n".join(" ".join(part.split("\n")) for part in description.split("\n\n"))
