"""``import URL``: fetch a web page and turn its main content into text the digest importer reads.

Main-content extraction uses only the standard library's ``html.parser``: the page becomes a
small tree; navigation, headers and footers, sidebars, ads, share bars, "related" boxes and
comment threads are dropped (by element and by class/id/role words); the main element is
<main>, role=main, a single <article>, a content-named container, or else the body; it is
written out as Markdown-ish text (headings as #, nested list items as - or 1., links as
[text](absolute href), bold as **...**, table rows as | cell | cell |, <hr> as ---). Newlines
inside a block stay line breaks, so a page a Markdown renderer made from a digest (soft line
breaks are newline characters, not <br>) reads like the saved Markdown.

Special pages: GitHub file pages are fetched as raw text (``PAPERCLI_GITHUB_RAW`` overrides
the raw host), arXiv listing pages become one line per paper, arXiv abstract pages and
Hugging Face paper pages one line for their paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from papercli.errors import FetchError, ImportFormatError

GITHUB_RAW_ENV = "PAPERCLI_GITHUB_RAW"
DEFAULT_GITHUB_RAW = "https://raw.githubusercontent.com"
PAGE_ACCEPT = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.5"
MAX_DEPTH = 150  # deeper markup is flattened: the writer recurses


def _words(text: str) -> list[str]:
    return text.split()


VOID = frozenset(_words("area base br col embed hr img input link meta param source track wbr"))
DROPPED = frozenset(
    _words(
        "script style noscript template svg iframe form button select textarea nav aside footer"
        " object canvas dialog menu"
    )
)
BLOCKS = frozenset(
    _words(
        "p div section article main header blockquote figure figcaption dl dt dd table tbody"
        " thead tfoot pre address details summary center body html"
    )
)
PARAGRAPHS = frozenset({"p", "blockquote", "table", "section", "article"})
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|footer|comments?|related|share|sharing|"
    r"social|advert\w*|ads?|ad-?slot|sponsor\w*|promo\w*|cookie\w*|breadcrumbs?|subscribe|"
    r"newsletter-signup|recommend\w*|popular|widget|banner|login|signup|pagination|toolbar|"
    r"disqus|masthead|site-header|skip-link)(?:$|[\s_-])",
    re.IGNORECASE,
)
BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
CONTENT_NAMES = re.compile(
    r"(?:^|[\s_-])(?:content|post|entry|article|main|markdown-body|readme|story)(?:$|[\s_-])",
    re.IGNORECASE,
)
ARXIV_ID = re.compile(r"(\d{4}\.\d{4,5})(?:v\d+)?$")


@dataclass(eq=False, repr=False)  # identity, not a recursive walk through parent links
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def find_all(self, predicate: object) -> list[Node]:
        found: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if callable(predicate) and predicate(node):
                found.append(node)
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))
        return found

    def raw_text(self) -> str:
        """All the text below this node, in document order, white space as it stands."""
        parts: list[str] = []
        stack: list[Node | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
            else:
                stack.extend(reversed(item.children))
        return "".join(parts)

    def text(self) -> str:
        """The text below this node, white space folded."""
        return " ".join(self.raw_text().split())


class _TreeBuilder(HTMLParser):
    """A forgiving HTML-to-tree parser (unclosed <p> and <li> close themselves)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("li", "dt", "dd"):
            self._close_open(tag, stop=("ul", "ol", "dl"))
        elif tag == "p" or tag in BLOCKS or tag in HEADINGS:
            self._close_open("p", stop=("div", "section", "article", "td", "li", "blockquote"))
        elif tag in ("tr", "td", "th"):
            self._close_open(tag, stop=("table",) if tag == "tr" else ("tr", "table"))
        if len(self.stack) >= MAX_DEPTH:  # flatten: the new element becomes a sibling
            self.stack.pop()
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)

    def _close_open(self, tag: str, stop: tuple[str, ...]) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            name = self.stack[depth].tag
            if name == tag:
                del self.stack[depth:]
                return
            if name in stop:
                return

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def _is_boilerplate(node: Node) -> bool:
    if node.tag in DROPPED:
        return True
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", attrs.get("style", ""), re.IGNORECASE):
        return True
    if node.tag in ("main", "article", "body", "html") or attrs.get("role") == "main":
        return False
    if attrs.get("role", "").lower() in BOILERPLATE_ROLES:
        return True
    if node.tag == "header" and not _inside(node, ("article", "main")):
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    return bool(BOILERPLATE.search(names)) and not CONTENT_NAMES.search(attrs.get("id", ""))


def _inside(node: Node, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _prune(node: Node) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        kept: list[Node | str] = []
        for child in current.children:
            if isinstance(child, Node):
                if _is_boilerplate(child):
                    continue
                stack.append(child)
            kept.append(child)
        current.children = kept


def main_content(root: Node) -> Node:
    """The element holding the page's main content, boilerplate removed."""
    _prune(root)
    mains = root.find_all(lambda n: n.tag == "main" or n.attrs.get("role") == "main")
    if mains:
        return max(mains, key=lambda n: len(n.text()))
    articles = root.find_all(lambda n: n.tag == "article")
    if len(articles) == 1:
        return articles[0]
    named = root.find_all(
        lambda n: (
            n.tag in ("div", "section")
            and CONTENT_NAMES.search(f"{n.attrs.get('class', '')} {n.attrs.get('id', '')}")
        )
    )
    total = len(root.text()) or 1
    big = [n for n in named if len(n.text()) > 0.3 * total]
    if big:
        return max(big, key=lambda n: len(n.text()))
    bodies = root.find_all(lambda n: n.tag == "body")
    return bodies[0] if bodies else root


class _Writer:
    """Markdown-ish text from a tree.

    Newlines inside a block element stay line breaks: a Markdown renderer turns the saved
    text's soft line breaks into newline characters inside <p> or <li> (no <br>), and a
    digest's entries rely on that line structure (title, then authors, then links). Browsers
    collapse them for display; the importer must not. A list item's continuation lines are
    indented under its marker, as in the Markdown.
    """

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.lines: list[str] = []
        self.current: list[str] = []
        self.marker = ""  # a list marker waiting for the item's first line of text
        self.indent = ""  # the continuation indent of the list item being written

    def block_break(self) -> None:
        for piece in "".join(self.current).split("\n"):
            line = " ".join(piece.split())
            if not line:
                continue
            if self.marker:
                self.lines.append(self.marker + line)
                self.marker = ""
            else:
                self.lines.append(self.indent + line)
        self.current = []

    def blank(self) -> None:
        self.block_break()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def write(self, node: Node, depth: int = 0, list_depth: int = 0) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.current.append(child)
                continue
            self._element(child, depth, list_depth)

    def _item(self, node: Node, marker: str, depth: int, list_depth: int) -> None:
        self.block_break()
        self.marker = "  " * list_depth + marker + " "
        outer = self.indent
        self.indent = " " * len(self.marker)
        self.write(node, depth + 1, list_depth + 1)
        self.block_break()
        if self.marker:  # an item without text
            self.lines.append(self.marker.rstrip())
            self.marker = ""
        self.indent = outer

    def _element(self, node: Node, depth: int, list_depth: int) -> None:
        tag = node.tag
        if depth > MAX_DEPTH:
            return
        if tag in HEADINGS:
            self.blank()
            self.current.append("#" * HEADINGS[tag] + " " + self._inline(node))
            self.blank()
        elif tag in ("ul", "ol"):
            self.block_break()
            number = _start(node)
            for child in node.children:
                if isinstance(child, Node) and child.tag == "li":
                    self._item(child, f"{number}." if tag == "ol" else "-", depth, list_depth)
                    number += 1
                elif isinstance(child, Node):
                    self._element(child, depth + 1, list_depth)
            if list_depth == 0:
                self.blank()
        elif tag == "li":  # a stray item outside a list
            self._item(node, "-", depth, list_depth)
        elif tag == "tr":
            self.block_break()
            cells = [
                self._inline(c)
                for c in node.children
                if isinstance(c, Node) and c.tag in ("td", "th")
            ]
            if any(cells):
                self.lines.append("| " + " | ".join(cells) + " |")
                if node.parent is not None and node.parent.tag == "thead":
                    self.lines.append("|" + "---|" * len(cells))
        elif tag == "br":
            self.block_break()
        elif tag == "hr":  # a thematic break ends the entry above it, as '---' does
            self.blank()
            self.lines.append("---")
            self.blank()
        elif tag == "pre":
            self.blank()
            self.lines.extend(node.raw_text().strip("\n").splitlines())
            self.blank()
        elif tag == "a":
            self.current.append(self._link(node))
        elif tag in ("strong", "b"):
            inner = self._inline(node)
            self.current.append(f"**{inner}**" if inner else "")
        elif tag in ("em", "i", "cite"):
            inner = self._inline(node)
            self.current.append(f"*{inner}*" if inner else "")
        elif tag == "code":
            inner = node.text()
            self.current.append(f"`{inner}`" if inner else "")
        elif tag == "img":
            return
        elif tag in BLOCKS or tag in ("td", "th"):
            separate = self.blank if tag in PARAGRAPHS else self.block_break
            separate()
            self.write(node, depth + 1, list_depth)
            separate()
        else:
            self.write(node, depth + 1, list_depth)

    def _inline(self, node: Node) -> str:
        writer = _Writer(self.base_url)
        writer.write(node, 0, 0)
        writer.block_break()
        return " ".join(" ".join(writer.lines).split())

    def _link(self, node: Node) -> str:
        text = self._inline(node)
        href = node.attrs.get("href", "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return text
        absolute = link_target(urljoin(self.base_url, href))
        if not absolute.startswith(("http://", "https://")):
            return text
        if not text or text in (absolute, href):
            return f" {absolute} "
        return f"[{text}]({absolute})"

    def text(self) -> str:
        self.block_break()
        out = "\n".join(self.lines).strip()
        return re.sub(r"\n{3,}", "\n\n", out) + "\n"


def _start(node: Node) -> int:
    start = node.attrs.get("start", "").strip()
    return int(start) if start.isdigit() and len(start) < 9 else 1


def link_target(url: str) -> str:
    """A link as the digest importer best understands it: a Hugging Face paper page points
    at its arXiv abstract."""
    parts = urlsplit(url)
    if parts.hostname and parts.hostname.endswith("huggingface.co"):
        match = re.fullmatch(r"/papers/(\d{4}\.\d{4,5})", parts.path)
        if match:
            return f"https://arxiv.org/abs/{match.group(1)}"
    return url


def html_to_text(html: str, base_url: str) -> str:
    """The main content of an HTML page as Markdown-ish text (special pages first)."""
    root = parse_html(html)
    special = _arxiv_listing(root, base_url) or _single_paper(root, base_url)
    if special:
        return special
    writer = _Writer(base_url)
    writer.write(main_content(root))
    return writer.text()


def _meta(root: Node, name: str) -> list[str]:
    return [
        n.attrs.get("content", "").strip()
        for n in root.find_all(lambda n: n.tag == "meta" and n.attrs.get("name") == name)
        if n.attrs.get("content", "").strip()
    ]


def _arxiv_listing(root: Node, base_url: str) -> str | None:
    """arXiv's /list and /new pages: <dt> with the abs link, <dd> with title and authors."""
    titles = root.find_all(lambda n: "list-title" in n.attrs.get("class", ""))
    if not titles:
        return None
    lines = []
    for dt in root.find_all(lambda n: n.tag == "dt"):
        links = dt.find_all(lambda n: n.tag == "a" and "/abs/" in n.attrs.get("href", ""))
        dd = _next_sibling(dt, "dd")
        if not links or dd is None:
            continue
        found = ARXIV_ID.search(links[0].attrs["href"].rstrip("/"))
        title_nodes = dd.find_all(lambda n: "list-title" in n.attrs.get("class", ""))
        if not found or not title_nodes:
            continue
        title = re.sub(r"^\s*Title:\s*", "", title_nodes[0].text())
        author_nodes = dd.find_all(lambda n: "list-authors" in n.attrs.get("class", ""))
        authors = re.sub(r"^\s*Authors?:\s*", "", author_nodes[0].text()) if author_nodes else ""
        line = f"- [{title}](https://arxiv.org/abs/{found.group(1)})"
        lines.append(line + (f" — {authors}" if authors else ""))
    return "\n".join(lines) + "\n" if lines else None


def _next_sibling(node: Node, tag: str) -> Node | None:
    if node.parent is None:
        return None
    siblings = [c for c in node.parent.children if isinstance(c, Node)]
    at = siblings.index(node)
    for sibling in siblings[at + 1 :]:
        if sibling.tag == tag:
            return sibling
        if sibling.tag == node.tag:
            return None
    return None


def _single_paper(root: Node, base_url: str) -> str | None:
    """An arXiv abstract page (citation_* meta tags) or a Hugging Face paper page."""
    path = urlsplit(base_url).path.rstrip("/")
    arxiv_ids = _meta(root, "citation_arxiv_id")
    titles = _meta(root, "citation_title")
    if arxiv_ids and titles:
        authors = _meta(root, "citation_author")
        line = f"- [{titles[0]}](https://arxiv.org/abs/{arxiv_ids[0]})"
        return line + (f" — {', '.join(authors)}" if authors else "") + "\n"
    hf = re.fullmatch(r"/papers/(\d{4}\.\d{4,5})", path)
    if hf:
        headings = root.find_all(lambda n: n.tag == "h1")
        title = headings[0].text() if headings else (titles[0] if titles else "")
        if title:
            return f"- [{title}](https://arxiv.org/abs/{hf.group(1)})\n"
    return None


# --- fetching --------------------------------------------------------------------------------


def raw_github_url(url: str) -> tuple[str, str] | None:
    """The raw address of a GitHub file page (or a repository's README), and the file name."""
    import os

    parts = urlsplit(url)
    if parts.hostname not in ("github.com", "www.github.com"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    base = (os.environ.get(GITHUB_RAW_ENV) or DEFAULT_GITHUB_RAW).rstrip("/")
    if len(segments) >= 5 and segments[2] == "blob":
        owner, repo, ref, rest = segments[0], segments[1], segments[3], segments[4:]
        return f"{base}/{owner}/{repo}/{ref}/{'/'.join(rest)}", rest[-1]
    if len(segments) == 2:
        return f"{base}/{segments[0]}/{segments[1]}/HEAD/README.md", "README.md"
    return None


@dataclass
class Page:
    """What ``import URL`` reads: the text, a name for format detection, the format hint."""

    text: str
    name: str
    fmt: str  # "digest" for an HTML page's content, "auto" for a raw file


def fetch_page(url: str) -> Page:
    """Fetch URL (http or https only) and return the text to import."""
    from papercli.net import Fetcher, HttpError, status_reason

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImportFormatError(f"{url} is not an http(s) address")
    raw = raw_github_url(url)
    target, name = raw if raw else (url, parts.path.rsplit("/", 1)[-1] or parts.hostname)
    with Fetcher(parts.hostname) as fetcher:
        try:
            response = fetcher.get(target, None, PAGE_ACCEPT, what=url, service=parts.hostname)
        except HttpError as exc:
            raise FetchError(exc.message) from None
    if response.status != 200:
        reason = (
            "there is no such page (HTTP 404)"
            if response.status in (404, 410)
            else status_reason(parts.hostname, response.status)
        )
        raise FetchError(f"could not fetch {url}: {reason}")
    ctype = response.content_type
    if "pdf" in ctype or response.body.startswith(b"%PDF"):
        raise ImportFormatError(
            f"{url} is a PDF, not a page listing papers; add it with 'papercli add --pdf-url'"
        )
    text = _decode(response.body, ctype)
    if raw is None and ("html" in ctype or re.match(r"\s*<(!doctype|html)", text[:200], re.I)):
        return Page(html_to_text(text, response.url or url), url, "digest")
    return Page(text, name, "auto")


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _decode(body: bytes, ctype: str) -> str:
    """A page's text: a byte-order mark decides, then the charset in Content-Type, then a
    <meta charset> (or http-equiv) in the first 4 KB; else UTF-8, and when the bytes are not
    UTF-8, Windows-1252 (what browsers read ``latin-1`` pages as)."""
    for bom, bom_encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(bom_encoding, errors="replace")
    encoding: str | None
    declared = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
    if declared is None:
        declared_bytes = re.search(
            rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", body[:4096], re.IGNORECASE
        )
        encoding = declared_bytes.group(1).decode("ascii") if declared_bytes else None
    else:
        encoding = declared.group(1)
    if encoding is not None:
        try:
            return body.decode(_browser_encoding(encoding), errors="replace")
        except LookupError:
            pass  # an unknown name: guess as if none was given
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return _windows_1252(body)


def _browser_encoding(name: str) -> str:
    """The codec a browser uses for an encoding label: latin-1 and ascii pages are read as
    Windows-1252 (its letters at 0x80-0x9f, which such pages use for quotes and dashes)."""
    import codecs

    codec = codecs.lookup(name).name  # LookupError for an unknown label
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _windows_1252(body: bytes) -> str:
    # Five bytes are undefined in Windows-1252; Latin-1 gives them their control code.
    return "".join(
        chunk.decode("cp1252", errors="strict") if not undefined else chunk.decode("latin-1")
        for chunk, undefined in _split_undefined(body)
    )


def _split_undefined(body: bytes) -> list[tuple[bytes, bool]]:
    parts = re.split(rb"([\x81\x8d\x8f\x90\x9d]+)", body)
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]
