"""Turn a saved digest (Markdown or plain text) into the web page it could have been copied
from: the content inside <main>, wrapped in navigation, ads, a related-articles box, a
comment thread and a footer that an importer must leave out."""

from __future__ import annotations

import html
import re

CHROME_TOP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Weekly papers</title>
<script>window.dataLayer = [];</script><style>body { font-family: serif; }</style></head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/about">About</a></header>
<nav class="navbar"><ul><li><a href="/topics/nlp">NLP</a></li>
<li><a href="https://arxiv.org/abs/1111.11111">Trending: Navigation Paper We Must Skip</a>
</li></ul></nav>
<div class="ad-slot">Sponsored: <a href="https://ads.example/1">Buy GPUs now</a></div>
<main>
"""
CHROME_BOTTOM = """</main>
<aside class="sidebar"><h3>Related articles</h3><ul>
<li><a href="https://arxiv.org/abs/2222.22222">A Sidebar Paper That Is Not In The Digest</a></li>
</ul></aside>
<div class="related-posts"><h3>You may also like</h3><ol>
<li><a href="https://arxiv.org/abs/2333.33333">Another Related Paper Nobody Listed</a>
</li></ol></div>
<section id="comments" class="comments"><h3>3 comments</h3>
<div class="comment"><p>Great list! Also see
<a href="https://arxiv.org/abs/2444.44444">My Own Paper About Comment Spam</a></p></div>
</section>
<footer><p>© 2024 Example Blog · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""


def inline(text: str) -> str:
    """Markdown inline syntax as HTML (links, images, bold, italic, code)."""
    out = html.escape(text, quote=False)
    out = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)\)", r'<img alt="\1" src="\2">', out)
    out = re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", out)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    return out


LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+\.)\s+(.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def markdown_page(text: str) -> str:
    """A page whose <main> holds TEXT: headings, nested lists, paragraphs (lines kept apart
    with <br>)."""
    body: list[str] = []
    paragraph: list[str] = []
    lists: list[tuple[int, str]] = []  # (indent, "ul"|"ol") open lists

    def close_paragraph() -> None:
        if paragraph:
            body.append("<p>" + "<br>\n".join(paragraph) + "</p>")
            paragraph.clear()

    def close_lists(indent: int = -1) -> None:
        while lists and lists[-1][0] > indent:
            body.append(f"</li></{lists.pop()[1]}>")

    for line in text.splitlines():
        heading = HEADING.match(line)
        item = LIST_ITEM.match(line)
        if not line.strip():
            close_paragraph()
            close_lists()
            continue
        if heading:
            close_paragraph()
            close_lists()
            level = len(heading.group(1))
            body.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            close_paragraph()
            indent = len(item.group(1).replace("\t", "    "))
            kind = "ol" if item.group(2)[0].isdigit() else "ul"
            if lists and indent > lists[-1][0]:
                lists.append((indent, kind))
                body.append(f"<{kind}><li>{inline(item.group(3))}")
            else:
                close_lists(indent)
                if lists and lists[-1][0] == indent:
                    body.append(f"</li><li>{inline(item.group(3))}")
                else:
                    lists.append((indent, kind))
                    body.append(f"<{kind}><li>{inline(item.group(3))}")
        else:
            if lists:
                close_lists()
            paragraph.append(inline(line.strip()))
    close_paragraph()
    close_lists()
    return CHROME_TOP + "\n".join(body) + CHROME_BOTTOM


def commonmark_page(text: str) -> str:
    """The page a standard CommonMark renderer (markdown-it) makes of TEXT: soft line breaks
    stay newline characters inside <p> and <li>, no <br>; wrapped in the same chrome."""
    from markdown_it import MarkdownIt

    return CHROME_TOP + MarkdownIt("commonmark").render(text) + CHROME_BOTTOM
