"""Read paper digests: the reading lists, award pages, newsletters and posts people share.

One stage per module: :mod:`.blocks` reads the text into lines (markdown-it-py, html.parser),
:mod:`.candidates` cuts each line into possible titles, :mod:`.scorer` rates them with a fitted
model, :mod:`.records` cuts the page into one record per confident title, :mod:`.fields` reads
each record's authors, identifiers, venue and year. Every paper has a ``confidence`` (0–1);
records below the acceptance threshold give no paper, and those in the uncertain band are
reported so that the user may keep them (``import --keep-uncertain``).
"""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from papercli.errors import ValidationError
from papercli.importers.base import ParseResult, Rejection
from papercli.lazy_regex import lazy_re
from papercli.model import Paper

if TYPE_CHECKING:
    from papercli.importers.digest.blocks import Line
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.fields import Fields
    from papercli.importers.digest.records import Record

_Item = TypeVar("_Item")

MAX_INPUT = 20_000_000  # characters; beyond this the rest of the text is not read


@dataclass
class DigestResult(ParseResult):
    """A digest's papers, with each paper's confidence and the uncertain ones set aside."""

    confidence: dict[int, float] = field(default_factory=dict)  # id(paper) → confidence
    uncertain: list[Paper] = field(default_factory=list)
    by_title: dict[str, float] = field(default_factory=dict)  # for papers copied on the way

    def confidence_of(self, paper: Paper) -> float:
        """PAPER's confidence (0–1); a copy of a parsed paper is found by its title."""
        found = self.confidence.get(id(paper))
        if found is None:
            found = self.by_title.get(_key(paper.title), 0.0)
        return found


_NOT_WORD = lazy_re(r"[\W_]+")


_INVISIBLE = lazy_re(r"[\u200b\u2060\ufeff]")  # zero-width space, word joiner, byte-order mark
_BARRED_SCHEME = lazy_re(r"\b(https?:)∥")
# "https://aclanthology. org/W13-2322.pdf", "https://host.ac.uk/alex/ papers/x.pdf": an address
# a PDF's text broke at a space (a host with no dot, a path cut after its slash)
_BROKEN_ADDRESS = lazy_re(
    r"\b(https?://[\w-]{2,60})\. ((?:org|com|net|edu|io|ai|gov)/)"
    r"|\b(https?://[\w-]+(?:\.[\w-]+)+/[^\s()<>\[\]]{0,200}/) ([\w.-][\w./-]{0,200}\.pdf)\b"
    r"|\b(https?://(?:dx\.)?doi\.org/10\.\d{4,9}/) ([\w.()-]{3,100}[\w)])"
)


def _address_mended(broken: re.Match[str]) -> str:
    """The address BROKEN at a space, whole again ("https://aclanthology.org/W13-2322.pdf")."""
    if broken.group(1):
        return f"{broken.group(1)}.{broken.group(2)}"
    return "".join(part for part in broken.groups() if part)


# a GB/T 7714 reference's access date after its publication date, never the paper's year
_DATE = r"(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}"
_ACCESS_DATE = lazy_re(rf"(\(\s*{_DATE}\s*\))\s*\[\s*{_DATE}\s*\]")


_WRAPPING_QUOTES = lazy_re(r"«\s*([^«»]{4,300}?)\s*»")  # French quotes around a whole title


def _key(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).lower()
    return _NOT_WORD.sub("", text)


_ENTRY_NUMBER = lazy_re(r"\s*\[\d{1,4}\]\s*")


def _numbered_like_the_first(lines: list[Line], first: int) -> bool:
    """Whether the line over the first record, FIRST, is an entry's number alone ("[2]"), and
    a line above it is one too ("[1]"): the lines above the first paper are an entry."""
    return (
        first >= 2
        and _ENTRY_NUMBER.fullmatch(lines[first - 1].text) is not None
        and any(_ENTRY_NUMBER.fullmatch(line.text) for line in lines[: first - 1])
    )


def _reviewed_paper(title: str, papers: list[Paper], source: str | None) -> list[Paper]:
    """The one paper a review post reviews: the found paper its front matter's TITLE names
    (cut shorter, or written a little differently), else a paper of that title."""
    from difflib import SequenceMatcher

    named = _key(title)

    def likeness(paper: Paper) -> float:
        key = _key(paper.title)
        if key and (key in named or named in key):
            return 1.0
        return SequenceMatcher(None, key, named).ratio()

    best = max(papers, key=likeness, default=None)
    if best is not None and likeness(best) >= REVIEWED_LIKENESS:
        return [best]
    return [Paper(title=title, source=source)]


REVIEWED_LIKENESS = 0.8  # how alike a found title and a review post's own, at least


def parse_digest(
    text: str, source: str | None = None, keep_uncertain: bool = False
) -> DigestResult:
    """The papers of a digest (markdown, plain text or HTML); never raises on any str input."""
    if isinstance(text, str) and "\r" in text:  # lines ended by "\r\n", or by "\r" alone
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    result = _page_papers(text, source, keep_uncertain)
    if result.papers or not isinstance(text, str) or "<!--" not in text:
        return result
    # a site's news page whose paper lists are all commented out (hidden, not withdrawn:
    # "<!-- * **09/07/23** Our papers at ACL 2023: …-->"): the lists are what it holds
    if _commented_chars(text[:MAX_INPUT]) < COMMENTED_LIST_CHARS:
        return result
    shown = _COMMENT_MARK.sub("\n", text[:MAX_INPUT])
    return _page_papers(shown, source, keep_uncertain)


# "<!-- * **09/07/23** …", "… -->": a comment's marks and the spaces that part them from its
# text (a list item's marker starts its line once they are gone)
_COMMENT_MARK = lazy_re(r"<!--[ \t]*|[ \t]*-->")


def _commented_chars(text: str) -> int:
    """How many characters of TEXT its closed HTML comments hold."""
    held, position = 0, 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        held += end - start - 4
        position = end + 3
    return held


COMMENTED_LIST_CHARS = 300  # characters, at least, of comments that may hold a page's papers


def _page_papers(text: str, source: str | None, keep_uncertain: bool) -> DigestResult:
    """The papers of a digest as its text shows them."""
    from papercli.importers.digest.blocks import (
        backlinked_references,
        glued_rows_tabbed,
        leading_comments_blanked,
        notebook_text,
        read_lines,
        reviewed_title,
        unfenced_page,
        unwrapped_redirects,
        without_rating_stars,
        without_unresolved_images,
    )
    from papercli.importers.digest.candidates import (
        row_value,
        undoubled,
        without_date_or_id_lead,
        without_date_tail,
        without_kind_tag,
        without_link_labels,
        without_open_tail,
    )
    from papercli.importers.digest.chooser import choose_titles, load_chooser
    from papercli.importers.digest.embedded import (
        award_entries_as_papers,
        data_fields,
        delimited_as_table,
        js_objects_as_yaml,
        js_pushed_strings,
        macro_calls_as_markdown,
        take_bibtex,
        take_delimited,
        take_jsx_elements,
        take_ris,
        take_template_calls,
        take_toml,
        take_yaml,
    )
    from papercli.importers.digest.fields import (
        alt_titles,
        forget_page,
        labelled_venue,
        names_a_thesis,
        names_an_event,
        page_venue,
        published_venue,
        read_fields,
        venue_restated_apart,
    )
    from papercli.importers.digest.records import (
        author_cells,
        award_labels,
        bold_labels,
        caption_lines,
        cut_records,
        follow_announced_lists,
        follow_announced_titles,
        follow_author_pairs,
        follow_authored_groups,
        follow_award_labels,
        follow_awarded_marks,
        follow_awarded_titles,
        follow_bare_titles,
        follow_bookmark_lines,
        follow_checklists,
        follow_cited_leads,
        follow_cited_links,
        follow_cited_parens,
        follow_citekey_headings,
        follow_colon_tags,
        follow_column_leads,
        follow_comma_dated_titles,
        follow_comma_named_titles,
        follow_dashed_names,
        follow_dated_headings,
        follow_dated_note_links,
        follow_dated_picks,
        follow_dated_titles,
        follow_dblp_citations,
        follow_described_items,
        follow_embedded_citations,
        follow_emoji_runs,
        follow_gapped_title_cells,
        follow_glossed_titles,
        follow_heading_runs,
        follow_identified_doubts,
        follow_identified_heading_runs,
        follow_identified_headings,
        follow_identified_rows,
        follow_italic_after_dashes,
        follow_italic_citations,
        follow_italic_titles,
        follow_item_runs,
        follow_items_over_pdfs,
        follow_labelled_under_headings,
        follow_linked_headings,
        follow_links_before_names,
        follow_marked_leads,
        follow_names_dash_marked,
        follow_names_headers,
        follow_names_over_quotes,
        follow_names_over_titles,
        follow_names_title_venue,
        follow_names_title_venue_lines,
        follow_nickname_dashes,
        follow_nickname_links,
        follow_nicknamed_full_titles,
        follow_nicknamed_references,
        follow_numbered_cues,
        follow_other_reads,
        follow_paper_news,
        follow_papers_column_text,
        follow_piped_fields,
        follow_presented_titles,
        follow_program_rows,
        follow_quoted_identified,
        follow_reading_labels,
        follow_reading_link_leads,
        follow_reference_lines,
        follow_restated_titles,
        follow_sibling_templates,
        follow_slug_labels,
        follow_spaced_fields,
        follow_split_citations,
        follow_stated_titles,
        follow_summary_templates,
        follow_surname_leads,
        follow_talk_rows,
        follow_template,
        follow_title_headings,
        follow_title_runs,
        follow_titled_citations,
        follow_titled_column_cuts,
        follow_titles_before_names,
        follow_titles_column,
        follow_titles_comma_names,
        follow_titles_glued_names,
        follow_titles_initialled_names,
        follow_titles_over_blurbs,
        follow_titles_over_fields,
        follow_titles_over_links,
        follow_titles_over_name_items,
        follow_translated_headings,
        follow_translated_lines,
        follow_venue_name_headings,
        follow_venue_tailed_titles,
        follow_year_led_items,
        follow_year_tailed_titles,
        forget_sessions,
        item_labels,
        keep_title_heads,
        marked_entry_heads,
        note_field_lists,
        note_lines,
        numbered_sections,
        table_of_contents,
        talk_sections,
        titles_cell,
        unread_field_lists,
    )
    from papercli.importers.digest.ruby_entries import ruby_entries_as_bibtex
    from papercli.importers.digest.scorer import load_model, score_lines
    from papercli.importers.venues import PREPRINTS

    result = DigestResult(format="digest")
    if not isinstance(text, str) or not text.strip():
        return result
    # a run of spaces inside a line is a gap whatever its length: kept to GAP_KEPT, so that no
    # pattern reads a run of thousands again at each of its spaces
    # (a zero-width space is no text: "[paper](\u200bhttps://…)" is a link)
    reviewed = reviewed_title(text[:MAX_INPUT])
    text = macro_calls_as_markdown(
        notebook_text(
            without_unresolved_images(unfenced_page(_INVISIBLE.sub("", text[:MAX_INPUT])))
        )
    )
    if "<item" in text or "<entry" in text:
        from papercli.importers.digest.feeds import feed_as_markdown

        text = feed_as_markdown(text) or text
    if "BEGIN:VCALENDAR" in text[:200]:
        from papercli.importers.digest.feeds import calendar_as_markdown

        text = calendar_as_markdown(text) or text
    if "\u0308" in text or "\u0301" in text:  # "Ju ̈rgen", "Jégou" copied from a PDF
        text = unicodedata.normalize("NFC", _SPACED_MARK.sub(r"\1\2", text))
    if _LIGATURE.search(text):  # "Diﬀerential", "Scientiﬁc": a PDF's ligatures, as letters
        text = _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if ":hash:" in text:  # "Title -- :hash:industry :hash:Adobe": GitHub's emoji for "#"
        text = text.replace(":hash:", "#")
    if "://" in text:  # (every broken address begins whole)
        text = _BROKEN_ADDRESS.sub(_address_mended, text)
    if "∥" in text:  # "https:∥arxiv.org/abs/…": a Chinese journal's typeset "//"
        text = _BARRED_SCHEME.sub(r"\1//", text)
    if ")[" in text:  # "(2019-05-24)[2023-03-10]": when it came out, then when it was read
        text = _ACCESS_DATE.sub(r"\1", text)
    text = ruby_entries_as_bibtex(js_pushed_strings(text))
    text, entries = take_bibtex(
        _LONG_GAP.sub(
            _kept_gap, backlinked_references(without_rating_stars(unwrapped_redirects(text)))
        )
    )
    text, ris = take_ris(text)
    pasted = len(entries)  # entries pasted as BibTeX; those after are the page's data records
    scripted = js_objects_as_yaml(text)  # a JavaScript file's objects, as the YAML they read as
    if scripted.startswith("#"):
        scripted = leading_comments_blanked(scripted)  # a data file's template, in comments
    data, listed = take_yaml(data_fields(award_entries_as_papers(scripted)))
    if scripted is not text and not listed:
        data, listed = take_yaml(data_fields(text))  # its objects hold no entries: read as it is
    text = data
    entries += listed
    if "TitleAuthor" in text:  # a web page's table pasted as text, its cells run together
        text = glued_rows_tabbed(text)
    text, rows = take_delimited(text)
    if not rows:  # ("date,description,link,category": no paper's fields, a table of rows)
        text = delimited_as_table(text)
    if not rows and not pasted:  # (a TOML file's own BibTeX, "bib = '''@article{…", says it all)
        text, rows = take_toml(text)
    entries += rows
    text, calls = take_template_calls(text)
    if not calls:
        text, calls = take_jsx_elements(text)
    entries += calls
    lines = read_lines(text)
    model = load_model()
    accept, floor = float(model["accept"]), float(model["uncertain"])
    scored = score_lines(lines)
    chooser = load_chooser()
    # the model's own scores, for the chooser to weigh against what the layout rules make of them
    before = [[copy.copy(c) for c in row] for row in scored] if chooser else []
    contents = table_of_contents(lines)
    for i in contents:
        scored[i] = []  # a table of contents repeats the papers' titles: they are read below
    talks = talk_sections(lines)
    emptied = (
        contents
        | talks
        | unread_field_lists(lines)
        | note_field_lists(lines)
        | numbered_sections(lines)
        | author_cells(lines)
        | award_labels(lines)
        | caption_lines(lines)
    )
    for i in emptied:
        scored[i] = []
    keep_title_heads(scored)
    follow_slug_labels(lines, scored, accept)
    follow_nicknamed_references(lines, scored, accept)
    follow_template(lines, scored, accept)
    follow_author_pairs(lines, scored, accept)
    follow_names_title_venue(lines, scored, accept)
    follow_identified_rows(lines, scored, accept)
    follow_stated_titles(scored, accept)
    follow_awarded_titles(scored, accept)
    follow_awarded_marks(lines, scored, accept)
    follow_award_labels(lines, scored, accept)
    follow_split_citations(lines, scored, accept)
    follow_titled_citations(lines, scored, accept)
    follow_names_over_quotes(lines, scored, accept)
    follow_spaced_fields(lines, scored, accept)
    follow_piped_fields(lines, scored, accept)
    follow_bookmark_lines(lines, scored, accept)
    follow_announced_titles(lines, scored, accept)
    follow_paper_news(lines, scored, accept)
    follow_dated_note_links(lines, scored, accept)
    follow_program_rows(lines, scored, accept)
    follow_glossed_titles(lines, scored, accept)
    follow_translated_lines(lines, scored, accept)
    follow_translated_headings(lines, scored, accept)
    follow_bare_titles(lines, scored, accept)
    follow_titles_over_fields(lines, scored, accept)
    follow_titles_over_links(lines, scored, accept)
    follow_titles_over_name_items(lines, scored, accept)
    follow_italic_after_dashes(lines, scored, accept)
    follow_items_over_pdfs(lines, scored, accept)
    follow_cited_parens(scored, accept)
    follow_reference_lines(lines, scored, accept)
    follow_names_title_venue_lines(lines, scored, accept)
    follow_embedded_citations(lines, scored, accept)
    follow_summary_templates(lines, scored, accept)
    follow_dated_titles(lines, scored, accept)
    follow_year_tailed_titles(lines, scored, accept)
    follow_comma_dated_titles(lines, scored, accept)
    follow_dated_headings(lines, scored, accept)
    follow_identified_headings(lines, scored, accept)
    follow_linked_headings(lines, scored, accept)
    follow_numbered_cues(lines, scored, accept)
    follow_cited_leads(lines, scored, accept)
    follow_venue_tailed_titles(lines, scored, accept)
    follow_names_headers(lines, scored, accept)
    follow_title_runs(lines, scored, accept)
    follow_item_runs(lines, scored, accept)
    follow_heading_runs(lines, scored, accept)
    follow_titles_before_names(lines, scored, accept)
    follow_titles_initialled_names(lines, scored, accept)
    follow_titles_comma_names(lines, scored, accept)
    follow_comma_named_titles(scored)
    follow_titles_glued_names(lines, scored, accept)
    follow_checklists(lines, scored, accept)
    follow_surname_leads(lines, scored, accept)
    follow_colon_tags(lines, scored, accept)
    follow_authored_groups(lines, scored, accept)
    follow_dashed_names(scored, accept)
    follow_described_items(lines, scored, accept)
    follow_emoji_runs(lines, scored, accept)
    follow_titles_over_blurbs(lines, scored, accept)
    follow_restated_titles(lines, scored, accept)
    follow_announced_lists(lines, scored, accept)
    follow_italic_citations(lines, scored, accept)
    follow_italic_titles(lines, scored, accept)
    follow_identified_doubts(lines, scored, accept)
    follow_identified_heading_runs(lines, scored, accept)
    follow_reading_labels(lines, scored, accept)
    follow_title_headings(lines, scored, accept)
    follow_sibling_templates(lines, scored, accept)
    follow_titles_column(lines, scored, accept)
    follow_gapped_title_cells(lines, scored, accept)
    follow_presented_titles(lines, scored, accept)
    follow_dated_picks(lines, scored, accept)
    follow_venue_name_headings(lines, scored, accept)
    follow_nicknamed_full_titles(lines, scored, accept)
    follow_year_led_items(lines, scored, accept)
    follow_titled_column_cuts(lines, scored, accept)
    follow_papers_column_text(lines, scored, accept)
    follow_nickname_dashes(lines, scored, accept)
    follow_nickname_links(lines, scored, accept)
    follow_quoted_identified(lines, scored, accept)
    follow_marked_leads(lines, scored, accept)
    follow_names_dash_marked(lines, scored, accept)
    follow_cited_links(lines, scored, accept)
    follow_other_reads(lines, scored, floor)
    follow_talk_rows(lines, scored, floor)
    follow_names_over_titles(lines, scored, accept)
    follow_dblp_citations(lines, scored, accept)
    follow_links_before_names(lines, scored, accept)
    for i in (
        note_lines(lines, scored, accept)
        | bold_labels(lines, scored, accept)
        | item_labels(lines, scored, accept)
    ):
        scored[i] = []
    for i in emptied:
        scored[i] = []  # (no rule makes a talk's title, a contents line, a label a paper's)
    if chooser:
        choose_titles(lines, before, scored, accept, chooser)
    # (a column's name before each post's title says more than the chooser's features can)
    follow_column_leads(lines, scored, accept)
    follow_reading_link_leads(lines, scored, accept)
    follow_identified_note_title(lines, scored, accept)  # (whatever the chooser made of it)
    follow_citekey_headings(lines, scored, accept)
    follow_labelled_under_headings(lines, scored, accept)
    # uncertain titles cut records only when they are kept: otherwise an author line that
    # looks a little like a title would take its record's links away
    records = cut_records(lines, scored, floor if keep_uncertain else accept)
    # what the page announces above its first paper's title (that paper's own lines are its;
    # a heading that is the first title may be the page's own title too, "ICLR 2024 Papers")
    starts = sorted(r.start for r in records)
    if len(starts) > 1:
        doc = page_venue(lines[: starts[0] + (lines[starts[0]].kind == "heading")])
        if doc[0] and venue_restated_apart(lines, starts[0], doc[0]):
            doc = (None, None)
        if doc[0] and _numbered_like_the_first(lines, starts[0]):
            doc = (None, None)  # "[1]" / "Proceedings of …, ISMIR 2018" / "[2]" / the first
            # paper: the list's own first entry (a proceedings volume), no page's title
        if doc[0] and _each_over_its_venue(lines, starts[:2], doc[0]):
            doc = (None, None)  # "2019 • ACM Computing Surveys" over each card's title
    else:
        doc = page_venue(lines)
    if not records and not keep_uncertain:
        records = _identified(cut_records(lines, scored, floor), lines, doc, accept)
    if not records and not keep_uncertain and _headed_by_its_paper(lines, scored, accept):
        records = cut_records(lines, scored, accept)
    if not records and not keep_uncertain and _titled_over_its_authors(lines, scored, accept):
        records = cut_records(lines, scored, accept)
    if not records and not keep_uncertain and _restated_below(lines, scored, accept):
        records = cut_records(lines, scored, accept)
    if not records and not keep_uncertain and _noted_under_its_title(lines, scored, accept):
        records = cut_records(lines, scored, accept)
    if not keep_uncertain:
        for record in cut_records(lines, scored, floor):
            if record.title.score < accept and not _navigation(record.title.text):
                try:
                    unsure = Paper(title=record.title.text, source=source)
                except ValidationError:
                    continue
                result.uncertain.append(unsure)
                result.confidence[id(unsure)] = round(record.title.score, 3)
    seen: dict[str, Paper] = {}
    for paper in _bibtex_papers(entries[:pasted], source, result):
        seen[_key(paper.title)] = paper
    for paper in _ris_papers(ris, source, result):
        seen[_key(paper.title)] = paper
    filed: set[str] = set()  # a data file's papers with their authors, whatever their link
    for paper in _bibtex_papers(entries[pasted:], source, result, data=True):
        if len(paper.authors) >= FILED_AUTHORS:
            filed.add(_key(paper.title))  # ("url: https://youtu.be/…": its talk's recording)
        # a data record of a page that announces its venue ("title: Announcing the NAACL 2022
        # Best Paper Awards!" over "{% include best-paper-box title=… %}"): of that venue
        if paper.venue is None and doc[0] and doc[0] not in PREPRINTS:
            paper.venue, paper.year = doc[0], paper.year or doc[1]
        seen[_key(paper.title)] = paper
    # "[Exercício - DataLoader MNIST](Exercicios/Aula2.ipynb)": exercises to run
    notebooks = _notebook_titles(lines)
    stories: set[str] = set(notebooks)  # titles of news stories, theses: no reader may add them
    notes_hosts = _notes_hosts(records, lines)
    doubted: set[str] = set()  # titles only their identifier vouches for
    tagged: set[str] = set()  # titles whose records state their own topics
    by_arxiv: dict[str, Paper] = {}  # the first paper found of each arXiv id
    by_link: dict[tuple[str, tuple[str, ...]], Paper] = {}  # … of each link and its authors
    columned: set[str] = set()  # titles in a column headed "Title", "论文", "論文名稱"
    quoted: set[str] = set()  # titles quoted on their line and rated sure
    kinds: dict[str, str] = {}  # what the tag before a title says it is ("[blog]": a post)
    spoken: list[bool] = []  # whether the page names its speakers in bold, once found out
    entry_heads = marked_entry_heads(lines)  # a newsletter's entries: a paper's names its own
    for record in records:
        confidence = round(record.title.score, 3)
        fields = read_fields(record, lines, doc)
        title = without_date_or_id_lead(without_open_tail(record.title.text))
        wrapped = _WRAPPING_QUOTES.fullmatch(title)
        if wrapped is not None:
            title = wrapped.group(1)  # "« Layer Normalization »": the title in its quotes
        key = _key(title)
        if "identified_doubt" in record.title.how:
            doubted.add(key)
        if fields.tagged:
            tagged.add(key)
        if fields.kind:
            kinds[key] = fields.kind
        if not key or _navigation(title):
            continue
        if titles_cell(lines[record.start]):
            columned.add(key)  # the page's own header calls the column the papers' titles
        if "after_label" in record.title.how and _labelled_a_paper(lines[record.start], title):
            columned.add(key)  # "Spotlight Paper: Title": the page calls it a paper
        if "quoted" in record.title.how and record.title.score >= QUOTED_SURE:
            quoted.add(key)  # '[[June 11th 2021] "Title"](youtube…)': a session on a paper
        if record.title.how & {
            "numbered_cue",
            "awarded",
            "cited_link",
            "italic_run",
            "nicknamed_title",
            "titled_over_names",
        }:
            columned.add(key)  # "论文 2：Title", "“Title” won the Best Paper Award": a paper
        if (
            _points_elsewhere(record.title, fields)
            and record.title.score < ELSEWHERE_SCORE
            and _site(record.title.url) not in notes_hosts
        ):
            continue
        if key in notebooks:
            continue
        if _headline_to_a_post(record.title, fields, lines[record.start]):
            continue
        if (
            len(title.split()) == 1
            and fields.code_url
            and not (fields.url or _names_a_paper(fields))
        ):
            stories.add(key)  # "Keras. Available at: https://github.com/…": a library
            continue
        if record.start in entry_heads and not (
            _names_a_paper(fields)
            or fields.authors
            or _links_a_paper(lines[record.start : _entry_end(lines, record.start, entry_heads)])
        ):
            stories.add(key)  # a newsletter's entry on a tool, a post, a course: no paper
            continue
        if _news_story(fields, lines[record.start : record.end]) or _news_headline(record, fields):
            stories.add(key)
            continue
        if "quoted" in record.title.how and (
            names_a_thesis(lines[record.start].text, title)
            or names_an_event(lines[record.start].text, title)
        ):
            stories.add(key)  # a thesis, a workshop: no reader may add it back
            continue
        if (
            not record.title.how & _MARKED_AS_TITLE
            and _a_person(title)
            and _speakers(lines, spoken)
        ):
            continue  # "**Arthur Klipfel**<br />" / "[arXiv link]": a talk's speaker, no title
        if fields.venue and _BOOK_VENUE.search(fields.venue):
            continue  # '"Deep learning." An MIT Press book. (2015)': a book, not a paper
        if _a_book(lines[record.start].text, title, fields.venue) and not fields.arxiv_id:
            stories.add(key)  # "Reinforcement Learning: An Introduction - 2nd Edition"
            continue
        if record.sections and _BOOKS_SECTION.search(record.sections[-1]) and not fields.arxiv_id:
            stories.add(key)  # under "General resources (freely available books)": a book
            continue
        try:
            paper = Paper(
                title=title,
                alt_titles=alt_titles(
                    record,
                    lines[record.start : record.end],
                    lines[record.start - 1] if record.start else None,
                    row_value(lines, record.start + 1, "alt")
                    if "labelled_cell" in record.title.how
                    else None,
                    sole=record.end >= len(lines) or lines[record.end].kind == "heading",
                ),
                authors=fields.authors,
                venue=None if _DATE_VENUE.match(fields.venue or "") else fields.venue,
                year=fields.year,
                topics=fields.topics,
                url=fields.url,
                pdf_url=fields.pdf_url,
                code_url=fields.code_url,
                arxiv_id=fields.arxiv_id,
                openreview_id=fields.openreview_id,
                doi=fields.doi,
                summary=fields.summary,
                abstract=fields.abstract,
                source=source,
            )
        except ValidationError as exc:
            result.rejected.append(
                Rejection(where=f"line {lines[record.start].number + 1}", reason=str(exc))
            )
            continue
        above = lines[record.start - 1] if record.start else None
        if above is not None and above.kind == "heading" and above.text.strip() in paper.alt_titles:
            # (a heading that is the paper's translation names no section of it)
            paper.topics = [t for t in paper.topics if t != above.text.strip()]
        for one in _each_of_pair(paper, lines[record.start], lines[record.start : record.end]):
            key = _key(one.title)
            if key in seen:
                _fill(seen[key], one, published=True)
                old = seen[key]
                if _cased_worse(old.title, one.title):
                    old.title = one.title  # "ATTENTION IS ALL YOU NEED" in prose, then cited
                result.confidence[id(old)] = max(result.confidence.get(id(old), 0.0), confidence)
                continue
            same = by_arxiv.get(one.arxiv_id or "")
            if same is not None and _restated(same.title, one.title):
                # "Chain-of-Thought" in a summary table, its paper named above (the summary's
                # own section is no topic of the paper)
                _fill(same, one, topics=False)
                said = {same.title, one.title}
                same.title = _fuller_title(same.title, one.title)
                same.alt_titles += [
                    t for t in sorted(said - {same.title}) if t not in same.alt_titles
                ]
                continue
            if same is not None and (
                _glossed(same.title, one.title) or _glossed(one.title, same.title)
            ):
                # "・市販AI製品の…（arxiv:2607.28617）" in a lineup, then "出典: AISPA: …
                # arXiv:2607.28617": one paper, its title in English and its gloss beside it
                _fill(same, one, topics=False)
                if _glossed(one.title, same.title):
                    same.title, one.title = one.title, same.title
                    seen[_key(same.title)] = same
                if one.title not in same.alt_titles:
                    same.alt_titles = [*same.alt_titles, one.title]
                continue
            if same is not None and _nicknamed_again(same.title, one.title):
                _fill(same, one, topics=False)  # "[2510.25622] ADC-SID (Alibaba)" in a summary
                continue
            linked = by_link.get((one.url or "", tuple(one.authors))) if one.authors else None
            if linked is not None and one.url and _translated(linked.title, one.title):
                # the page again in its other language ("## TR" under "## EN"): the same link
                # and names, the title translated
                if one.title not in linked.alt_titles:
                    linked.alt_titles = [*linked.alt_titles, one.title]
                continue
            if one.arxiv_id:
                by_arxiv.setdefault(one.arxiv_id, one)
            if one.url and one.authors:
                by_link.setdefault((one.url, tuple(one.authors)), one)
            seen[key] = one
            result.papers.append(one)
            result.confidence[id(one)] = confidence
            result.by_title[key] = confidence
    dated = _more_quoted_titles(records, scored, lines, accept, seen, result, source, doc)
    _more_linked_titles(records, scored, lines, floor, seen, result, source)
    joined = _joined_links(lines, seen, result, source)
    rules_ran = len(lines) <= RULES_MAX_LINES
    proposed: set[str] = set()
    if rules_ran:
        proposed = _second_opinion(
            text, source, lines, scored, seen, result, accept, stories, doc, keep_uncertain, tagged
        )
    proposed |= dated | columned | joined  # (a confident title on its line vouches for a link)
    found = len(result.papers)  # before the filter: a page it leaves one paper is no one-paper page
    if rules_ran and not keep_uncertain and found <= CORROBORATE_MAX:
        _set_aside_uncorroborated(result, proposed, doubted)
    _join_cut_titles(result)
    _join_short_names(result)
    if reviewed is not None:  # "[Paper Review] Title": the post's one paper; the rest, sections
        result.papers = _reviewed_paper(reviewed, result.papers, source)
        found = 1
    if len(result.papers) == 1 and found == 1:
        _page_links(result.papers[0], lines)
        only = result.papers[0]
        if only.venue is None:  # "会议:KDD '19: Proceedings of …", far below the title
            only.venue, labelled_year = labelled_venue(lines)
            if only.venue is None:  # "论文已发表在NeurIPS 2022", above the title
                only.venue, labelled_year = published_venue(lines)
            only.year = only.year or (labelled_year if only.venue else None)
    if starts and doc[0] and doc[0] not in PREPRINTS and _announced(lines[: starts[0]], doc[0]):
        for paper in result.papers:  # (citations too: the page says where they all appeared)
            if paper.venue is None and paper.year in (None, doc[1]):
                paper.venue, paper.year = doc[0], paper.year or doc[1]
    _tidy_topics(lines, result.papers)
    _named_links_below(lines, result.papers)
    _move_leading_nicknames(result)
    _move_bracketed_nicknames(result)
    _move_nicknamed_titles(result)
    _drop_bracketed_tags(result)
    _drop_shared_labels(result)
    for paper in result.papers:
        paper.title, date_year = without_date_tail(without_link_labels(paper.title))
        paper.title = without_date_or_id_lead(paper.title)
        counted = _DAY_LABEL_LEAD.match(paper.title)
        if counted is not None and len(paper.title[counted.end() :].split()) >= 2:
            _retitle(paper, paper.title[counted.end() :], None, result)  # "Day 3: Title"
        paper.title = _PART_MARK.sub("", without_kind_tag(paper.title))
        _move_trailing_gloss(paper, result)
        paper.year = paper.year or date_year
        _move_glued_venue(paper, result)
        _move_glued_author(paper, result)
        _move_cited_lead(paper, result)
        _move_bracketed_names(paper, result)
        _move_coauthor_remark(paper, result)
        _move_hyphened_venue(paper, result)
        _move_dashed_venue_tail(paper, result)
        _move_leading_venue(paper, result)
        _move_nickname(paper, result)
        _venue_from_other_titles(paper)
        _tidy_venue(paper)
        _tidy_authors(paper)
        _venue_without_year(paper)
    _move_leading_nicknames(result)  # ("2017 - PNAS - EWC - Title": led by its venue first)
    for paper in result.papers:
        filed_as = _FILE_EXTENSION.search(paper.title)
        if filed_as is not None and len(paper.title[: filed_as.start()].split()) >= 2:
            # 'filename: "Title - Subtitle.pdf"': the paper's file, named by its title
            _retitle(paper, paper.title[: filed_as.start()], None, result)
    _merge_same_titles(result)
    sure = quoted | filed
    result.papers = [p for p in result.papers if not _never_a_paper(p, _key(p.title) in sure)]
    if "paper" in kinds.values():  # "[論文] Title" beside "[blog] Title": the posts are no papers
        result.papers = [p for p in result.papers if kinds.get(_key(p.title)) != "post"]
    labels = _quote_labels(lines)
    if labels:  # "**Who Woulda Thunk It**" over "* Who Woulda Thunk It: “Title”": an award's name
        result.papers = [p for p in result.papers if not _a_label(p, labels)]
    _retitle_bracketed_links(lines, result)
    _titled_links_over_posts(lines, result)
    _nickname_topics_as_titles(lines, result)
    for paper in result.papers:
        paper.title = undoubled(paper.title)  # "Title [Title | Nature](…)": the title once
        _tidy_title(paper, result)
        _venue_from_title_remark(paper)
        _venue_from_proceedings(paper)
        if paper.year is None and paper.arxiv_id:
            paper.year = _arxiv_year(paper.arxiv_id)
        if paper.venue is None and paper.arxiv_id and not paper.doi:
            paper.venue = "arXiv"  # (a data file's preprint, as a page's line names its venue)
        elif paper.year is None and paper.venue is None and doc[0] is None and doc[1]:
            paper.year = doc[1]  # "Top ML research papers released in 2022": the page says when
    _drop_resources(lines, result)
    forget_page()
    forget_sessions()
    return result


# "# Literature" beside "# Resources": a page's section of papers, and its sections of other
# things to read (blog posts, docs, books), whose links are no papers unless they identify one
# ("## 📄 Papers Fundamentales" beside "## 🎥 Videos Recomendados", "## 📖 eBooks Gratuitos")
_PAPERS_HEADING = lazy_re(
    r"\W*(?:literature|papers?|readings?|reading\s+list|references|bibliography|"
    r"art[ií]culos|artigos|articles|論文|论文|논문)(?!\w)",
    re.IGNORECASE,
)
_RESOURCES_HEADING = lazy_re(
    r"\W*(?:(?:other|further|additional|useful|more|helpful)\s+)?(?:resources|tools|"
    r"tutorials|datasets|links|blogs?|e?books|courses|videos|software|libraries|"
    # (the same in Spanish, Portuguese and French, with one or two words after:
    # "Documentación Oficial", "Tutoriales y Guías", "Enlaces Útiles")
    r"(?:recursos|ressources|herramientas|ferramentas|outils|tutoriales|tutoriais|tutoriels|"
    r"enlaces|liens|libros|livros|livres|cursos|cours|v[ií]deos|videograf[ií]a|webgraf[ií]a|"
    r"documentaci[oó]n|documenta[cç][aã]o|e?books)(?:\s+[\w\u00c0-\u024f]+){0,3})\W*$",
    re.IGNORECASE,
)


RESOURCES_PAGE_PAPERS = 200  # papers, at most, of a page whose resources sections are read


def _drop_resources(lines: list[Line], result: DigestResult) -> None:
    """RESULT without the papers under a heading of resources ("# Resources", "## 🎥 Videos
    Recomendados") that no identifier names a paper, when a heading names the page's papers
    and none of the paper's own headings is it."""
    headings = [line for line in lines if line.kind == "heading"]
    if len(headings) < 2 or len(result.papers) > RESOURCES_PAGE_PAPERS:
        return  # (a long list's sections are its topics; and each title is looked for below)
    papers = [k for k, line in enumerate(headings) if _PAPERS_HEADING.match(line.text)]
    if not papers:
        return
    spans: list[tuple[int, int]] = []  # source lines of each resources section
    for k, line in enumerate(headings):
        if not _RESOURCES_HEADING.match(line.text):
            continue
        if all(_holds(headings, above, k) for above in papers):
            continue  # ("# Paper List" over "## Additional Resources": the page's title)
        end = next(
            (later.number for later in headings[k + 1 :] if later.depth <= line.depth), 1 << 30
        )
        spans.append((line.number, end))
    if not spans:
        return
    where: dict[int, int] = {}  # id(paper) → the source line that first names it
    for line in lines:
        if len(where) == len(result.papers):
            break
        for paper in result.papers:
            if id(paper) not in where and paper.title[:60] in line.text:
                where[id(paper)] = line.number
    result.papers = [
        paper
        for paper in result.papers
        if paper.arxiv_id
        or paper.doi
        or paper.openreview_id
        or not any(start < where.get(id(paper), -1) < end for start, end in spans)
    ]


# "Neural Turing Machine [[Neural Turing Machines](…)]": a course's name of a paper, then the
# paper's title linked in brackets
_BRACKETED_END = lazy_re(r"(?<=\S)\s*\[([^\[\]]{10,300})\]$")
BRACKETED_WORDS = 3  # words, at least, of a bracketed link's text for it to be the title


_BRACKETED_TAG = lazy_re(r"\[([^\[\]]{1,40})\]")  # "**[FCN]** Title": a tag in brackets
# "Dempster1977", "Rico-Juan2003": a citation's label (reStructuredText's "[Dempster1977]")
_CITE_KEY = lazy_re(r"[A-Z][A-Za-z'’-]{1,30}(?:19|20)\d\d[a-z]?")


def _nickname_topics_as_titles(lines: list[Line], result: DigestResult) -> None:
    """RESULT's papers without the topics that are no section: a citation's label, or a model's
    short name that leads one paper alone ("**[FCN]** Title", "**[SegNet]** Title") on a page
    where at least LEADING_NICKNAMES papers are so led; those names become other titles (a
    section's, "## DSSM" or "- SMOTE" over its paper, stays a topic)."""
    from papercli.importers.digest.candidates import model_name

    counts = Counter(topic for paper in result.papers for topic in set(paper.topics))
    named = [
        (paper, topic)
        for paper in result.papers
        for topic in paper.topics
        if counts[topic] == 1 and model_name(topic)
    ]
    if len(named) >= LEADING_NICKNAMES:  # (the page's tags read only when enough could be)
        bracketed = {tag for line in lines for tag in _BRACKETED_TAG.findall(line.text[:300])}
        named = [(paper, topic) for paper, topic in named if topic in bracketed]
    for paper in result.papers:
        paper.topics = [topic for topic in paper.topics if not _CITE_KEY.fullmatch(topic)]
    if len(named) < LEADING_NICKNAMES:
        return
    for paper, topic in named:
        paper.topics = [t for t in paper.topics if t != topic]
        if topic not in paper.alt_titles and _key(topic) != _key(paper.title):
            paper.alt_titles = [*paper.alt_titles, topic]


def _titled_links_over_posts(lines: list[Line], result: DigestResult) -> None:
    """RESULT's papers linked by the page's link labelled with their title ("[Title](…)")
    where what they hold is a post's or a video's link ("去年に Twitter で [紹介していた](…)")."""
    astray = [
        p
        for p in result.papers
        if p.url and (_SOCIAL_POST.match(p.url) or _NEVER_PAPER_HOST.match(p.url))
    ]
    if not astray:
        return
    labelled: dict[str, str] = {}
    for line in lines:
        for span in line.spans:
            if span.kind == "link" and span.url.startswith(("http://", "https://")):
                labelled.setdefault(_key(line.text[span.start : span.end]), span.url)
    for paper in astray:
        url = labelled.get(_key(paper.title))
        if url and url != paper.url and not _NEVER_PAPER_HOST.match(url):
            paper.url = url


def _retitle_bracketed_links(lines: list[Line], result: DigestResult) -> None:
    """RESULT's titles that end with a link's text in brackets ("Nickname [Title]") as that
    text, where the page links it."""
    ending = [p for p in result.papers if p.title.endswith("]") and _BRACKETED_END.search(p.title)]
    if not ending:
        return
    linked = {
        line.text[span.start : span.end]
        for line in lines
        for span in line.spans
        if span.kind == "link"
    }
    for paper in ending:
        inner = _BRACKETED_END.search(paper.title)
        if (
            inner is not None
            and len(inner.group(1).split()) >= BRACKETED_WORDS
            and inner.group(1) in linked
        ):
            _retitle(paper, inner.group(1), None, result)


def _each_over_its_venue(lines: list[Line], starts: list[int], venue: str) -> bool:
    """Whether the page's VENUE is written on the line right above its first paper's title,
    and the second paper's title has a venue right above it too (a card's "2019 • ACM
    Computing Surveys", then "2019 • OpenSym"): each card's own venue, no page's."""
    if len(starts) < 2 or min(starts) < 1:
        return False
    first, second = lines[starts[0] - 1], lines[starts[1] - 1]
    if first.kind == "heading" or venue not in first.text or second.kind == "heading":
        return False
    return all(_YEAR_VENUE_LINE.fullmatch(line.text.strip()) for line in (first, second))


# "2019 • OpenSym", "2021 • ICSE-SEET": a card's year and venue, on a line of their own
_YEAR_VENUE_LINE = lazy_re(r"(?:19|20)\d\d\s*[•·|/,-]\s*\S.{0,60}")


def _holds(headings: list[Line], above: int, below: int) -> bool:
    """Whether heading ABOVE's section holds heading BELOW (both indexes into HEADINGS)."""
    return above < below and all(
        headings[k].depth > headings[above].depth for k in range(above + 1, below + 1)
    )


# "Spotlight Paper:", "Accepted paper:", "论文：" right before a title: the page names it a paper
_PAPER_LABEL_BEFORE = lazy_re(
    r"(?:^|\s)(?:(?:spotlight|oral|poster|accepted|contributed|best|outstanding)\s+)?"
    r"paper\s*[:：]\s*$|论文\s*[:：]\s*$",
    re.IGNORECASE,
)


RESTATED_WORDS = 3  # words, at most, of a paper's short name said again


def _restated(first: str, again: str) -> bool:
    """Whether title AGAIN, of the same arXiv id as title FIRST, is FIRST said again: the
    shorter is a short name (RESTATED_WORDS words at most) that starts the longer
    ("Chain-of-Thought Prompting", then "Chain-of-Thought" in a summary table; "Long Range
    Arena", then its full title), or the longer is the shorter with a copied date or link
    label ("… [Aug 2023] Repo"). Two titles of one id that differ otherwise ("Attention Is All
    You Need" and "… In Speech Separation") are a page's slip: both kept."""
    a, b = _key(first), _key(again)
    (short, short_text), (long_, long_text) = sorted(
        ((a, first), (b, again)), key=lambda p: len(p[0])
    )
    if a == b or len(short) < 3 or not long_.startswith(short):
        return False
    # "Refused in Chat, Written in Code" below "Refused in Chat, Written in Code: Workflow-
    # Level Jailbreak …": its main title, said again (not "Title" over "Title: A Survey")
    main_title = long_ == a and long_text.startswith(short_text.strip() + ":")
    return (
        main_title
        or len(short_text.split()) <= RESTATED_WORDS
        or bool(_TAIL_WORDS.fullmatch(long_[len(short) :]))
    )


# "7 Papers Accepted at ICIAP 2025!", "两篇论文被 ACL 2024 录用": where all the page's papers
# appeared
_ACCEPTED = lazy_re(r"\baccepted\s+(?:at|to|by|in|for)\b|录用|接收", re.IGNORECASE)


def _announced(intro: list[Line], venue: str) -> bool:
    """Whether a line of the page's INTRO says its papers were accepted at VENUE."""
    from papercli.importers.venues import find_venue_year

    return any(
        _ACCEPTED.search(line.text) is not None and find_venue_year(line.text)[0] == venue
        for line in intro
        if len(line.text) <= ANNOUNCEMENT_CHARS
    )


ANNOUNCEMENT_CHARS = 300  # a longer line of the intro is prose, no announcement


_PARENTHESES = lazy_re(r"\s*[(（][^()（）]*[)）]")
_SHORT_NAME_MARK = lazy_re(r"[A-Z]{2}|\d")  # "ADC-SID", "OneRec-V2": a method's short name


def _nicknamed_again(first: str, again: str) -> bool:
    """Whether title AGAIN, of the same arXiv id as the full title FIRST found before it, is
    the paper's short name (at most RESTATED_WORDS words, a maker in parentheses aside, with
    capitals or digits: "ADC-SID (Alibaba)" in a summary table below the paper's entry)."""
    short = _PARENTHESES.sub("", again)
    words = short.split()
    # (a name of capitals or digits: "Fractional Max-Pooling" under another paper's id is
    # a page's slip, two papers)
    named = _SHORT_NAME_MARK.search(short) is not None
    return named and 0 < len(words) <= RESTATED_WORDS < len(first.split())


# what a copied title may carry after it in a list: a date, a link's label ("[Aug 2023] Repo")
_TAIL_WORDS = lazy_re(
    r"(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|repo|code|paper|pdf|"
    r"project|page|github|arxiv)+"
)


def _fuller_title(first: str, again: str) -> str:
    """The better of two titles of one paper said again (see _restated): FIRST, unless AGAIN
    is FIRST and its subtitle ("Long Range Arena" then "Long Range Arena: A Benchmark for
    Efficient Transformers"), or AGAIN is FIRST less the dates and link labels FIRST copied
    at its end ("… Models [Aug 2023] Repo" gives way to "… Models Aug 2023"). A short name
    first keeps its place: what follows it may be a repository's name ("Mask R-CNN for … on
    Keras")."""
    a, b = _key(first), _key(again)
    if b.startswith(a) and again.lower().startswith(first.lower()):
        return again if re.match(r"\s*[:：]\s*\w", again[len(first) :]) else first
    if a.startswith(b) and _TAIL_WORDS.fullmatch(a[len(b) :]):
        return again
    return first


def _labelled_a_paper(line: Line, title: str) -> bool:
    """Whether LINE labels TITLE a paper right before it ("11:20 AM Spotlight Paper: Title")."""
    at = line.text.find(title)
    return at > 0 and _PAPER_LABEL_BEFORE.search(line.text, max(0, at - 30), at) is not None


_LIGATURE = lazy_re(r"[\ufb00-\ufb06]")
# "Ju ̈rgen": a letter, a space, then the accent that belongs on it (a PDF's text layer)
_SPACED_MARK = lazy_re(r"([A-Za-z]) ([\u0300-\u036f])")
_LONG_GAP = lazy_re(r"(?<=\S)[ \t]{17,}")
GAP_KEPT = 16


def _kept_gap(match: re.Match[str]) -> str:
    return match.group(0)[:GAP_KEPT]


# "Title One & Title Two [[paper1](…)] [[paper2](…)]": two papers a reading group presents
_PAIR = lazy_re(r"^([A-Z][^&]{10,300}?\S) & ([A-Z][^&]{10,300})$")
_NUMBERED_LINK = lazy_re(r"^(?:paper|pdf|论文)\s*\d$", re.IGNORECASE)
# "Efficient Locking for … B-Trees (1981)和The R*-tree: … (1990): 评述": two dated titles
_DATED_PAIR = lazy_re(
    r"^([A-Z][^()（）]{10,300}?)\s{0,3}[(（]((?:19|20)\d\d)[)）]\s{0,3}(?:和|与|及|以及|and|&)\s*"
    r"([A-Z][^()（）]{10,300})$"
)
# "How Powerful are Graph Neural Networks? / Deeper Insights into …": two titles in a cell
_JOINED_PAIR = lazy_re(r"^([A-Z][^/+]{10,300}?\S)\s+[/+]\s+([A-Z][^/+]{10,300})$")
PAIR_WORDS = 3  # words, at least, in each title of a pair


def _each_of_pair(paper: Paper, line: Line, record: list[Line] | None = None) -> list[Paper]:
    """PAPER, or the two papers its title joins: two titles each with its year, joined by
    "和" or "and" ("Title A (1981)和Title B (1990): …"), or joined with " & " when the line
    links each of them by number ("[paper1]", "[paper2]"; the links, ids and summary then go
    to neither), or joined with " / " or " + " when the RECORD links two arXiv papers, one
    each, in order ("Title A + Title B | [Pdf](…) + [Pdf](…)")."""
    joined = _JOINED_PAIR.match(paper.title)
    if joined is not None and min(len(part.split()) for part in joined.groups()) >= PAIR_WORDS:
        from papercli.ids import normalize_arxiv

        linked: dict[str, str] = {}  # arXiv id → the address that names it, in the page's order
        for url in (url for one in record or [line] for url in one.urls):
            found = normalize_arxiv(url)
            if found is not None:
                linked.setdefault(found, url)
        if len(linked) == 2:
            each: list[Paper] = []
            for title, (found, url) in zip(joined.groups(), linked.items(), strict=True):
                one = _alone(paper, title, paper.year)
                one.arxiv_id, one.url = found, url
                each.append(one)
            return each
    dated = _DATED_PAIR.match(paper.title)
    if dated is not None:
        first, year, second = dated.groups()
        after = re.search(re.escape(second) + r"\s{0,3}[(（]((?:19|20)\d\d)[)）]", line.text[:2000])
        if after is None or min(len(first.split()), len(second.split())) < PAIR_WORDS:
            return [paper]  # "The Netflix Prize (2009) and Collaborative Filtering": one title
        return [_alone(paper, first, int(year)), _alone(paper, second, int(after.group(1)))]
    pair = _PAIR.match(paper.title)
    numbered = [
        span
        for span in line.spans
        if span.kind == "link" and _NUMBERED_LINK.match(line.text[span.start : span.end].strip())
    ]
    if pair is None or len(numbered) < 2 or min(len(p.split()) for p in pair.groups()) < 3:
        return [paper]
    return [_alone(paper, title, paper.year) for title in pair.groups()]


def _alone(paper: Paper, title: str, year: int | None) -> Paper:
    """One of the two papers PAPER joined: TITLE and YEAR, with no link, id or summary (the
    line's belong to neither alone)."""
    from dataclasses import replace

    return replace(
        paper,
        title=title.strip(),
        year=year,
        url=None,
        pdf_url=None,
        code_url=None,
        arxiv_id=None,
        openreview_id=None,
        doi=None,
        summary=None,
        abstract=None,
    )


# "姜文斌的“Title”", "博士生王子威的论文“Title”": the writer named right before a quoted title
# in Chinese prose
# "Santoro 等人在 2016 年发表的《Title》", "Vinyals 等人在同年提出的《Title》": when they wrote it
_WHEN_PUBLISHED = r"\s*在\s*(?:(?:19|20)\d\d\s*年|同年)\s*(?:发表|提出)"
_WRITER_OF = lazy_re(
    r"(?:^|[和与及、，,\s]|包括|以及|如|有|是|博士生|硕士生|本科生|研究生|实习生|博士后|学生)"
    r"([\u4e00-\u9fff]{2,3}?)"
    r"(?:老师|教授|博士|同学|研究员)?(?:等人|等)?的(?:论文|文章)?\s*$"
)
# "Yann LeCun等人的《Title》", "Franco Scarselli等人在《Title》当中": a writer named in Latin
# letters, before "等人的" (and others')
_LATIN_WRITER_OF = lazy_re(
    r"(?:^|[\s，,、。：:；;年])([A-Z][A-Za-z'’]+(?:[\s\-][A-Z][A-Za-z'’]+){0,2})\s*(?:等人|等)?"
    rf"(?:(?:{_WHEN_PUBLISHED})?的(?:论文|文章)?|(?<=等人)在)\s*$"
)
# "AliCoCo", "GoogLeNet": one word with capitals inside it names a system, not a person
_NICKNAME_WORD = lazy_re(r"[A-Z][a-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,}[\w\-]*")
# a writer's name starts with a common family name ("谷歌的", "最新的" name no one)
_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤贲常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲"
    "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_NOT_WRITERS = frozenset(
    {"谷歌", "百度", "华为", "商汤", "龙头", "高校", "常见", "经典", "最新", "全新", "金牌"}
)
# "六篇论文被ACL录用，包括……": the sentence's papers were all accepted at its venue
# "N篇论文被X录用", "The Best Paper Awards for SOSP 2019 went to “A” … and “B”": one venue for all
_SEVERAL_ACCEPTED = lazy_re(
    r"(?:\d+|[一二三四五六七八九十两]+)\s*篇(?:论文|文章|工作)"
    r"|\b(?i:awards|papers)\s+(?i:for|at|of)\s+[A-Z][\w-]{1,15}\s*'?(?:19|20)?\d\d\s+"
    r"(?i:went|go|were)\b"
)

# "…的“A”、…的“B”被AAAI-2026录用", '"A" and "B" were accepted at ICML 2024': said of them all
_ALL_ACCEPTED_AFTER = lazy_re(
    r"[”\"》」』]?\s*(?:(?:均|都|全部|一同|同时)?被[^。；;，,！!]{1,30}?(?:录用|接收|收录)"
    r"|(?:(?:were|have\s+been|are)\s+(?:all\s+|both\s+)?accepted))"
)


def _writer_before(text: str, title: str) -> list[str]:
    """The writer named right before quoted TITLE in prose ("刘群老师的“Title”", "Yann LeCun等人
    的《Title》", 'Mnih et al. (2015) "Title"')."""
    from papercli.importers.digest.fields import cited_right_before

    cited = cited_right_before(text, title)[0]
    if cited:
        return cited
    at = text.find(title)
    latin = _LATIN_WRITER_OF.search(text[max(0, at - 40) : max(0, at - 1)]) if at > 1 else None
    if latin is not None and not _NICKNAME_WORD.fullmatch(latin.group(1)):
        return [latin.group(1)]  # not "AliCoCo 的文章《…》": a system's name, not a writer
    before = text[max(0, at - 16) : at].rstrip()[:-1]  # without the quote mark (and a space)
    writer = _WRITER_OF.search(before) if at > 1 else None
    if writer is None:
        return []
    name = writer.group(1)
    if name[0] not in _FAMILY_NAMES or name in _NOT_WRITERS:
        return []
    return [name]


# "2014年Goodfellow等人的《Title》", "还有2017年Google团队的“Title”": the year right before
_YEAR_BEFORE = lazy_re(r"((?:19|20)\d\d)\s*年[^。；;《》“”\"\d]{0,24}$")


# "…在 2016 年发表的《A》，以及由 Vinyals 等人在同年提出的《B》": the year of the one before
_SAME_YEAR = lazy_re(r"同年[^。；;《》“”\"\d]{0,12}$")
_A_YEAR = lazy_re(r"((?:19|20)\d\d)\s*年")


def _year_before(text: str, title: str) -> int | None:
    """The year a sentence gives quoted TITLE right before it ("2014年X等人的《Title》",
    "…2016 年…《A》，…在同年提出的《B》")."""
    at = text.find(title)
    if at <= 1:
        return None
    found = _YEAR_BEFORE.search(text[max(0, at - 31) : at - 1])
    if found is None and _SAME_YEAR.search(text[max(0, at - 21) : at - 1]):
        sentence = text[max(0, at - 300) : at].rsplit("。", 1)[-1]
        found = next(reversed(list(_A_YEAR.finditer(sentence))), None)
    return int(found.group(1)) if found else None


def _more_quoted_titles(
    records: list[Record],
    scored: list[list[Candidate]],
    lines: list[Line],
    accept: float,
    seen: dict[str, Paper],
    result: DigestResult,
    source: str | None,
    doc: tuple[str | None, int | None] = (None, None),
) -> set[str]:
    """A sentence that quotes several confident titles ("…的“A”、…的“B”和…的“C”") names a
    paper with each of them, not only with the best one: a record holds one paper, and a
    line of prose may hold several records' titles; so do titles the prose cues ("…等人的
    Title。……论文：Title"). Returns the keys of those the sentence dates right before their
    title ("2017年Google团队的《Title》") or cues: the sentence vouches for them."""
    from papercli.importers.digest.candidates import without_open_tail
    from papercli.importers.digest.fields import (
        cited_right_before,
        names_after_quote,
        names_an_event,
        venue_year,
    )

    dated: set[str] = set()
    for record in records:
        # a title quoted, or named after its cue in prose ("…等人的 Title。另有……等人的 Title")
        kind = next((k for k in ("quoted", "after_cue") if k in record.title.how), None)
        if kind is None:
            continue
        line = lines[record.start]
        # "《A》就融合了……，而《B》结合了……": a title in book-title marks beside a confident
        # one in the same marks is a title too, when the model does not all but rule it out
        marked = _quote_mark(line.text, record.title.text) == "《"
        quoted = [
            c
            for c in scored[record.start]
            if kind in c.how
            and c.text != record.title.text
            and (
                c.score >= accept
                or (marked and c.score >= SIBLING_FLOOR and _quote_mark(line.text, c.text) == "《")
            )
        ]
        own = seen.get(_key(without_open_tail(record.title.text)))
        if own is not None and not own.authors:
            own.authors = _writer_before(line.text, record.title.text)
        own_year = _year_before(line.text, record.title.text)
        if own is not None and own_year is not None:
            own.year = own_year  # the sentence's first year may be another paper's
        if not quoted:
            continue
        spans = [(line.text.find(c.text), len(c.text)) for c in [record.title, *quoted]]
        first = min(at for at, _ in spans)
        last = max(at + length for at, length in spans)
        shared = own is not None and bool(
            _SEVERAL_ACCEPTED.search(line.text[: max(first, 0)])
            or _ALL_ACCEPTED_AFTER.match(line.text, last)
        )
        mark = _quote_mark(line.text, record.title.text)
        for cand in quoted:
            if kind == "quoted" and _quote_mark(line.text, cand.text) != mark:
                continue  # 《Title》 beside "a phrase": the page marks its titles one way
            title = without_open_tail(cand.text)
            key = _key(title)
            if not key or key in seen or _overlaps(key, seen):
                continue
            if names_an_event(line.text, cand.text):
                continue  # '“Observing … Hands in Action” workshop에서': a workshop
            year_before = _year_before(line.text, cand.text)
            if year_before is not None or kind == "after_cue":
                dated.add(key)  # dated, or cued ("论文：Title"): the sentence vouches for it
            try:
                names = _writer_before(line.text, cand.text) or names_after_quote(cand.rest)
                # "N篇论文被X录用，包括……": the venue is all its papers'; else the page's own
                venue, year = (own.venue, own.year) if own and shared else (None, None)
                # (the page's venue, as its record's paper took it: "title: Three Papers
                # Accepted in NeurIPS 2025" over 'The papers are "A" and "B"')
                # (not a venue named among the titles: 'Our paper "A" was accepted at ICML
                # 2024; it extends "B"' cites B, of its own venue)
                page_wide = (
                    own is not None
                    and own.venue == doc[0]
                    and venue_year(line.text[max(first, 0) :])[0] is None
                )
                if venue is None and (kind == "after_cue" or page_wide) and doc[0]:
                    venue, year = doc
                paper = Paper(
                    title=title,
                    authors=names,
                    venue=venue,
                    year=year_before or year or cited_right_before(line.text, cand.text)[1],
                    source=source,
                )
            except ValidationError:
                continue
            _add_found(paper, key, cand.score, seen, result)
    return dated


def _more_linked_titles(
    records: list[Record],
    scored: list[list[Candidate]],
    lines: list[Line],
    floor: float,
    seen: dict[str, Paper],
    result: DigestResult,
    source: str | None,
) -> None:
    """A paragraph of prose that links several titles to one site's paper pages ("[RoSA: …]
    (icml.cc/virtual/2024/poster/1) … [Exploring …](…/poster/2)") names a paper with each:
    the links say what they are. The site is that of the paragraph's record title, or a
    conference's own paper pages. Each title needs FLOOR from the model."""
    from papercli.importers.digest.candidates import without_open_tail
    from papercli.importers.digest.fields import conference_page, conference_paper
    from papercli.importers.digest.records import never_title

    titled = {r.start: r.title for r in records if "link" in r.title.how}
    for index, (line, row) in enumerate(zip(lines, scored, strict=True)):
        if line.kind != "line" or len(line.spans) < 2:
            continue
        links = [c for c in row if "link" in c.how and c.score >= floor]
        own = titled[index].url if index in titled else ""
        if not own:
            pages = [c for c in links if conference_paper(c.url)]
            if len(pages) < 2:
                continue
            own = pages[0].url
        for cand in links:
            title = without_open_tail(cand.text)
            key = _key(title)
            if _site_section(cand.url) != _site_section(own) or len(title.split()) < 3:
                continue
            if not key or key in seen or _overlaps(key, seen) or never_title(title):
                continue
            venue, year = conference_page(cand.url)
            try:
                paper = Paper(title=title, url=cand.url, venue=venue, year=year, source=source)
            except ValidationError:
                continue
            _add_found(paper, key, cand.score, seen, result)


# what joins the links of a list of papers on one line: "[A](…) & [B](…)", "[A](…) and [B](…)",
# a space ("| [A](…) [B](…) |": a schedule's two papers of a week)
# (not "/" or "|": "[Title](arxiv) | [NeurIPS version](…)" gives one paper's other links)
_LINK_JOINER = lazy_re(r"\s*(?:&|and|,|;|、|，|；)\s*|\s+", re.IGNORECASE)
# a link's label, not a paper's title: "Read the paper", "NeurIPS 2017 version", "Full paper (PDF)"
_LINK_LABEL_WORDS = lazy_re(
    r"\b(?:paper|pdf|version|arxiv|download|read|slides?|supplementary|supplement|code|video|"
    r"talk|blog|poster|project|page|link|here|official|full|extended|preprint|published)\b",
    re.IGNORECASE,
)
JOINED_LINK_SCORE = 0.5  # the confidence of a paper a joined link names
JOINED_LINKS_MAX = 6  # links on one line, at most, read as a list of papers


def _joined_links(
    lines: list[Line], seen: dict[str, Paper], result: DigestResult, source: str | None
) -> set[str]:
    """A line that is a run of links to papers joined by "&", "and", "," or ";" ("[Neural
    Algorithmic Reasoning](arxiv…) and [Pointer Graph Networks](arxiv…)") names a paper with
    each link whose text reads as a title, when one of them is a paper already: the papers
    found beside it share its topics. Returns the keys of the papers it named."""
    from papercli.ids import find_identifiers, paper_field
    from papercli.importers.digest.features import paper_page
    from papercli.importers.digest.records import never_title

    joined: set[str] = set()
    for line in lines:
        links = [span for span in line.spans if span.kind == "link" and span.url]
        if len(links) < 2 or line.kind == "heading":
            continue
        if not all(
            _LINK_JOINER.fullmatch(line.text[a.end : b.start]) for a, b in itertools.pairwise(links)
        ):
            continue
        named = [(line.text[span.start : span.end].strip(), span.url) for span in links]
        if not all(_paper_link(url) for _, url in named):
            continue
        spaced = any(not line.text[a.end : b.start].strip() for a, b in itertools.pairwise(links))
        if spaced and not all(paper_page(url) for _, url in named):
            continue  # "[Title](arxiv…) [A blog post](…)": only papers' own pages, side by side
        known = next((seen[_key(t)] for t, _ in named if _key(t) in seen), None)
        if known is None or len(named) > JOINED_LINKS_MAX:
            continue
        ids_of = [find_identifiers(url) for _, url in named]
        named_as = {
            tuple(sorted(ids.items())) or (("url", url),)  # (no identifier: its address)
            for ids, (_, url) in zip(ids_of, named, strict=True)
        }
        if len(named_as) < len(named):
            continue  # two links to one paper (its arXiv and its venue's pages): not a list
        if not all(
            len(title.split()) >= 3 and title[:1].isupper() and not _LINK_LABEL_WORDS.search(title)
            for title, _ in named
            if _key(title) != _key(known.title)
        ):
            continue  # "[Title](…) and [the scaling laws paper](…)": a sentence's link
        own = next(
            ids
            for (title, _), ids in zip(named, ids_of, strict=True)
            if _key(title) == _key(known.title)
        )
        for ids in ids_of:  # the record keeps no identifier of the other papers' links
            for kind, value in ids.items():
                if getattr(known, paper_field(kind)) == value and own.get(kind) != value:
                    setattr(known, paper_field(kind), None)
        for (title, url), ids in zip(named, ids_of, strict=True):
            key = _key(title)
            if key in seen or never_title(title):
                continue
            found = {paper_field(kind): value for kind, value in ids.items()}
            try:
                paper = Paper.from_dict(
                    {"title": title, "url": url, "topics": list(known.topics), "source": source}
                    | found
                )
            except ValidationError:
                continue
            _add_found(paper, key, JOINED_LINK_SCORE, seen, result)
            joined.add(key)
    return joined


def _site_section(url: str) -> str:
    """The site and the first two steps of URL's path ("icml.cc/virtual/2024"): links to
    one site's paper pages share it."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.netloc.lower() + "/".join(parts.path.split("/")[:3])


def _add_found(
    paper: Paper, key: str, score: float, seen: dict[str, Paper], result: DigestResult
) -> None:
    """PAPER (its title's KEY) is one more paper of the page, found with confidence SCORE."""
    seen[key] = paper
    result.papers.append(paper)
    result.confidence[id(paper)] = round(score, 3)
    result.by_title[key] = round(score, 3)


SIBLING_FLOOR = 0.2  # a title in 《》 beside a confident one in 《》 needs this much


def _quote_mark(text: str, quoted: str) -> str:
    """The character that opens QUOTED in TEXT ("《", "“", '"'), or "" when none does."""
    at = text.find(quoted)
    if at <= 0:
        return ""
    head = text[:at].rstrip()  # '“ Title”': a space inside the mark
    return head[-1] if head and head[-1] in _OPENING_MARKS else text[at - 1]


_OPENING_MARKS = "“\"《「『‘'"


def _page_links(paper: Paper, lines: list[Line]) -> None:
    """The page's labelled code and paper links go to its only paper: a one-paper post puts
    them in a box or a list of its own, away from the title. Identifiers only when the paper
    has none (another one would be a paper the post cites)."""
    from papercli.importers.digest.fields import labelled_links

    found = labelled_links(lines)
    paper.code_url = paper.code_url or found.code_url
    if not (paper.arxiv_id or paper.doi or paper.openreview_id):
        paper.arxiv_id, paper.doi = found.arxiv_id, found.doi
        paper.openreview_id = found.openreview_id
        if found.landing and not paper.url:
            paper.url = min(found.landing, key=lambda p: p[0])[1]
        paper.pdf_url = paper.pdf_url or found.pdf_url


def _identified(
    records: list[Record], lines: list[Line], doc: tuple[str | None, int | None], accept: float
) -> list[Record]:
    """On a page where no title was confident (a one-paper post, a news item), the uncertain
    records that hold a paper identifier of their own: the identifier names the paper, so
    its title is taken with the uncertain score raised to ACCEPT."""
    from papercli.importers.digest.fields import read_fields

    out: list[Record] = []
    held: set[str] = set()
    for record in records:
        fields = read_fields(record, lines, doc)
        ids = {f"{kind}:{value}" for kind, value in _ids_of(fields) if value}
        if ids and not ids & held and not _navigation(record.title.text):
            held |= ids
            out.append(record)
    if len(out) > IDENTIFIED_MAX:
        return []  # many uncertain titles with links: a page the model cannot read
    for record in out:
        record.title.score = max(record.title.score, accept)
    return out


def _headed_by_its_paper(lines: list[Line], scored: list[list[Candidate]], accept: float) -> bool:
    """On a page where no title was found, a heading that labels its paper ("Paper review:
    Title", "[论文笔记] Title", "论文阅读：Title"), or a first line that glosses it in Chinese
    ("真正理解指针生成网络——Title"), names the one paper the page is about: its title is
    raised to ACCEPT. Returns whether it was."""
    from papercli.importers.digest.candidates import CHINESE_LEAD_DASH, glossed_parts, tidy
    from papercli.importers.digest.records import never_title

    for index, line in enumerate(lines[:HEADING_LINES]):
        glossed = CHINESE_LEAD_DASH.match(line.text.strip()) if index == 0 else None
        bracketed = _GLOSS_THEN_BRACKETED.match(line.text.strip()) if index == 0 else None
        if line.kind != "heading" and glossed is None and bracketed is None:
            continue
        labelled = [c for c in scored[index] if c.how & {"after_label", "after_lead_span"}]
        if glossed is not None:  # "真正理解指针生成网络——Title": the post's headline
            labelled += [c for c in scored[index] if c.text == tidy(glossed_parts(glossed)[1])]
        if bracketed is not None:  # "系統的文献レビュー(Title)": the headline, its original
            labelled += [c for c in scored[index] if c.text == tidy(bracketed.group(1))]
        best = max(labelled, key=lambda c: c.score, default=None)
        if best is None or len(best.text.split()) < 3 or never_title(best.text):
            return False
        if _NICKNAME_LABEL.match(line.text.strip()) is not None:
            return False  # "# DUSt3R: Geometric 3D Vision Made Easy": the title whole
        head = line.text.strip().lstrip("# ").partition(best.text)[0].rstrip(" :：")
        if "whole" not in best.how and _TITLE_HEAD.fullmatch(head) and not _POST_LABEL.search(head):
            return False  # "# Tell Me How to Ask Again: Question Data …": its title's first part
        best.score = max(best.score, accept)
        return True
    return False


# "DUSt3R: …", "GPT-4: …", "ViT: …": a method's name before a colon, its paper's title's first
# part, no label of a post's ("Paper review: …", "Notes: …")
_NICKNAME_LABEL = lazy_re(
    r"^[#\s]*(?![\w.+\-]*(?:19|20)\d\d\s*:)(?:[A-Z][a-z]*[A-Z0-9]|[A-Z0-9]{2,})[\w.+\-]{0,20}\s*:\s"
)


# "Tell Me How to Ask Again", "Big Bird": capitalised words, a title's first part before its
# colon; "Paper Review", "Reading Notes" label a post
_TITLE_HEAD = lazy_re(
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|a|an|the|and|or|of|to|for|in|on|at|by|with|from))+"
)
_POST_LABEL = lazy_re(
    r"\b(?:papers?|reviews?|notes?|summary|summaries|readings?|read|study|studies|explained|"
    r"walkthrough|dive|tl;?dr|week|day|daily|weekly|digest|series|part|chapter|lecture)\b",
    re.IGNORECASE,
)
HEADING_LINES = 3  # the page's heading is among its first lines
# "Hugging Faceに関する系統的文献レビュー(What do we know about …)": a headline in Chinese or
# Japanese, the paper's English title in brackets after it
_GLOSS_THEN_BRACKETED = lazy_re(
    r"^[^()（）\n]{0,200}[\u3040-\u30ff\u3400-\u9fff][^()（）\n]{0,200}"
    r"[(（]([A-Za-z][^()（）\n]{15,400})[)）]$"
)

# "Authors: A, B", "作者：A、B", "By A and B": a line that says who wrote the paper above it
_AUTHORS_LINE = lazy_re(r"^\W{0,3}(?:authors?|作者|by)\s*[:：]?\s*", re.IGNORECASE)
OPENING_LINES = 6  # a one-paper page names its paper in its first lines


def _titled_over_its_authors(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> bool:
    """On a page where no title was found, a line among its first ones just above a line of
    its authors ("Title" / "June 5, 2026" / "Authors: A, B, C", as a paper's own page or a
    summary of it begins) names the one paper the page is about. Returns whether one did."""
    for index, line in enumerate(lines[:OPENING_LINES]):
        if index and _lists_authors(line.text.strip()):
            for above in range(index - 1, max(-1, index - 3), -1):
                title = next((c for c in scored[above] if "whole" in c.how), None)
                kind = lines[above].kind
                if title is not None and kind in ("line", "heading") and _one_title(title.text):
                    title.score = max(title.score, accept)
                    return True
            return False
    return False


def _lists_authors(text: str) -> bool:
    """Whether TEXT is a line of two authors or more: "Authors: A, B", "作者：A、B", "A and B"."""
    from papercli.importers.digest.references import names_only

    label = _AUTHORS_LINE.match(text)
    names = text[label.end() :] if label else text
    names = _BYLINE_VENUE.sub("", names)  # "Ho, Jain & Abbeel · NeurIPS 2020"
    if len(re.split(r"[,，、;；&]|\band\b|\s和\s", names)) < 2:
        return False  # one name: more often a post's writer than a paper's authors
    return names_only(names)


# where and when, after a byline's names: " · NeurIPS 2020", " — ICML'21"
_BYLINE_VENUE = lazy_re(r"\s*[·•|–—]\s*[A-Z][\w\-]{1,15}\s*['’]?(?:(?:19|20)\d\d|\d\d)\s*$")


def _restated_below(lines: list[Line], scored: list[list[Candidate]], accept: float) -> bool:
    """On a page where no title was found, a first line that is a title ("Title (2020)") and
    that the paragraph under it opens by restating ("Title generate high-quality images …")
    names the one paper the page is about. Returns whether it did."""
    if len(lines) < 2 or lines[0].kind not in ("line", "heading"):
        return False
    below = lines[1].text.lstrip()
    for cand in sorted(scored[0], key=lambda c: -c.score):
        restated = below.startswith(cand.text) and len(below) > len(cand.text) + 40
        if cand.how & {"whole", "before_paren"} and restated and _one_title(cand.text):
            cand.score = max(cand.score, accept)
            return True
    return False


def follow_identified_note_title(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> bool:
    """A page that opens with a heading that reads as a title, its paper's identifier within a
    few lines under it, and every heading below it deeper and a paper note's sections among
    them ("Searching For Activation Functions" / "===" / names / "https://arxiv.org/abs/…" /
    "## どんなもの？"): the heading names the paper the page is a note on, whatever papers the
    note names below. Returns whether it did."""
    from papercli.importers.digest.features import names_paper_id

    first = next((i for i, line in enumerate(lines[:HEADING_LINES]) if line.text.strip()), None)
    if first is None or lines[first].kind != "heading":
        return False
    title = next((c for c in scored[first] if "whole" in c.how), None)
    if title is None or title.score >= accept or not _one_title(title.text):
        return False
    if not any(names_paper_id(line) for line in lines[first + 1 : first + 1 + OPENING_LINES]):
        return False
    below = [line for line in lines[first + 1 :] if line.kind == "heading"]
    if any(line.depth <= lines[first].depth for line in below):
        return False
    if sum(1 for line in below if _NOTE_SECTION.match(line.text.strip())) < NOTE_SECTIONS:
        return False
    title.score = accept
    return True


NOTE_SECTIONS = 2  # a paper note's sections, at least, under its title


def _noted_under_its_title(lines: list[Line], scored: list[list[Candidate]], accept: float) -> bool:
    """On a page where no title was found, a heading among its first lines that reads as a
    title, with every heading below it deeper and a paper note's sections among them
    ("# Title" / "## 概要" / "## Method"), or a paper's link or meeting labelled right under it
    ("论文地址: URL", "conf: CVPR 2018"), names the one paper the page is a note on. Returns
    whether it did."""
    for index, line in enumerate(lines[:HEADING_LINES]):
        if line.kind != "heading":
            continue
        title = next((c for c in scored[index] if "whole" in c.how), None)
        if title is None or not _one_title(title.text):
            continue
        below = [other for other in lines[index + 1 :] if other.kind == "heading"]
        if any(other.depth <= line.depth for other in below):
            return False  # a page of several titles' headings, or the page's own headline
        opening = lines[index + 1 : index + 1 + OPENING_LINES]
        sections = sum(1 for other in below if _NOTE_SECTION.match(other.text.strip()))
        if sections or any(_NOTE_LABEL.match(other.text.strip()) for other in opening):
            title.score = max(title.score, accept)
            return True
        return False
    return False


# a paper note's sections: "## 概要", "## Overview", "## Related Work (Basic Concepts)"
_NOTE_SECTION = lazy_re(
    r"^\W{0,3}(?:\d+\.?\s*)?(?:abstract|overview|summary|introduction|motivation|"
    r"contributions?|related\s+works?|methods?|methodology|approach|experiments?|results?|"
    r"conclusions?|limitations|key\s+ideas?|tl;?dr|"
    r"概要|要点|摘要|简介|背景|动机|贡献|方法|实验|结论|总结|要約|手法|実験|結論|まとめ|"
    r"개요|요약|방법|실험|결론)\b"
    # (the questions of a note in Ochiai's format: "どんなもの？", "次に読むべき論文は？")
    r"|^\W{0,3}(?:\d+\.?\s*)?(?:どんなもの|先行研究と比べて|技術や手法の|どうやって有効|議論はある|次に読むべき)",
    re.IGNORECASE,
)
# a paper's link or meeting labelled under its title: "论文地址: URL", "conf: CVPR 2018",
# "Paper: URL", "arXiv: 2101.00001"
_NOTE_LABEL = lazy_re(
    r"^\W{0,3}(?:论文(?:地址|链接)|論文|paper(?:\s+link)?|arxiv|conf(?:erence)?|venue|"
    r"authors?|作者|会议)\s*[:：]",
    re.IGNORECASE,
)


def _one_title(text: str) -> bool:
    """Whether TEXT reads as a paper's title: three words at least, not names, not a date."""
    from papercli.importers.digest.records import never_title
    from papercli.importers.digest.references import names_only

    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < 3 and len(re.findall(r"[\u4e00-\u9fff]", text)) < 6:
        return False
    return not names_only(text) and not never_title(text)


IDENTIFIED_MAX = 5  # more uncertain titles with identifiers than this: a page not understood


_NAV_PART = lazy_re(r"^[\w&'’-]+(?: [\w&'’-]+){0,3}$")


# "Mar 6", "Jul 31": a news item's date, read as a venue and its year
_DATE_VENUE = lazy_re(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$", re.I
)


def _join_short_names(result: DigestResult) -> None:
    """A paper named by its title's head ("**Rimmer et al. (2022), Trace Oddity.**") that one
    other paper's title found on the page begins, then a colon ("Trace Oddity: Methodologies
    for …", its reference), is that paper named again, unless an identifier, the year or the
    first author says otherwise: its fields go to the whole title's paper."""
    from papercli.merging import first_surname

    heads: dict[str, list[Paper]] = defaultdict(list)
    for paper in result.papers:
        head, colon, _ = paper.title.partition(":")
        if colon and len(head.split()) <= SHORT_NAME_WORDS:
            heads[_key(head)].append(paper)
    kept = []
    for paper in result.papers:
        whole = heads.get(_key(paper.title), [])
        full = whole[0] if len(whole) == 1 and ":" not in paper.title else None
        named_by = (first_surname(paper), first_surname(full)) if full is not None else ("", "")
        if (
            full is not None
            and not (_identifiers(paper) - _identifiers(full) and _identifiers(full))
            and (paper.year is None or full.year is None or paper.year == full.year)
            and (not all(named_by) or named_by[0] == named_by[1])
        ):
            _fill(full, paper, topics=False)
            _forget(result, paper)
            continue
        kept.append(paper)
    result.papers = kept


SHORT_NAME_WORDS = 5  # words of a title's head, at most, to be its short name


def _forget(result: DigestResult, paper: Paper) -> None:
    """Drop PAPER's confidence from RESULT: its fields went to another paper of the page."""
    result.by_title.pop(_key(paper.title), None)
    result.confidence.pop(id(paper), None)


def _join_cut_titles(result: DigestResult) -> None:
    """A title cut short ("Scaling Laws for Neural…") that begins other titles found on the
    page, all of them one title cut at different lengths, with no identifier of its own that
    the longest lacks, is that paper named again: its fields go to the longest one's paper."""
    import bisect

    def stem(paper: Paper) -> str:
        cut = paper.title.endswith(("...", "…"))
        return _key(paper.title.rstrip(".… ")) if cut else _key(paper.title)

    named: dict[str, Paper] = {}
    for paper in result.papers:
        named.setdefault(stem(paper), paper)
    keys = sorted(named)
    kept = []
    for paper in result.papers:
        own = stem(paper)
        if paper.title.endswith(("...", "…")) and len(own) >= 12:
            at = bisect.bisect_right(keys, own)  # the keys after OWN that start with it, if any
            longer = [k for k in keys[at : at + 6] if k.startswith(own)]  # contiguous if any
            longest = max(longer, key=len, default="")
            whole = named[longest] if 0 < len(longer) <= 5 else None
            if (
                whole is not None
                and all(longest.startswith(k) for k in longer)
                and (not (_identifiers(paper) - _identifiers(whole)) or not _identifiers(whole))
            ):
                _fill(whole, paper)
                _forget(result, paper)
                continue
        kept.append(paper)
    result.papers = kept


def _navigation(text: str) -> bool:
    """Whether TEXT is a site's navigation line ("Home | Archive | About"): page chrome."""
    parts = [p.strip() for p in re.split(r"\s[|·•/]\s", text)]
    return len(parts) >= 3 and all(_NAV_PART.match(p) for p in parts)


def _arxiv_year(arxiv_id: str) -> int | None:
    """The year an arXiv identifier was given (``2006.11239`` → 2020, ``cs/0112017`` → 2001)."""
    match = re.match(r"(\d{2})(\d{2})\.\d{4,5}", arxiv_id) or re.search(
        r"/(\d{2})(\d{2})\d{3}", arxiv_id
    )
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    two = int(match.group(1))
    return 1900 + two if two >= 91 else 2000 + two


def _sections_below(headings: list[tuple[int, Line]], top: int, papers: list[Paper]) -> bool:
    """Whether a heading below level TOP names a section, not a paper ("### 2024 - [Title](…)"
    under "## LLM" is a paper's own heading)."""
    from papercli.importers.digest.fields import expander

    titles = [_key(p.title) for p in papers]
    return any(
        ln.depth > top
        and not any(t and t in _key(ln.text) for t in titles)
        and not expander(ln.text)  # ("<summary> more </summary>": a button, no section)
        for _, ln in headings[:50]
    )


def _first_of_each_name(items: list[_Item], name: Callable[[_Item], str]) -> list[_Item]:
    """ITEMS without those whose NAME repeats an earlier one's, case and marks aside ("##
    Milestone Papers" / "<summary> milestone papers </summary>")."""
    named: set[str] = set()
    kept = []
    for item in items:
        key = _key(name(item))
        if key not in named:
            named.add(key)
            kept.append(item)
    return kept


def _tidy_topics(lines: list[Line], papers: list[Paper]) -> None:
    """Topics name sections that group papers: never the page's own title, its table of
    contents, or a heading that is a paper's title."""
    from itertools import pairwise

    from papercli.importers.digest.blocks import CJK_CHAR, YEAR
    from papercli.importers.digest.records import (
        byline_heading,
        field_headings,
        generic_list_name,
        table_of_contents,
    )

    shared = Counter(_key(t) for p in papers for t in set(p.topics))
    for paper in papers:  # "## 2019年" over three titles: their section, not the first's title
        paper.alt_titles = [a for a in paper.alt_titles if shared[_key(a)] < 2]
    # a translation one paper's record gave it, that a second reading gave the next one too
    # ("中文标题" under "English Title", read again as over the next title): the first's only
    for before, paper in pairwise(papers):
        given = _key(before.alt_titles[0]) if before.alt_titles else ""
        paper.alt_titles = [
            a
            for k, a in enumerate(paper.alt_titles)
            if k == 0 or _key(a) != given or not CJK_CHAR.search(a)
        ]
    titles = {_key(p.title) for p in papers}
    not_topics = titles | {_key(a) for p in papers for a in p.alt_titles}
    # "## Embodied Question Answering" over "- Embodied Question Answering" and other papers: a
    # section named like one of its papers, which sits under it, is a section all the same
    not_topics -= {_key(p.title) for p in papers if _key(p.title) in map(_key, p.topics)}
    contents = table_of_contents(lines)
    fielded = field_headings(lines)
    headings = [(i, ln) for i, ln in enumerate(lines) if ln.kind == "heading" and i not in fielded]
    not_topics |= {_key(ln.text) for i, ln in headings if i in contents}
    if byline_heading(lines):
        not_topics.add(_key(lines[1].text))  # "# Readings for X" / "### Ada Moss": its writer
    # (a collapsible block that repeats its section's name is no section of its own, and the
    # empty heading it ends with names nothing)
    headings = _first_of_each_name(
        [(i, ln) for i, ln in headings if _key(ln.text)], lambda heading: heading[1].text
    )
    page_title = ""
    top = min((ln.depth for _, ln in headings), default=0)
    tops = [ln for _, ln in headings if ln.depth == top]
    # the page's title, above everything: a first-level heading, one over section headings of
    # its own ("## Awesome GNN Papers" over "### Surveys"), a list's kind ("## Papers") or a
    # heading that dates the page ("Publications @ CHI 2023"); "## Survey" atop a section cut
    # from a longer list (its papers' titles maybe headings below it) names that section
    if (
        len(tops) == 1
        and lines[0] is tops[0]
        and (
            generic_list_name(tops[0].text)
            or _sections_below(headings, top, papers)
            or ((top <= 1 or YEAR.search(tops[0].text)) and _LIST_TITLE.search(tops[0].text))
        )
    ):
        not_topics.add(_key(tops[0].text))
        named = tops[0].text.strip(" #*")
        if (
            not generic_list_name(named)
            and not named.lower().startswith("awesome")
            and _SUBJECT_WORDS.search(_LIST_WORDS.sub(" ", named))
        ):
            # ("# My reading list", "# Papers I Read in 2024", "# Awesome Card Games" name
            # the page's kind: an awesome list's topics are its sections)
            page_title = _key(tops[0].text)
    lengths = sorted({len(t) for t in titles if len(t) >= TOPIC_TITLE_KEY})
    titled = {id(paper): paper.topics[:] for paper in papers}
    for paper in papers:
        kept = []
        for topic in paper.topics:
            if "<" in topic:  # "1<sup>st</sup> Best Paper": the words, not their markup
                labelled = _SHORTCODE_LABEL.fullmatch(topic.strip())
                # ('{{< tab "Jul" >}}': a site's tab, its label over the papers in it)
                topic = (
                    labelled.group(1)
                    if labelled
                    else " ".join(_VENUE_MARKUP.sub("", topic).split())
                )
            key = _key(topic)
            bare = _key(re.sub(r"^\s*\d{1,3}\s*[.、)]\s*", "", topic))
            if any(key[:n] in titles for n in lengths if n < len(key)):
                continue  # "| Topic |" over "Title [Paper]": a cell that holds a title
            if key and key not in not_topics and bare not in not_topics and not _no_topic(topic):
                kept.append(topic)
        # ("Milestone Papers", "milestone papers": one section, named twice)
        paper.topics = _first_of_each_name(kept, str)
    if page_title and not any(paper.topics for paper in papers):
        # "# Reward Shaping" over the papers and no section under it: the page's own subject
        for paper in papers:
            paper.topics = [topic for topic in titled[id(paper)] if _key(topic) == page_title][:1]


def _trailing_venue_lines(lines: list[Line]) -> int:
    """How many of LINES end their paragraph, under its other lines, with a venue and a year
    alone ("ICML 2025", "Sci Rep 2024")."""
    from papercli.importers.digest.fields import heads_its_block

    count = 0
    for i, line in enumerate(lines):
        if line.kind != "line" or line.first or line.urls or len(line.text.split()) > 4:
            continue
        if heads_its_block(lines, i):
            continue
        count += _VENUE_LINE.match(line.text) is not None
    return count


# "IJAC 2015", "arxiv 2024", "Sci Rep 2024": a venue's short name and a year, alone
_VENUE_LINE = lazy_re(r"^\s*[A-Za-z][\w&.\-]*(?:\s+[A-Za-z][\w&.\-]*){0,2}\s+(?:19|20)\d\d\s*$")
# a page's title that names a list of papers ("My reading list", "Awesome Diffusion", "推荐论文
# 清单"), not a subject its papers share ("# Prompt Learning", "## IJCAI 2019")
# a page title's words that name its kind or its owner, not a subject ("My reading list",
# "Awesome papers to read")
_LIST_NOUNS = r"lists?|papers?|readings?|awesome|collections?|notes|bibliography|publications?"
_LIST_NOUNS_CJK = r"论文|清单|列表|阅读|笔记|논문|論文|リスト"
_LIST_WORDS = lazy_re(
    r"\b(?:my|our|i|we|the|a|an|to|of|for|in|on|by|with|from|and|all|must|reads?|"
    rf"{_LIST_NOUNS}|selected|some|good|interesting|recommended|\d{{4}})\b|"
    rf"{_LIST_NOUNS_CJK}|推荐|精选",
    re.IGNORECASE,
)
_SUBJECT_WORDS = lazy_re(r"[^\W\d_]{2,}")
_LIST_TITLE = lazy_re(rf"\b(?:{_LIST_NOUNS})\b|{_LIST_NOUNS_CJK}", re.IGNORECASE)
# a topic that opens with a title this long (letters and digits) holds that title: a cell of a
# "Topic" column ("Title [Paper]"), not a section; a shorter one names what its section is
# about ("ReAct：边想边做" over the ReAct paper)
TOPIC_TITLE_KEY = 20
# "### 01", "No. 3": a heading that counts the records under it, naming no section
_RECORD_COUNTER = lazy_re(r"\W*(?:no\.?\s*)?\d{1,3}\W*", re.IGNORECASE)
# "Papers: 12", "论文数：30": how many records a page holds, naming no section
_COUNT_LINE = lazy_re(r"\W{0,3}[^\W\d]{1,20}\s?[:：]\s?\d{1,5}\W{0,3}")
# "padding = ["10px", "0"]": a line of code a page's source left in
_CODE_LINE = lazy_re(r"^[\w.\-]{1,40}\s*=\s*\S")


def _no_topic(text: str) -> bool:
    """Whether TEXT, a line over papers, is a field ("作者：A、B", "机构：X") or code, which
    name no section."""
    from papercli.importers.digest.fields import SESSION_FIELD
    from papercli.importers.digest.records import FIELD_LABEL

    return (
        FIELD_LABEL.match(text) is not None
        or _RECORD_COUNTER.fullmatch(text) is not None
        or _COUNT_LINE.fullmatch(text) is not None
        or _CODE_LINE.match(text) is not None
        or _WHEN_WHERE.match(text) is not None
        or SESSION_FIELD.match(text) is not None
        or _LIST_KEY.fullmatch(text.strip()) is not None
        or _TEMPLATE_OR_ADDRESS.fullmatch(text.strip()) is not None
    )


_SHORTCODE_LABEL = lazy_re(r'\{\{<\s*[\w-]{1,30}\s+(?:\w{1,12}=)?"([^"]{1,80})"[^{}]{0,80}>\}\}')
# "{{ page.title }}", "{% include x %}": a site template's tag; "https://github.com/…": an
# address alone
_TEMPLATE_OR_ADDRESS = lazy_re(r"\{\{.{0,200}\}\}|\{%.{0,200}%\}|https?://\S{1,2000}")


# "readings:" over its items: a data file's key for a session's list (a YAML schedule's),
# naming no section ("quantization:" over papers does)
_LIST_KEY = lazy_re(
    r"(?:readings?|papers?|links|resources|materials|references|notes|slides)(?:_\w{1,20})?:"
)


# "Time: Friday 15:30 - 17:00", "Location: Room 4": when and where a session meets
_WHEN_WHERE = lazy_re(
    r"^\W{0,3}(?:time|date|when|where|location|room|place|时间|地点|日期)\s*[:：]", re.IGNORECASE
)


# The line rules' vote, combined with the model's score as a noisy-OR: a rules' paper is kept
# when the model gives its title at least about 0.1 (measured on fit and dev: 0.03 lets
# the rules' false papers in, 0.3 loses papers the rules knew; see benchmarks/README.md).
RULE_VOTE = 0.45
# Long lists are the model's strength (one repeated shape); the rules' second reading of
# them costs time and, above 1,000 lines, changed no recall on the corpus or the 1,500-2,000
# row lists (one false paper fewer), so it is spent on shorter pages.
RULES_MAX_LINES = 1000
# A rules' paper whose title is the bold or linked text of an item of a list whose other items
# the model took as titles: the list vouches for it (the model rates a layout that is one of
# a kind on the page low).
SIBLING_VOTE = 0.6
# The model's own score a rules' title mostly in Chinese needs: the rules take a numbered
# Chinese sentence for a title, and the vote alone would carry it (measured: each such paper
# on the read pages was a sentence; see benchmarks/README.md)
CHINESE_RULE_FLOOR = 0.3


def _list_of_titles(lines: list[Line], titled: set[int]) -> set[int]:
    """The list items that share their list (same depth, no break between) with a title."""
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2 and any(i in titled for i in run):
            out.update(run)
        run.clear()

    depth = 0
    for i, line in enumerate(lines):
        if line.kind == "item" and line.first and (not run or line.depth == depth):
            run.append(i)
            depth = line.depth
        elif (line.kind == "item" and line.depth > depth) or (line.kind == "line" and line.depth):
            continue  # a nested item or an item's own continuation line
        else:
            close()
            if line.kind == "item" and line.first:
                run.append(i)
                depth = line.depth
    close()
    return out


FILED_AUTHORS = 2  # authors, at least, of a data record linked to a video that is a paper
# (a talk's record names its one speaker: "Video: Yann LeCun", "Marcus (2024) — Keynote")


def _labels_below(line: str, title: str) -> bool:
    """Whether LINE is TITLE (COLON_LABEL_WORDS words at most) and a colon: a label of what
    follows ("User Study：" over its points)."""
    text = line.strip()
    labelled = text.endswith((":", "：")) and text.rstrip(":：").strip() == title.strip()
    return labelled and len(title.split()) <= COLON_LABEL_WORDS


COLON_LABEL_WORDS = 3


def _second_opinion(
    text: str,
    source: str | None,
    lines: list[Line],
    scored: list[list[Candidate]],
    seen: dict[str, Paper],
    result: DigestResult,
    accept: float,
    refused: set[str],
    doc: tuple[str | None, int | None],
    keep_uncertain: bool,
    tagged: set[str],
) -> set[str]:
    """Papers proposed by the line-rule reader (:mod:`.rules`) that the model also rates as
    titles: the rules know layouts the model has seen too rarely, the model keeps their
    false papers out. Papers both found get the rules' fields where the model's are empty,
    and the venue the page announces (DOC) where neither gives one. Returns the keys of
    every title the rules proposed (the venue label over the title's list before DOC)."""
    from papercli.importers.digest.blocks import front_matter_title
    from papercli.importers.digest.candidates import award_name, without_open_tail
    from papercli.importers.digest.fields import label_at
    from papercli.importers.digest.records import (
        all_italic,
        dated_row,
        headings_over_references,
        heads_a_section,
        items_over_titles,
        never_title,
        over_deeper_title,
        over_labelled_title,
        paper_sections,
    )
    from papercli.importers.digest.references import names_only
    from papercli.importers.digest_legacy import parse_digest as rule_papers
    from papercli.importers.names import parse_names

    best: dict[str, float] = {}
    where: dict[str, int] = {}
    written: dict[str, str] = {}  # a title as the page writes it (the rules drop some marks)
    marked: set[str] = set()  # titles that are a whole bold or link span of their line
    elsewhere: set[str] = set()  # titles that link to code, a video, a post: not to a paper
    for row in scored:
        for cand in row:
            key = _key(cand.text)
            if cand.how & {"bold", "link"}:
                marked.add(key)
            if cand.url and not _paper_link(cand.url):
                elsewhere.add(key)
            if cand.score > best.get(key, -1.0):
                best[key] = cand.score
                where[key] = cand.line
                written[key] = cand.text
    order = {id(p): where.get(_key(p.title), 0) for p in result.papers}
    listed = _list_of_titles(lines, {where[k] for k in seen if k in where})
    held = {i for p in seen.values() for i in _identifiers(p)}
    taken = {where[k] for k in seen if k in where}  # the lines that gave the model a paper
    rows = {lines[i].row for i in taken if lines[i].kind == "cell"}  # table rows they sit in
    doubted = {_key(p.title) for p in result.uncertain}
    translations = {_key(alt) for p in seen.values() for alt in p.alt_titles}
    proposed: set[str] = set()
    heading_keys = {_key(line.text) for line in lines if line.kind == "heading"}
    # "Title" / "https://…" / "ICML 2025", entry after entry: the rules would read each venue
    # line as the label of the entries below it
    trailing_venues = _trailing_venue_lines(lines) >= 2
    # "1. Expressiveness of GNNs" over its papers' citations: their section, no title
    item_labels = items_over_titles(
        lines, [i for i, line in enumerate(lines) if line.kind == "item"]
    )
    # (a post's front matter read as its title alone: its comments are no section headings)
    spoken: list[bool] = []  # whether the page names its speakers in bold, once found out
    for paper in rule_papers(front_matter_title(text[:MAX_INPUT]), source).papers:
        paper.title = without_open_tail(paper.title)
        glossed = _TRANSLATED.match(paper.title)
        if (
            glossed is not None
            and len(glossed.group(1).split()) >= 4
            and _mostly_chinese(glossed.group(2))
        ):  # "Title 解释在原始语音上训练的……": the title, then its translation
            paper.title = glossed.group(1)
            paper.alt_titles = [*paper.alt_titles, glossed.group(2)]
        written_key = _key(paper.title)  # the model's score is for the line as written
        cited = _NAMES_THEN_QUOTED.match(paper.title)
        if cited is not None and names_only(cited.group(1)):
            paper.title = cited.group(2)  # 'Blei and Lafferty, "Dynamic Topic Models"'
            paper.authors = paper.authors or parse_names(cited.group(1))
        key = _key(paper.title)
        proposed.add(key)
        if key in seen:
            if not (_identifiers(paper) & held) or _identifiers(paper) <= _identifiers(seen[key]):
                # a schedule's row is no topic of the rules' ("Sep 9 (Mon) Ada Pretraining 1")
                paper.topics = [t for t in paper.topics if not dated_row(t)]
                # nor a record's own venue line, read as the next one's label ("IJAC 2015"
                # under a title and its link, over the next title): no heading says it
                paper.topics = [
                    t for t in paper.topics if _key(t) in heading_keys or not _VENUE_LINE.match(t)
                ]
                if trailing_venues:
                    paper.venue = None  # (the rules' venue is that label's too)
                # (no topics where the record states its own: "topic: …" in a data record)
                _fill(
                    seen[key],
                    _without_links_of_others(paper, seen[key], seen),
                    topics=key not in tagged,
                )
            if _cased_worse(seen[key].title, paper.title):
                seen[key].title = paper.title  # "ATTENTION IS ALL YOU NEED" in prose, then cited
            continue
        if _identifiers(paper) & held:
            continue  # an identifier belongs to one record: the rules gave it to a heading
        if key in translations:
            continue  # a found paper's title in another language
        if any(story in key for story in refused if len(story) >= MIN_STORY):
            continue  # a news story ("原文: Story"), refused above
        if never_title(paper.title) or award_name(paper.title):
            continue  # (nor an award's name: "Best Paper Award" over its paper)
        if key in elsewhere and not (_identifiers(paper) or paper.pdf_url):
            continue  # a link to a repository or a post, and nothing else names a paper
        model = max(
            [best.get(key, 0.0), best.get(written_key, 0.0)]
            + [best.get(_key(a), 0.0) for a in paper.alt_titles]
        )
        vote = SIBLING_VOTE if key in marked and where.get(key, -1) in listed else RULE_VOTE
        score = 1.0 - (1.0 - model) * (1.0 - vote)
        if model <= 0.0 or score < accept or _overlaps(key, seen):
            continue
        if model < CHINESE_RULE_FLOOR and (
            _mostly_chinese(paper.title) or _chinese_sentence(paper.title)
        ):
            continue  # "2. 为被干扰的图进行…": a point of a post's list of contributions
        if model < accept and _lower_clause(paper.title):
            continue  # "2. debated Bitcoin's future,": a clause of a sentence run as a list
        if _runs_into(paper.title, seen):
            continue
        at = where.get(key, -1)
        if model < accept and at in taken and lines[at].kind in ("item", "cell"):
            continue  # '[Shinn et al, eLife 2020](…): "Title"': one list entry, one paper
        if model < accept and at >= 0 and lines[at].kind == "cell" and lines[at].row in rows:
            continue  # "| Best Student Paper Award | Title Authors: … |": one row, one paper
        if model < accept and at >= 0 and _labels_below(lines[at].text, paper.title):
            continue  # "User Study：" over its points: a label of the note's, no title
        heading = at >= 0 and lines[at].kind == "heading"
        if heading and model < accept and heads_a_section(lines, scored, at, accept):
            continue  # "### 边缘检测(Edge Detection)" over other headings or titles: a topic
        if heading and over_deeper_title(lines, scored, at, accept):
            continue  # "## 1. Tabular Data" over "### Title": the model's records' section
        if heading and headings_over_references(lines, [at]):
            continue  # "### 1. Introduction" over "#### References" among such sessions
        if at in item_labels:
            continue  # "1. Expressiveness of GNNs" over its papers' citations: their section
        if heading and at + 1 in taken and all_italic(lines[at + 1]):
            continue  # "## 🤖 Headline: …" right over "*Title*": the paper's own heading
        if heading and paper_sections(lines, [at]):
            continue  # "### 3. Distillation For …" beside "### 2. Preliminaries": a note's
        if at >= 0 and over_labelled_title(lines, scored, at, accept):
            continue  # "### 6. GPT" over "- Title: Improving Language Understanding …"
        if _a_person(paper.title) and _speakers(lines, spoken):
            continue  # "**Arthur Klipfel**" / "https://arxiv.org/pdf/…": a talk's speaker
        paper.title = _as_written(paper.title, written.get(key))
        if paper.venue is None and paper.year is None:
            # as the model's records take it: the label over its list ("FOCS 2012"), or the page's
            labelled = label_at(lines, where.get(key, -1))
            paper.venue, paper.year = labelled if labelled[0] else doc
        bare = not (_identifiers(paper) or _described(paper))
        if bare and model < accept and not keep_uncertain:
            # a title alone, which the model doubts: on the labelled pages such papers of the
            # rules were wrong 17 times in 22
            if key not in doubted:
                doubted.add(key)
                result.uncertain.append(paper)
                result.confidence[id(paper)] = round(score, 3)
            continue
        seen[key] = paper
        taken.add(at)
        if at >= 0 and lines[at].kind == "cell":
            rows.add(lines[at].row)
        held |= _identifiers(paper)
        result.papers.append(paper)
        result.confidence[id(paper)] = round(score, 3)
        result.by_title[key] = round(score, 3)
        order[id(paper)] = where.get(key, 0)
    result.papers.sort(key=lambda p: order.get(id(p), 0))  # stable: page order
    result.uncertain = [p for p in result.uncertain if _key(p.title) not in seen]
    return proposed


# 'Blei and Lafferty, "Dynamic Topic Models"': names, then the quoted title ending the line
_NAMES_THEN_QUOTED = lazy_re(r'^([^"“”]{3,200}?)[,.:]?\s*["“]([^"“”]{4,300}?)["”]?[.,]?$')
_TRANSLATED = lazy_re(r"^([A-Z][^\u3400-\u9fff]{15,300}?[A-Za-z?!)])\s+([\u3400-\u9fff].{3,200})$")


def _lower_clause(title: str) -> bool:
    """Whether TITLE opens with a lower-case word and is no name ("node2vec: …"): a verb in
    the past ("reviewed Brad Stone's …") or words with no capital ("argued about net
    neutrality") make a clause of a sentence, not a title."""
    words = title.split()
    if len(words) < 2 or not (words[0].isalpha() and words[0].islower()) or ":" in title:
        return False
    return words[0].endswith("ed") or not any(ch.isupper() for ch in " ".join(words[1:3]))


def _mostly_chinese(text: str) -> bool:
    """Whether most of TEXT's letters are Chinese characters."""
    chinese = len(re.findall(r"[\u3400-\u9fff]", text))
    return chinese >= 2 * len(re.findall(r"[A-Za-z]", text))


def _chinese_sentence(text: str) -> bool:
    """Whether TEXT is a Chinese sentence with English terms inside it: twice as many Chinese
    characters as Latin words, the two interleaved ("修改後的question embedding應使Trained MRC
    model的回答…"; not "Title 中文翻译", a title and its gloss)."""
    chinese = len(re.findall(r"[\u3400-\u9fff]", text))
    if chinese < 2 * len(re.findall(r"[A-Za-z]+", text)):
        return False
    return len(_SCRIPT_RUN.findall(text)) >= SENTENCE_RUNS


_SCRIPT_RUN = lazy_re(r"[\u3400-\u9fff]+|[A-Za-z][A-Za-z\s]*")
SENTENCE_RUNS = 5  # runs of Chinese and Latin letters, at least, of a sentence mixing them


def _as_written(title: str, written: str | None) -> str:
    """TITLE as the page writes it (WRITTEN, a model candidate of the same key) when the two
    differ only in marks the rules drop ("LLM.int8()" for "LLM.int8"), never in case."""
    from papercli.importers.digest.candidates import without_open_tail

    if written is None:
        return title
    written = without_open_tail(written)
    same = _NOT_WORD.sub("", written) == _NOT_WORD.sub("", title)
    return written if same and written else title


# On a page of at most CORROBORATE_MAX papers where some paper has a voucher (the rules'
# reader proposed it too, or its record holds an identifier or an author list), a model title
# below CORROBORATE_SCORE needs one too. Chosen by measurement on pages never fitted (README).
CORROBORATE_MAX = 30
CORROBORATE_SCORE = 0.78
# a list of this many papers needs less: there one wrong paper costs less, and on the read
# pages and the two newest unseen sets such titles (rated 0.70 to 0.78) were right 30 times in 35
CORROBORATE_LIST = 8
CORROBORATE_LIST_SCORE = 0.70


def _set_aside_uncorroborated(
    result: DigestResult, proposed: set[str], doubted: frozenset[str] | set[str] = frozenset()
) -> None:
    """Moves the papers that nothing but a middling model score vouches for to the uncertain
    list: on a short page one wrong paper costs a reader more than one missed. (A title in a
    line of the same shape as a sure paper's is no voucher: measured, such lists are where
    the wrong papers stand.) A page whose only vouched papers are DOUBTED (titles named for
    their identifier alone) keeps its other papers as a page of no vouchers does."""
    from papercli.importers.digest.fields import conference_paper, proceedings_page

    def vouched(paper: Paper) -> bool:
        return bool(
            _key(paper.title) in proposed
            or paper.authors
            or _identifiers(paper)
            or conference_paper(paper.url or "")  # "icml.cc/virtual/2024/poster/34527"
            or proceedings_page(paper.url or "")  # "aclweb.org/anthology/W17-4419.pdf"
            or _SHARED_FILE.match(paper.url or "")  # a reading group's copy of its PDF
        )

    if not any(vouched(p) for p in result.papers if _key(p.title) not in doubted):
        return  # a page that gives no paper a voucher (a bare list): no title lacks one
    # (a title the model doubted, named for its identifier, makes no page one of vouchers)
    needed = CORROBORATE_LIST_SCORE if len(result.papers) >= CORROBORATE_LIST else CORROBORATE_SCORE
    kept = []
    for paper in result.papers:
        score = result.confidence.get(id(paper), 1.0)
        # (a title the rules cut at its subtitle is vouched for, but vouches for no page)
        if score < needed and not vouched(paper) and not _cut_short_by_rules(paper.title, proposed):
            result.uncertain.append(paper)
            result.by_title.pop(_key(paper.title), None)
            continue
        kept.append(paper)
    result.papers = kept


PROPOSED_HEAD_CHARS = 16  # a proposed title this long at least may be a longer one's head
_SUBTITLE_SEPARATOR = lazy_re(r"\s[-–—]\s|:\s")


def _cut_short_by_rules(title: str, proposed: set[str]) -> bool:
    """Whether the rules proposed TITLE up to its subtitle ("An Image is Worth 16x16 Words -
    Transformers for Image Recognition at Scale": the rules cut it at the dash)."""
    return any(
        len(head) >= PROPOSED_HEAD_CHARS and _key(head) in proposed
        for head in (title[: m.start()] for m in _SUBTITLE_SEPARATOR.finditer(title))
    )


# "Title (Guest Lecture by A. Bee)", "Coordinate Descent (Slides by C. Dee)": a syllabus's talk
_LECTURE_MARK = lazy_re(
    r"[(（]\s*(?:guest\s+)?(?:lecture|talk|slides?)\b[^()（）]{0,80}[)）]$", re.IGNORECASE
)
# "Guest speaker: GAN overview", "Invited talk: …", "Overview: Adversarial Examples": a
# reading group's session that is a talk, not a paper
_TALK_LEAD = lazy_re(
    r"^(?:guest\s+(?:speakers?|lectures?|talks?)|invited\s+talks?|keynotes?|overview)\s*[:：]",
    re.IGNORECASE,
)
# "The Llama 3 Herd of Models (Part 1)": a course's lecture on a part of the paper
# (or before it: "(Part II)Latent Structure Models for NLP", a tutorial's second session)
_PART_MARK = lazy_re(
    r"(?<=\S)\s*[(（]\s*part\s+(?:\d{1,2}|[IVX]{1,4})\s*[)）]$"
    r"|^[(（]\s*part\s+(?:\d{1,2}|[IVX]{1,4})\s*[)）]\s*(?=\S.{8})",
    re.IGNORECASE,
)
_BOOK_VENUE = lazy_re(r"\b(?:text)?book\b", re.IGNORECASE)
# a section of books alone ("Textbooks", "Free books", "推荐书籍"), no papers beside them
# (measured: sections of workshops or tutorials hold papers as often as not)
_BOOKS_SECTION = lazy_re(
    r"^(?!.*(?:papers?|articles?|论文|文章|論文|논문|articoli|artículos|artigos|artikel|bài báo|"
    r"makale|makalah|стать)).*(?:\b(?:text)?books\b|\btextbook\b|书籍|教材|图书|書籍|도서|"
    # (the same in the page's own language: "Libri", "Livres", "Sách", "Книги")
    # ("Testi di Machine Learning liberi", "Textos de referencia": a course's books)
    r"\b(?:libri|libros|livres|livros|bücher|lehrbücher|sách|kitaplar|buku|книги|учебники|"
    r"testi|textos)\b)",
    re.IGNORECASE,
)
# what a reading list writes beside a book: its edition, its publisher, "(Book, 2016)",
# "Entire Book", "[book]"
# (not "the 3rd Edition of the Swiss Text Analytics Conference", nor an author O'Reilly)
_BOOK_MARK = lazy_re(
    r"\b(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth)\s+edition\b(?!\s+of\b)|"
    r"\bO['’]Reilly\s+Media\b|\bMorgan\s*(?:&|and)\s*Claypool\b|\bManning\s+Publications\b|"
    r"\bNo\s+Starch\b|\bPackt\b|[(\[]\s*(?:text)?book\b|\bentire\s+book\b",
    re.IGNORECASE,
)
_BOOK_TITLE = lazy_re(r"\s(?:text)?book$", re.IGNORECASE)  # "Graph Representation Learning Book"


# a book's publisher after its title, where a paper's venue would be ("Title. Basic books.",
# "Title. Princeton university press.", "Title. Jones & Bartlett Publishers.")
_PUBLISHER = lazy_re(
    r"\b(?:university|MIT|CRC|academic)\s+press\b|\bbasic\s+books\b|\bpublishers\b|"
    r"\bchapman\s*(?:&|and)\s*hall\b|\bmouton\s+de\s+gruyter\b|\bprentice\s+hall\b|"
    r"\bsynthesis\s+lectures\s+on\b",  # (a series of short books)
    re.IGNORECASE,
)
# ", MIT Press, 2016.", ", Springer, 2009.", ", Determination Press, 2015.": a publisher alone
# between the title and the year
_PUBLISHER_THEN_YEAR = lazy_re(
    r"^[,.]\s+(?:[A-Z][\w&'’-]*\s+){0,3}(?:Press|Springer(?:-Verlag)?|Wiley)[,.]?\s+"
    r"(?:19|20)\d\d\b"
)


_EDITORS = lazy_re(r"[(（]\s*(?:eds?|hrsg|coords?)\.?\s*[)）]", re.IGNORECASE)


# how a title is marked as one, whatever its words: its link, its quotes, a label or cue
_MARKED_AS_TITLE = frozenset(
    {"link", "quoted", "italic", "after_label", "after_cue", "labelled_cell"}
)
# "Yaël Fregier", "Jean-Baptiste Gouray (Max Planck Institute)": a person, maybe their place
_PERSON = lazy_re(
    r"([A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?\s[A-ZÀ-Þ][a-zß-ÿ'’-]+)(?:\s\([^()]{2,80}\))?"
)
SPEAKERS = 2  # lines that are a bold name alone, at least, for a page to name its speakers so


def _a_person(title: str) -> bool:
    """Whether TITLE is one person's name alone (a given name and a surname), maybe with
    their place in brackets."""
    from papercli.importers.names import one_full_name

    person = _PERSON.fullmatch(title.strip())
    return person is not None and one_full_name(person.group(1))


def _speakers(lines: list[Line], memo: list[bool]) -> bool:
    """Whether the page has SPEAKERS lines or more that are a bold name alone ("**Arthur
    Klipfel**"): a talks page's speakers, whose names are no titles (found out once, kept in
    MEMO)."""
    if memo:
        return memo[0]
    bold_names = (
        line
        for line in lines
        if len(line.spans) == 1
        and line.spans[0].kind == "bold"
        and line.spans[0].end - line.spans[0].start >= len(line.text.strip()) - 1
        and _a_person(line.text)
    )
    memo.append(next(itertools.islice(bold_names, SPEAKERS - 1, None), None) is not None)
    return memo[0]


def _a_book(line: str, title: str, venue: str | None) -> bool:
    """Whether the line that gives TITLE, or TITLE itself with no VENUE, says it is a book ("A
    … from One Grammar Book. In ICLR" is a paper); or a publisher follows TITLE where no venue
    does, or stands alone between TITLE and the year (", MIT Press, 2016.")."""
    before, _, after = line.partition(title)  # ("" when the line words the title otherwise)
    if _BOOK_MARK.search(line) or _PUBLISHER_THEN_YEAR.match(after):
        return True
    if after and _EDITORS.search(before[-120:]):
        return True  # "Karlsson, F. … (eds.). 1995. _Title_": a volume its editors made
    if venue is not None:
        return False
    return bool(_BOOK_TITLE.search(title) or _PUBLISHER.search(after[:200]))


# a title that links to a repository, a video or a post, in a record that names no paper by an
# identifier or a PDF, is kept only when the model is this sure of it
ELSEWHERE_SCORE = 0.8


NOTES_SHARE = 0.5  # of the title column's links, to one site
NOTES_MIN = 5


def _notes_hosts(records: list[Record], lines: list[Line]) -> set[str]:
    """The sites most linked titles in a table's title column ("论文标题", "Paper") link to, at
    least NOTES_SHARE and NOTES_MIN of them, table by table: the reader's notes, not a page
    elsewhere than the paper (one table of a page may link its notes, the next the papers)."""
    from collections import Counter

    from papercli.importers.digest.fields import CODE_HOSTS
    from papercli.importers.digest.records import TITLE_COLUMN

    tables: list[Counter[str]] = []
    for record in records:
        line = lines[record.start]
        if line.kind != "cell" or not TITLE_COLUMN.search(line.header):
            continue
        if not tables or not record.start or lines[record.start - 1].kind != "cell":
            tables.append(Counter())  # a table of its own: a line of text stands before it
        tables[-1][_site(next((sp.url for sp in line.spans if sp.kind == "link"), ""))] += 1
    # list items linked by their titles, all the page's lists together (a code host's links
    # are repositories, no one's notes)
    # (but one repository's folders are: "[Title](github.com/a/paper-reading/tree/…/Title)")
    items: Counter[str] = Counter(
        _site(record.title.url)
        for record in records
        if lines[record.start].kind == "item" and "link" in record.title.how and record.title.url
    )
    tables.append(Counter({h: n for h, n in items.items() if not h.endswith(CODE_HOSTS)}))
    found: set[str] = set()
    for hosts in tables:
        hosts.pop("", None)
        if hosts:
            host, count = hosts.most_common(1)[0]
            if count >= NOTES_SHARE * sum(hosts.values()) and count >= NOTES_MIN:
                found.add(host)
    return found


def _host(url: str) -> str:
    from urllib.parse import urlparse

    return (urlparse(url).hostname or "").lower() if url.startswith("http") else ""


# "https://github.com/rsy56640/paper-reading/tree/master/…": a folder or file of a repository
_REPOSITORY_PATH = lazy_re(
    r"https?://(?:www\.)?((?:github|gitlab|gitee)\.com/[\w.-]+/[\w.-]+)/(?:-/)?(?:tree|blob)/"
)


def _site(url: str) -> str:
    """URL's host, or a code host and repository for a path inside one ("github.com/a/b")."""
    inside = _REPOSITORY_PATH.match(url)
    return inside.group(1).lower() if inside is not None else _host(url)


def _points_elsewhere(title: Candidate, fields: Fields) -> bool:
    """Whether TITLE links away from any paper and its record has no identifier or PDF."""
    return (
        bool(title.url)
        and title.url.lower().startswith(("http:", "https:", "//", "www."))
        and not _names_a_paper(fields)
        and not _paper_link(title.url)
        and not _SHARED_FILE.match(title.url)
    )  # (a link within the page's own site, "/docs/raft.html", "./notes/x.md": its notes)


# a notebook's address ("Exercicios/Aula%202.ipynb", "…/blob/main/lab3.ipynb"): code to run
_NOTEBOOK = lazy_re(r"\.ipynb(?:[?#]|$)", re.IGNORECASE)


def _notebook_titles(lines: list[Line]) -> set[str]:
    """The keys of the titles linked to a notebook on a line that names no paper's identifier:
    exercises to run, not papers."""
    from papercli.importers.digest.features import names_paper_id

    out = set()
    for line in lines:
        for span in line.spans:
            if span.kind == "link" and _NOTEBOOK.search(span.url) and not names_paper_id(line):
                out.add(_key(line.text[span.start : span.end]))
    return out


# "drive.google.com/file/d/…/view", "drive.google.com/open?id=…": a shared file, which a
# reading group's title links to for the paper's PDF
_SHARED_FILE = lazy_re(r"^https?://drive\.google\.com/(?:file/d/|open\?id=)", re.IGNORECASE)


def _names_a_paper(fields: Fields) -> bool:
    """Whether a record's fields hold an identifier or a PDF: what only a paper has."""
    return bool(fields.pdf_url or any(value for _kind, value in _ids_of(fields)))


# "Headline - [Link](…)": a newsletter's line that names its story by a bare label
_GENERIC_LABEL = lazy_re(r"^\W*(?:link|here|source|read more|more|阅读原文|原文链接)\W*$", re.I)


def _headline_to_a_post(title: Candidate, fields: Fields, line: Line) -> bool:
    """Whether a record's title is a headline whose only link, labelled "Link" or "here",
    goes to a video, a post or a blog, and nothing in it names a paper (no identifier, PDF,
    author, venue or year): a newsletter's item, not a paper."""
    from papercli.importers.digest.features import link_features

    links = [span for span in line.spans if span.kind == "link" and span.url]
    return (
        not title.url
        and len(links) == 1
        and _GENERIC_LABEL.match(line.text[links[0].start : links[0].end]) is not None
        and "link_media" in link_features(links[0].url)
        and not _names_a_paper(fields)
        and not (fields.authors or fields.venue or fields.year)
    )


MIN_STORY = 15  # characters: a story's title this long inside a rules' title is that story


def _entry_end(lines: list[Line], start: int, heads: set[int]) -> int:
    """The end of the newsletter entry headed at START: the next entry's head or heading."""
    for i in range(start + 1, len(lines)):
        if i in heads or lines[i].kind == "heading":
            return i
    return len(lines)


_JOURNAL_ARTICLE = lazy_re(r"^https?://(?:www\.)?distill\.pub/20\d\d/", re.IGNORECASE)


def _links_a_paper(body: list[Line]) -> bool:
    """Whether a line of BODY links a paper's own page: an identifier's, a proceedings', a
    journal's article ("aclweb.org/anthology/…", "mdpi.com/…", "distill.pub/2020/…")."""
    from papercli.importers.digest.features import paper_page
    from papercli.importers.digest.fields import proceedings_page

    return any(
        paper_page(url) or proceedings_page(url) or _JOURNAL_ARTICLE.match(url)
        for line in body
        for url in line.urls
    )


def _news_story(fields: Fields, body: list[Line]) -> bool:
    """Whether the record's links are news sites' stories, or a line of its title's paragraph
    says it is a post, a video, a repository ("Blog"), and nothing in it names a paper (no
    identifier, no PDF): a news digest's item, not a paper."""
    from papercli.importers.digest.features import NEWS_SITE

    if _names_a_paper(fields):
        return False
    # (a line of the title's own paragraph, no link: "[Video](…)" in a row, "Slides:" over
    # the next session's, are neither)
    said = body[1 : 1 + KIND_LINE_REACH]
    if any(
        _KIND_LINE.match(line.text) and not line.urls and line.block == body[0].block
        for line in said
    ):
        return True  # "***Title*** (11 dic 2023 – Hugging Face)" / "Blog" / its link
    urls = [u for line in body for u in line.urls]
    return bool(urls) and all(NEWS_SITE.search(u) for u in urls)


def _news_headline(record: Record, fields: Fields) -> bool:
    """Whether the record is a headline linked to a page that is no paper's, right under a
    news section's heading ("### Top News" / "#### [Google's AI now goes by a new name](…)"),
    and nothing in it names a paper."""
    from papercli.importers.digest.features import paper_page

    url = record.title.url
    return (
        bool(record.sections)
        and _NEWS_HEADING.fullmatch(record.sections[-1].strip()) is not None
        and url.startswith(("http://", "https://"))
        and not paper_page(url)
        and not _names_a_paper(fields)
    )


# "Top News", "Other News", "新闻": a news digest's section of stories
_NEWS_HEADING = lazy_re(
    r"\W{0,3}(?:(?:top|other|more|latest|industry|tech|ai|weekly)\s+)?news\W{0,3}|新闻|资讯|行业动态",
    re.IGNORECASE,
)


# "Blog", "Video", "Repositorio": a line under an item's title that says what the item is
_KIND_LINE = lazy_re(
    r"^\W{0,3}(?:blog(?:\s+post)?|post|video|vídeo|podcast|"
    r"repo(?:sitory|sitorio)?(?: de artículos)?|tutorial|"
    r"course|curso|book|libro|slides)\W{0,3}$",
    re.IGNORECASE,
)
KIND_LINE_REACH = 2  # lines under a title, at most, to the line that says its kind


_NEVER_PAPER_HOST = lazy_re(
    r"^https?://(?:forms\.gle/|docs\.google\.com/forms/|colab\.research\.google\.com/"
    r"|[\w.-]+\.panopto\.com/|(?:www\.)?youtube\.com/watch|youtu\.be/|(?:www\.)?vimeo\.com/"
    # a book's page in a catalogue of books ("goodreads.com/book/show/…", "book.douban.com/…")
    r"|(?:www\.)?goodreads\.com/book/|book\.douban\.com/subject/"
    # a blog's post or a course's notes ("The Illustrated Transformer", "CS231n notes on …")
    r"|(?:[\w-]+\.)?medium\.com/|(?:www\.)?towardsdatascience\.com/"
    r"|(?:jalammar|karpathy|colah|lilianweng|cs231n)\.github\.io/"
    r"|(?:www\.)?machinelearningmastery\.com/|(?:www\.)?youtube\.com/(?:playlist|@|c/|channel/)"
    r"|blog\.keras\.io/|netflixtechblog\.com/|(?:www\.)?linkedin\.com/pulse/"
    # a course, a dataset, a book's shop, a question, a library's documents: no paper
    # (a dataset's page or a demo's space may be the only link of the paper that made it: not
    # here)
    r"|(?:www\.)?(?:coursera\.org|udemy\.com|ocw\.mit\.edu|stackoverflow\.com)/"
    r"|(?:www\.)?amazon\.[a-z.]{2,6}/(?:[^/\s]+/)?dp/|books\.google\.[a-z.]{2,6}/"
    r"|(?:www\.)?huggingface\.co/(?:docs|learn|blog)/|(?:www\.)?paperswithcode\.com/task/"
    r"|(?:www\.)?oreilly\.com/library/view/|learning\.oreilly\.com/library/view/"
    # a conference's page of a session, a workshop, a talk: no one paper's
    r"|(?:www\.)?(?:icml|iclr|neurips|nips)\.cc/virtual/\d{4}/"
    r"(?:session|workshop|tutorial|invited-talk|affinity-workshop|social|expo)/)",
    re.IGNORECASE,
)


# "* Who Woulda Thunk It: **“Title.”**": a label, its colon, then a quoted title in bold
_QUOTE_LABEL = lazy_re(r"^\W{0,4}([^:：“”\"*]{3,60}?)\s*[:：]\s*(?=[“\"])")


def _quote_labels(lines: list[Line]) -> set[str]:
    """The keys of the labels the page puts before its quoted titles set in bold."""
    keys = set()
    for line in lines:
        found = _QUOTE_LABEL.match(line.text) if len(line.text) <= 2000 else None
        if found is not None and any(
            span.kind == "bold" and span.start == found.end() for span in line.spans
        ):
            keys.add(_key(found.group(1)))
    return keys


def _a_label(paper: Paper, labels: set[str]) -> bool:
    """Whether PAPER's title is only one of LABELS, nothing said of it but its name (its
    "authors" the next label, if any; no identifier, no link)."""
    if _key(paper.title) not in labels or _identifiers(paper) or paper.url or paper.pdf_url:
        return False
    return all(_key(name) in labels for name in paper.authors)


# "ML Components: Chapter 1 - Sections 1.2.1 to 1.2.4 of [BB]", "Chapter 9 of Speech and …"
_BOOK_CHAPTER = lazy_re(
    r"(?:^|[:：]\s*)chapters?\s+\d+\b|\bchapters?\s+\d+(?:\.\d+)*\s+(?:of|in)\b|第\s*\d+\s*章"
    # "Book | Chapter 6: …", "Course | Lecture 5: RNNs", "Book - Chapter 6: …": a part of a
    # book or a course after its name
    r"|(?:\s[|｜]|\s[-–—])\s*(?:chapters?|lectures?)\s+\d+\b",
    re.IGNORECASE,
)  # (not "Predicting Chapter 11 Filings from …")


# "[VICES Paper](…)", "[Original paper](…)", "[Efficient VLA survey 논문](…)": a link named
# for its paper, not its title
_NICKNAME_PAPER = lazy_re(r"^\S+(?:\s\S+){0,2}(?:\s+papers?|\s*(?:논문|论文|論文))$", re.IGNORECASE)


QUOTED_SURE = 0.95  # a quoted title rated this sure names a paper whatever its link


def _venue_from_proceedings(paper: Paper) -> None:
    """PAPER's venue from its link into a conference's proceedings
    ("openaccess.thecvf.com/content/CVPR2021/…") when the page gave none (its year too, when
    the page gave none: a preprint's year may be the one before)."""
    from papercli.importers.digest.fields import proceedings_venue

    if paper.venue is not None:
        return  # (an arXiv link's too: "StackGAN … (arXiv 2016)" links its ICCV version)
    for url in (paper.url, paper.pdf_url):
        venue, year = proceedings_venue(url or "")
        if venue is not None:
            paper.venue, paper.year = venue, paper.year or year
            return


# a line of authors read as a title: a name and its affiliation, or a surname and initials,
# then "et al." (or the same in the page's language: "vd", "dkk", "и др")
_NAMES_ALONE = lazy_re(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){0,3}\s*\([^()]{2,80}\)\s*,?\s*(?:et\s+al|vd|dkk)\.?"
    r"|[A-Z][\w'’-]+,\s*(?:[A-Z]\.\s*){1,3},?\s*(?:et\s+al|vd|dkk|и\s+др)\.?"
)
_FILE_PATH = lazy_re(r"[A-Za-z]:\\[\w .-]{1,80}\\")
_PLACEHOLDER_TITLE = lazy_re(
    r"\W*(?:(?:paper|sample|example|dummy|your|test)\s+)?title(?:\s+(?:here|\d{1,3}))?\W*"
    r"|\W*lorem\s+ipsum\b.{0,200}",
    re.IGNORECASE,
)


def _never_a_paper(paper: Paper, quoted: bool = False) -> bool:
    """Whether PAPER's only link is a form, a notebook, a lecture's recording or a book's
    catalogue page, with no identifier or PDF beside it (unless its title is QUOTED and rated
    sure: a reading group's session, its recording linked, is named by its paper's title),
    its title a book's chapter with no identifier, a talk ("(Guest Lecture by …)", "Guest
    speaker: …") or a post's call to its readers ("…，点击「阅读原文」即刻加入社区！"): no paper
    at all."""
    from papercli.importers.digest.candidates import calls_to_readers

    if calls_to_readers(paper.title) or _NICKNAME_PAPER.match(paper.title):
        return True
    if _PLACEHOLDER_TITLE.fullmatch(paper.title):
        return True  # "title 7" by "author 1, author 2": a template's row, never filled in
    if _NAMES_ALONE.fullmatch(paper.title):
        return True  # "Ziwei Zhu (Texas A&M University) et al.", "Devlin, J., vd": its authors
    if _FILE_PATH.match(paper.title):
        return True  # "D:\\paper_reading\\sources\\15": a file's path
    if _ISSUE_TITLE.match(paper.title) and not _identifiers(paper):
        return True  # "RL Weekly 32: New SotA …": a newsletter's issue, the post itself
    if _BOOK_CHAPTER.search(paper.title) and not _identifiers(paper):
        return True
    if _LECTURE_MARK.search(paper.title) or _TALK_LEAD.match(paper.title):
        return True  # "Human-Aware Losses (Guest Lecture by A. Bee)": a talk on a syllabus
    return bool(
        paper.url
        and not quoted
        and _NEVER_PAPER_HOST.match(paper.url)
        and not paper.pdf_url
        and not _identifiers(paper)
    )


def _paper_link(url: str) -> bool:
    """Whether URL points at a paper (an identifier's page or a PDF), by the model's own test."""
    from papercli.importers.digest.features import link_features

    return bool(link_features(url).keys() & {"link_paper", "link_other"})


def _ids_of(item: Paper | Fields) -> tuple[tuple[str, str | None], ...]:
    from papercli.importers.digest.fields import conference_paper

    # (a conference's own page of the paper names it too: "usenix.org/…/presentation/boos")
    page = item.url if item.url and conference_paper(item.url) else None
    return (("a", item.arxiv_id), ("o", item.openreview_id), ("d", item.doi), ("c", page))


def _described(paper: Paper) -> bool:
    """Whether the page gives PAPER's authors, venue or year."""
    return bool(paper.authors or paper.venue or paper.year)


def _identifiers(paper: Paper) -> set[str]:
    return {f"{kind}:{value}" for kind, value in _ids_of(paper) if value}


def _cased_worse(title: str, other: str) -> bool:
    """Whether TITLE is written all in capitals or all in lower case and OTHER, the same
    title, in mixed case."""
    flat = title.isupper() or title.islower()
    return flat and not (other.isupper() or other.islower())


def _overlaps(key: str, seen: dict[str, Paper]) -> bool:
    """Whether KEY is part of, holds, or nearly is a title already found (another cut of
    the same line: a paper is not to be counted twice)."""
    from rapidfuzz import fuzz, process

    if process.extractOne(key, list(seen), scorer=fuzz.ratio, score_cutoff=80) is not None:
        return True
    return any(key in other or other in key for other in seen)


def _runs_into(title: str, seen: dict[str, Paper]) -> bool:
    """Whether TITLE ends where a title already found begins ("Award A. Bee: FastTD" beside
    "FastTD: A Quick Algorithm"): a cut across two fields of one line."""
    head, colon, tail = title.rpartition(":")
    start = _key(tail)
    return bool(colon and head and len(start) >= 4) and any(k.startswith(start) for k in seen)


BIBTEX_CONFIDENCE = 1.0  # an entry names its title in a field: nothing to doubt


_VOLUME = lazy_re(r"@proceedings\b", re.IGNORECASE)
# a textbook's or a manual's entry in a page's bibliography: a book on the reading list, which
# no one reads as a paper ("@book{bishop2006pattern, …}")
_BOOK = lazy_re(r"@(?:mv)?book(?:let)?\s*[{(]|@manual\s*[{(]", re.IGNORECASE)
_AUTHOR_FIELD = lazy_re(r"^[ \t]*author[ \t]*=", re.IGNORECASE | re.MULTILINE)
_MISC = lazy_re(r"@misc\s*[{(]", re.IGNORECASE)
# a question's page, a post, an encyclopedia's article, an online book: a web page, no paper's
_WEB_PAGE_HOST = lazy_re(
    r"https?://(?:[\w-]+\.)*(?:stackexchange\.com|stackoverflow\.com|quora\.com|"
    r"towardsdatascience\.com|medium\.com|wikipedia\.org|runestone\.academy|youtube\.com)/",
    re.IGNORECASE,
)
_ACCESSED = lazy_re(r"\bnote\s*=\s*[{\"]\s*\(?\s*accessed\b", re.IGNORECASE)


def _web_page_entry(entry: str) -> bool:
    """Whether a BibTeX ENTRY is a web page kept as @misc ("title = {… - Cross Validated}",
    "howpublished = {\\url{https://stats.stackexchange.com/…}}", "note = {(Accessed on …)}"),
    naming no paper identifier."""
    from papercli.ids import find_identifiers

    if _MISC.match(entry) is None:
        return False
    if _WEB_PAGE_HOST.search(entry) is None and _ACCESSED.search(entry) is None:
        return False
    return not find_identifiers(entry[:4000])


def _bibtex_papers(
    entries: list[str], source: str | None, result: DigestResult, data: bool = False
) -> list[Paper]:
    """The papers of the page's BibTeX ENTRIES, added to RESULT (rejections too); with DATA
    (a page's own data records, a schedule's say), none whose title is never a paper's ("NO
    MEETING (Conference Deadlines)")."""
    if not entries:
        return []
    from papercli.errors import ImportFormatError
    from papercli.importers.bibtex import parse_bibtex

    # not a proceedings' own entry (its editors; "@proceedings{…, author={…}" is a paper a
    # site files so)
    papers_only = [
        e
        for e in entries
        if not _BOOK.match(e)
        and (not _VOLUME.match(e) or _AUTHOR_FIELD.search(e))
        and (data or not _web_page_entry(e))  # (a data file's entries are no BibTeX's own)
    ]
    try:
        parsed = parse_bibtex("\n\n".join(papers_only), source)
    except ImportFormatError:
        return []
    return _entry_papers(parsed, source, result, data)


def _ris_papers(ris: str, source: str | None, result: DigestResult) -> list[Paper]:
    """The papers of the RIS records pasted into the page (RIS, their text), added to RESULT."""
    if not ris:
        return []
    from papercli.importers.ris import parse_ris

    return _entry_papers(parse_ris(ris, source), source, result)


def _entry_papers(
    parsed: ParseResult, source: str | None, result: DigestResult, data: bool = False
) -> list[Paper]:
    """The papers of a pasted export, PARSED, added to RESULT with its rejections: each once,
    and with DATA none whose title is never a paper's."""
    from papercli.importers.digest.records import never_title

    found = []
    for paper in parsed.papers:
        _tidy_entry(paper)
        # (a page's JabRef "readstatus = {read}", "priority = {prio1}": its writer's reading)
        paper.status, paper.priority = "unread", 0
        if _key(paper.title) in result.by_title:
            continue  # the same entry pasted twice
        if data and (never_title(paper.title) or _BLOG_VENUE.search(paper.venue or "")):
            continue  # ("venue: AI Blog, Jürgen Schmidhuber": a post, not a paper)
        if data and _SOCIAL_POST.match(paper.url or "") and not (paper.arxiv_id or paper.doi):
            continue  # ('paper = "https://x.com/…/status/…"': a teaser posted, no paper yet)
        if _REPOSITORY_NAME.fullmatch(paper.title):
            continue  # "title = {awesome-embodied-ai-must-read}": the list cites itself
        if _ADDRESS_ONLY.fullmatch(paper.title):
            continue  # a sheet's "paper" column of addresses, read as a second title
        paper.source = source
        result.papers.append(paper)
        result.confidence[id(paper)] = BIBTEX_CONFIDENCE
        result.by_title[_key(paper.title)] = BIBTEX_CONFIDENCE
        found.append(paper)
    result.rejected.extend(parsed.rejected)
    return found


_BLOG_VENUE = lazy_re(r"\bblog\b|博客", re.IGNORECASE)
_SOCIAL_POST = lazy_re(
    r"https?://(?:www\.)?(?:x|twitter|xiaohongshu|weibo|threads|bsky|linkedin)\.(?:com|net|app)/",
    re.IGNORECASE,
)
# "awesome-embodied-ai-must-read", "paper_reading_list": a repository's name, never a paper's title
_REPOSITORY_NAME = lazy_re(r"(?i:awesome)[-_]\S+|[a-z0-9]+(?:[-_][a-z0-9]+){2,}")


# "基于……的问答(Hybrid Tabular-Textual Question Answering …)": a Chinese title, the English after
_CHINESE_THEN_ENGLISH = lazy_re(
    r"^([^()（）]*[\u3400-\u9fff][^()（）]*?)\s*[(（]([A-Za-z][^()（）]{8,})[)）]$"
)


_NOT_AUTHORS = {"Version", "Draft", "Preprint", "Edition", "Revised", "Updated", "Extended"}


_ADDRESS_ONLY = lazy_re(r"(?:https?://|www\.)\S+")
_ANCHOR_TAG = lazy_re(r"</?a\b[^<>]{0,500}>", re.IGNORECASE)


_AWARD_WORDS = r"(?:best|outstanding)\s+(?:student\s+)?paper(?:\s+(?:award|runner[- ]up))?"
# a newsletter's award before the title it names: "Best paper ICML 2018 - ", "CVPR 2018 Best
# Student Paper Award - "
_AWARD_LEAD = lazy_re(
    rf"^(?:{_AWARD_WORDS}\s+(?P<venue>[A-Z][A-Za-z]{{1,12}})\s+"
    r"(?P<year>(?:19|20)\d\d)|(?P<venue2>[A-Z][A-Za-z]{1,12})\s+(?P<year2>(?:19|20)\d\d)\s+"
    rf"{_AWARD_WORDS})\s*[-–—:]\s+(?=\S)",
    re.IGNORECASE,
)


def _tidy_entry(paper: Paper) -> None:
    """A BibTeX or data file entry's fields as sites write them: a value in quotes inside its
    braces ('{"Findings of …"}') is the value; a title ending in its citation ("Title
    (Hafner et al. 2023)", "Title by Francon et al. 2020") gives the first author and the year;
    the title "中文(English)" is the English title with the Chinese one beside it."""
    from papercli.importers.digest.embedded import CITED_AFTER, CITED_BY_AFTER, CITED_NAMES_AFTER
    from papercli.importers.venues import find_venue_year

    title = paper.title.strip()
    if "</a>" in title:  # '<a href="Details.html?meeting=2">Title</a>': a cell's link, its text
        title = " ".join(_ANCHOR_TAG.sub("", title).split())
    enclosed = title[1:-1]
    marks = '"' if title[:1] == '"' else "“”"
    if len(title) > 2 and title[0] in '"“' and title[-1] in '"”' and not set(marks) & set(enclosed):
        title = enclosed.strip()  # ('“It’s shocking!”: Analysing …' keeps its quotes)
    cited = CITED_AFTER.search(title) or CITED_BY_AFTER.search(title)
    named = cited.group(1) if cited is not None else ""
    if (
        cited is not None
        and cited.start() >= 8
        and find_venue_year(named)[0] is None
        and named.split()[0] not in _NOT_AUTHORS
    ):  # "Title (Hafner et al. 2023)": who and when, not "(CVPR 2016)" or "(Version 2013)"
        title = title[: cited.start()].rstrip()
        paper.year = paper.year or int(cited.group(2))
        paper.authors = paper.authors or [named.split()[0]]
    elif cited is None and (names := CITED_NAMES_AFTER.search(title)) and names.start() >= 8:
        # "Title (Kantamneni & Tegmark)": who, the year elsewhere
        title = title[: names.start()].rstrip()
        who = re.sub(r"\s+et\s+al\.?$", "", names.group(1))
        paper.authors = paper.authors or re.split(r"\s+(?:and|&)\s+", who)
        paper.venue = paper.venue or names.group(2)
    awarded = _AWARD_LEAD.match(title) if "aper" in title[:60] else None
    if awarded is not None and len(title) - awarded.end() >= 8:
        # "Best paper ICML 2018 - Title", "CVPR 2018 Best Student Paper Award - Title"
        named = awarded.group("venue") or awarded.group("venue2")
        venue, year = find_venue_year(f"{named} {awarded.group('year') or awarded.group('year2')}")
        if venue is not None:
            title = title[awarded.end() :]
            paper.venue, paper.year = paper.venue or venue, paper.year or year
    paper.title = title or paper.title
    if paper.venue:
        paper.venue = paper.venue.strip('"“” ') or None
    if paper.url and not paper.doi:
        from papercli.importers.digest.fields import doi_in_url

        paper.doi = doi_in_url(paper.url)  # "url: https://dl.acm.org/doi/abs/10.1145/…"
    if paper.url and not paper.venue:
        from papercli.importers.digest.fields import conference_page

        # "url: https://icml.cc/virtual/2026/oral/71086": the conference's own page of it
        paper.venue, hosted = conference_page(paper.url)
        paper.year = paper.year or hosted
    if paper.doi and not paper.arxiv_id:
        from papercli.ids import arxiv_of_doi

        paper.arxiv_id = arxiv_of_doi(paper.doi)  # arXiv's own DOI, "10.48550/arXiv.2507.23361"
    both = _CHINESE_THEN_ENGLISH.match(paper.title)
    if both is not None:
        paper.title = both.group(2).strip()
        paper.alt_titles = [*paper.alt_titles, both.group(1).strip()]


def _tidy_title(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without the marks a page put before it ("⭐Title", "`Title") and the
    LaTeX markup around its words ("\\textit{FLARE}: …")."""
    title = _LEADING_MARKS.sub("", paper.title)
    title = _MONTH_LEAD.sub("", _OPEN_LABEL_TAIL.sub("", title))
    if "\\" in title:
        title = _LATEX_STYLE.sub(r"\1", title)
    if title.startswith("`") and title.count("`") == 1:
        title = title[1:]  # ("`Title": a code span's opening, never closed)
    title = _PREPRINT_TAIL.sub("", title)  # "Title (arXiv Preprint)": where it is, no title
    split = _SURNAME_COMMA_LEAD.match(title) if paper.authors else None
    if split is not None and _INITIAL_END.search(paper.authors[-1]):
        # "Michael W" / "Mahoney, Characterizing …": the last name's initial point read as the
        # end of the names, its surname left on the title
        paper.authors = [*paper.authors[:-1], f"{paper.authors[-1].rstrip('.')}. {split.group(1)}"]
        title = split.group(2)
    dated = _COMMA_YEAR_TAIL.search(title)
    if dated is not None and len(title[: dated.start()].split()) >= 2:
        # "Attention is not Explanation, 2019": the year the page wrote after the title
        paper.year = paper.year or int(dated.group(1))
        title = title[: dated.start()]
    cited_id = _ARXIV_CITED_TAIL.search(title)
    if cited_id is not None and cited_id.start() >= 10:
        # "Title, arXiv:2109.01050, 2021": the preprint it cites itself by
        paper.arxiv_id = paper.arxiv_id or cited_id.group(1)
        title = title[: cited_id.start()]
    glossed = _NICKNAME_GLOSS.match(title)
    if glossed is not None and not _KIND_GLOSS.search(glossed.group(2)):
        # "VCD 视觉对比解码": a paper's short name, then what it is in the page's language
        gloss = glossed.group(2).strip()
        if gloss not in paper.alt_titles:
            paper.alt_titles = [*paper.alt_titles, gloss]
        _retitle(paper, glossed.group(1), None, result)
        return
    cited = _CITED_NAMES.search(title)
    if cited and len(title[: cited.start()].strip()) >= 3:
        # "[Dropout (Srivastava et al.)](…)": a link labelled by its nickname and who wrote it
        if not paper.authors:
            paper.authors = [name for name in cited.groups() if name]
        _retitle(paper, title[: cited.start()].strip(), None, result)
        return
    if title != paper.title and len(title.split()) >= 2:
        _retitle(paper, title.strip(), None, result)


# "⭐Title", "✨Title", "🔥 Title": a list's marks before its titles
_LEADING_MARKS = lazy_re(r"^[\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff\ufe0f]+\s*")
# "Title [paper": a link's label whose bracket the page never closed
_OPEN_LABEL_TAIL = lazy_re(r"\s*[\[(]\s*(?:paper|pdf|code|arxiv|link|slides|video)\s*$", re.I)
# "201706 Title": the month a note was written, as its file name leads with it
_MONTH_LEAD = lazy_re(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])\s+(?=\S)")
_NICKNAME_GLOSS = lazy_re(
    r"([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*)\s+([\u4e00-\u9fff][\u4e00-\u9fff+·、\s]{1,30})$"
)
# "Qwen3 技术报告", "X 论文解读": what the item is (a report, a post, notes), no gloss of the name
_KIND_GLOSS = lazy_re(r"(?:报告|博客|论文|笔记|解读|综述|代码|项目|教程|文档|主页)\s*$")
# "RL Weekly 32: …", "NLP Newsletter #14: …", "Issue 7 – …": a series' issue by its number
_ISSUE_TITLE = lazy_re(
    r"^[\w .&-]{0,30}?\b(?:weekly|digest|newsletter|issue|roundup|recap)\s*(?:no\.?\s*)?#?\d{1,4}"
    r"\s*[:：\-–—|]\s",
    re.IGNORECASE,
)
_ARXIV_CITED_TAIL = lazy_re(r"\s*[,.;]?\s+ar[Xx]iv\s*:\s*(\d{4}\.\d{4,5})(?:v\d{1,2})?\s*$")
_SURNAME_COMMA_LEAD = lazy_re(r"([A-Z][\w'’-]{1,30}),\s+(\S.{8,})")
_INITIAL_END = lazy_re(r"(?:^|\s)[A-Z]\.?$")
_PREPRINT_TAIL = lazy_re(r"(?<=\S)\s*[(\[](?:arxiv\s+)?pre-?print[)\]]$", re.IGNORECASE)
_FILE_EXTENSION = lazy_re(r"\.(?:pdf|PDF)$")
_COMMA_YEAR_TAIL = lazy_re(r"(?<=[\w?!)])\s*,\s*((?:19|20)\d\d)$")
# "Dropout (Srivastava et al.)", "Batch Normalization (Ioffe & Szegedy)": who wrote it, after
_CITED_NAMES = lazy_re(
    r"\s+[(（]([A-Z][\w'’-]+)(?:\s+et\s+al\.?|\s*(?:&|and)\s*([A-Z][\w'’-]+))"
    r"(?:,?\s*(?:19|20)\d\d)?[)）]$"
)
_LATEX_STYLE = lazy_re(r"\\(?:textit|textbf|emph|texttt|textsc|mathrm)\{([^{}\\]{1,200})\}")


def _tidy_venue(paper: Paper) -> None:
    """PAPER's venue without the markup, quotes and lead words a page wrote around it
    ("<i>Rev. Mod. Phys.</i> <b>90</b>", "'AltCHI 2013'", "en Frontiers in Robotics and AI"),
    and none where what was read is no venue at all: a date ("2026-07-15T20:40:46Z"), a
    citation's filler ("n.d", "vol", "Disponible en: …") or a web address."""
    venue = paper.venue
    if not venue:
        return
    if "<" in venue:
        venue = " ".join(_VENUE_MARKUP.sub(" ", venue).split())
    venue = _VENUE_LEAD_WORD.sub("", venue.strip(" '\"‘’“”,;"))
    dated = _VENUE_DATE_TAIL.search(venue)
    if dated is not None and dated.start() >= 3:
        # "Inverse Problems, September 2024.", "… (TASLP) , December 2024.", "Medical Image
        # Analysis. 2024", "… (MAPR) , to appear, pp. 1-38, 2025.": when, not where
        venue = venue[: dated.start()].rstrip(" ,.")
    bare = venue.strip(" -–—,.")
    if any(bare == name or name.endswith(f" {bare}") for name in paper.authors):
        from papercli.importers.venues import find_venue_year

        if find_venue_year(bare)[0] or _MEETING_WORD.search(bare):
            # "Yee Whye Teh JMLR", "ICC Workshop": the venue, read into the names as well
            named = [name.removesuffix(f" {bare}") for name in paper.authors if name != bare]
            paper.authors = named
        elif bare != venue or bare not in paper.authors:
            # "Tinelli Harandi -", "Rico-Juan" (of "J. R. Rico-Juan"): a name read as the venue
            # (but "Neural Netw" as both venue and author is left as it is: which is it?)
            venue = ""
    none = not venue or _NO_VENUE.fullmatch(venue) or _VENUE_FILLER.search(venue)
    paper.venue = None if none else venue


_MEETING_WORD = lazy_re(
    r"\b(?:workshop|conference|symposium|journal|transactions|proceedings)\b", re.IGNORECASE
)
_VENUE_MARKUP = lazy_re(r"</?[a-z][a-z0-9]{0,8}\b[^<>]{0,200}>", re.IGNORECASE)
# "en Frontiers in Robotics and AI": a Spanish or Portuguese citation's "in"
_VENUE_LEAD_WORD = lazy_re(r"^(?:en|em|dans|in|In:)\s+(?=[A-Z])")
# ", September 2024.", ". 2024", " , to appear, pp. 1-38, 2025.", ", Urbana, IL, September
# 25 - 27, 2024." after a bracketed acronym: a citation's date, status, pages and place
# "Jan", "January", "Sept": a month's name, written out or cut short (in capitals where the
# pattern asks for them)
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_VENUE_DATE_TAIL = lazy_re(
    rf"(?:\s?,\s*{_MONTH_NAME}\.?\s+"
    r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+)?|\.\s+)"
    r"(?:19|20)\d\d\.?$"
    r"|\s?,\s*(?:to\s+appear|in\s+press|pp\.\s*\d)[^()]{0,60}$"
    r"|(?<=\))\s+,\s*[^()]{4,80}(?:19|20)\d\d\.?$"
)
_NO_VENUE = lazy_re(
    r"(?:19|20)\d\d-\d\d-\d\d(?:[T ][\d:.]{5,15}(?:Z|[+-]\d\d:?\d\d)?)?|n\.?\s?d\.?|vol\.?|"
    r"the|string|[\w.-]+\.(?:com|org|net|io|ai)(?:/\S*)?|(?-i:[A-Za-z][a-z]{0,11}\.[a-z]{2,12})|"
    # ("[Mar 2025] Title": the month a list dates its entry by, read as where it appeared)
    rf"{_MONTH_NAME}\.?",
    re.IGNORECASE,
)
# what a citation says of where to find a paper, not where it appeared
_VENUE_FILLER = lazy_re(
    r"\b(?:available\s+(?:online|at|from)|disponible\s+en|tersedia\s+di|accedido|retrieved\s+from)\b",
    re.IGNORECASE,
)


def _tidy_authors(paper: Paper) -> None:
    """PAPER's authors without the words a page wrote after a name ("Masato Inoue Journal",
    "A. G. Wilson Paper Link") and without what is no person ("In Proceedings", "GitHub
    Repository", "Tuesday October", "et al.")."""
    if not paper.authors:
        return
    kept = []
    for name in paper.authors:
        trailed = _NAME_TAIL_WORDS.search(name)
        if trailed is not None and len(name[: trailed.start()].split()) >= 2:
            name = name[: trailed.start()]
        if not _NO_PERSON.fullmatch(name):
            kept.append(name)
    paper.authors = kept


_NAME_TAIL_WORDS = lazy_re(r"\s+(?:paper\s+link|journal|paper|link|code|pdf|slides)$", re.I)
_NO_PERSON = lazy_re(
    r"in\s+proceedings|git(?:hub|lab)\s+(?:code|repository|repo|page)|this\s+page|et\.?\s+al\.?"
    # (a weekday and a month: a session's date; "Sunday Okafor" is a person)
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]{0,6})?",
    re.IGNORECASE,
)


def _venue_without_year(paper: Paper) -> None:
    """PAPER's venue without the year glued to its name ("ACM CCS'20", "TMI22", "Information
    Sciences'2021"), which becomes its year where it has none."""
    venue = paper.venue or ""
    glued = _GLUED_YEAR.search(venue)
    if glued is None or glued.start() < 2:
        return
    digits = glued.group(1)
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if year > 2040 or (paper.year is not None and paper.year != year):
        return  # ("CVPR98", or another year than the paper's: leave the name as it is)
    paper.venue, paper.year = venue[: glued.start()].rstrip(), paper.year or year


# "'20", "’2021", "22" right after a venue's letters
_GLUED_YEAR = lazy_re(r"(?<=[A-Za-z])(?:\s?['’])?((?:19|20)\d\d|\d\d)$")  # (not "ICLR 2021")


# "seq2seq; Sequence to Sequence Learning …", "VAE; Auto-encoding variational bayes": a short
# name before a semicolon, then the title
# what marks a short name as a model's or a method's: a digit, capitals run together, a
# capital inside a word, a bracket ("seq2seq", "VAE", "LayerNorm", "Memory(LSTM)")
_NICKNAME_MARK = lazy_re(r"\d|[A-Z]{2}|[a-z][A-Z]|[(（]")
_SEMICOLON_NICKNAME = lazy_re(r"^([^;\s][^;]{0,30}?)\s*;\s+([A-Z][^;]{11,})$")


def _named_links_below(lines: list[Line], papers: list[Paper]) -> None:
    """Give each paper with no address the one a list of named links gives its short name
    ("**ZeroQuant**: Title" above, "- ZeroQuant: https://arxiv.org/pdf/2206.01861.pdf" in the
    page's references): the name before its title's colon, written the same, once."""
    from papercli.ids import find_identifiers

    named: dict[str, list[str]] = {}
    for line in lines:
        link = _NAMED_LINK.match(line.text) if line.urls and len(line.text) < 300 else None
        if link is not None and find_identifiers(link.group(2)):
            named.setdefault(link.group(1), []).append(link.group(2))
    if not named:
        return
    short = [p.title.split(":", 1)[0].strip() if ":" in p.title else "" for p in papers]
    times = Counter(short)
    for paper, name in zip(papers, short, strict=True):
        urls = named.get(name, [])
        if len(urls) != 1 or times[name] != 1 or paper.url or paper.arxiv_id or paper.doi:
            continue
        found = find_identifiers(urls[0])
        paper.url = urls[0]
        paper.arxiv_id = found.get("arxiv")
        paper.doi = found.get("doi")
        paper.openreview_id = found.get("openreview")


# "ZeroQuant-V2: https://arxiv.org/abs/2303.08302": a short name, then its paper's address
_NAMED_LINK = lazy_re(r"^\W{0,3}([^\s:：][^:：]{0,40}?)\s*[:：]\s*(https?://\S+?)[.,;]?$")


def _move_nickname(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without the nickname written after it, which becomes one of its other
    titles ("Title (Word2Vec)"): how the page calls it, not its title."""
    from papercli.importers.digest.candidates import without_nickname
    from papercli.importers.names import looks_like_name_list

    title, nickname = without_nickname(paper.title)
    if nickname is not None:
        _retitle(paper, title, nickname, result)
        return
    led = _SEMICOLON_NICKNAME.match(paper.title) if ";" in paper.title else None
    if (
        led is not None
        and len(led.group(1).split()) <= 4
        and _NICKNAME_MARK.search(led.group(1)) is not None  # (not "Too Large; Data Reduction …")
        and len(led.group(2).split()) >= 3
        and looks_like_name_list(led.group(2)) < 0.5  # ("Deep Residual Learning; He et al.")
    ):
        _retitle(paper, led.group(2), led.group(1), result)  # "seq2seq; Sequence to …"


def _venue_from_title_remark(paper: Paper) -> None:
    """ "Title (IEEE Signal Processing Magazine 2017)": the remark leaves the title, and is the
    paper's venue and year unless the page gave another venue than a preprint server."""
    from papercli.importers.digest.candidates import venue_year_remark
    from papercli.importers.venues import PREPRINTS, find_venue_year

    remark = venue_year_remark(paper.title)
    if remark is None:
        return
    paper.title, venue, year = remark
    if paper.venue is None or paper.venue in PREPRINTS:
        paper.venue = find_venue_year(venue)[0] or venue
        paper.year = year


def _venue_from_other_titles(paper: Paper) -> None:
    """PAPER without another title that is a venue's acronym alone ("2021-TIP - Title" cut
    after its year leaves "TIP - Title"; "TIP" is where it appeared, no name of it)."""
    from papercli.importers.venues import PREPRINTS, find_venue_year

    for other in list(paper.alt_titles):
        venue = find_venue_year(other)[0] if _ACRONYM.fullmatch(other) else None
        if venue is not None and venue not in PREPRINTS and venue.lower() == other.lower():
            paper.alt_titles.remove(other)
            if paper.venue is None or paper.venue in PREPRINTS:  # (over its arXiv link's)
                paper.venue = venue


_ACRONYM = lazy_re(r"[A-Z][A-Za-z]{0,3}[A-Z]{1,8}")
# "Title(ICPRAM 2023)", "Title(NeurIPS workshop 2023)": a venue and year glued to the title
_GLUED_VENUE = lazy_re(r"^(.{12,}?[^\s(（])[(（]([^()（）]{2,40}?(?<!\d)(?:19|20)\d\d)[)）]$")
_ACRONYM_YEAR = lazy_re(r"^([A-Z][A-Za-z]*[A-Z])[\s\-']*((?:19|20)\d\d)$")
# "Title, EuroSys '23", "Title, on arxiv '22", "Title, Nature 2015": a venue and year after
# the title's last comma, as a schedule's cell or a list's line writes them
_COMMA_VENUE = lazy_re(
    r"^(.{12,}?[^\s,，])\s*(?:,\s+|，\s*)(?:(?:on|in|at)\s+)?"
    r"([A-Za-z][\w&/\-]*(?:\s+[A-Za-z][\w&/\-]*){0,3}\s*'?\s*(?:(?:19|20)\d\d|(?<=')\d\d))"
    # "Title，ACL2018", "Title，IJCAI2019 paper", "Title, EMNLP 2023 Main Conference Paper"
    r"(?:\s+(?i:main|conference|long|short|full|oral|poster|spotlight|demo|findings|track|papers?)){0,4}$"
)
_ACRONYM_SHORT_YEAR = lazy_re(r"^([A-Z][A-Za-z/]*[A-Z])\s*'\s*(\d\d)$")
_SHORT_YEAR = lazy_re(r"'\s*(\d\d)$")


# "ECCV 2018 - The Devil of Face Recognition is in the Noise", "ICML 2018 Workshop - Title": a
# newsletter's venue and year before a dash, then the title
# "ECCV 2018", "CVPR2022", "2021-NeurIPS"
_VENUE_YEAR_LEAD = (
    r"(?:[A-Za-z][\w\-]{1,15}\s*'?\s*(?:19|20)\d\d|(?:19|20)\d\d\s*[-–]\s*[A-Za-z][A-Za-z]{1,11})"
)
_LEADING_VENUE = lazy_re(
    rf"^({_VENUE_YEAR_LEAD}(?:\s+(?:workshops?|oral|spotlight|findings))?)"
    r"\s+[-–—|]\s+(\S.{8,})$",
    re.IGNORECASE,
)
# "CVPR2022 Title", "ICCV 2015 *Title", "CVPR2022(Oral) *Title": a venue and year, maybe a
# track in brackets and a reader's star, then the title (not "SemEval 2020 Task 9: …")
_LEADING_VENUE_TAG = lazy_re(
    rf"^({_VENUE_YEAR_LEAD})"
    r"(?:\s*[(（\[](?i:oral|spotlight|poster|highlight|best\s+paper)[^()（）\[\]]{0,20}[)）\]])?"
    r"\s*\*?\s*\*?"
    r"(?!(?i:task|track|shared|overview|challenge|competition|workshop|proceedings|tutorial"
    r"|keynote|papers|accepted|best)\b)"
    r"([A-Z0-9][^\s]*\s.{8,})$",
)
_SHARED_TASKS = {"semeval", "wmt", "trec", "clef", "bioasq", "ntcir", "iwslt", "conll", "kdd cup"}


def _move_leading_venue(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without a known venue and year written before it (and a dash, a track
    in brackets or a reader's star), which become its venue and year."""
    from papercli.importers.venues import PREPRINTS, find_venue_year

    bracketed = _BRACKETED_VENUE_LEAD.match(paper.title) if paper.title[:1] in "(（[" else None
    if bracketed is not None:  # "(CVPR) Title", "(arxiv) Title": a list's venue tag for it
        venue, year = find_venue_year(bracketed.group(1))
        if venue is not None:
            _retitle(paper, bracketed.group(2), None, result)
            if venue not in PREPRINTS or paper.venue is None:
                paper.venue, paper.year = venue, year or paper.year
        return
    led = _LEADING_VENUE.match(paper.title) or _LEADING_VENUE_TAG.match(paper.title)
    if led is None and paper.year is not None:
        led = _LEADING_ACRONYM.match(paper.title)  # "2021-TIP - Title" cut after its year
        venue = find_venue_year(led.group(1))[0] if led else None
        if led is not None and venue is not None and venue not in PREPRINTS:
            _retitle(paper, led.group(2), None, result)
            paper.venue = venue
        return
    if led is None:
        return
    venue, year = find_venue_year(led.group(1))
    if venue is None or venue in PREPRINTS or year is None or venue.lower() in _SHARED_TASKS:
        return
    _retitle(paper, led.group(2), None, result)
    paper.venue, paper.year = venue, year  # the entry's own word, over one the page gave it


_BRACKETED_VENUE_LEAD = lazy_re(r"^[(（\[]([A-Za-z][\w&'’ -]{1,30})[)）\]]\s*(\S.{8,})$")
_LEADING_ACRONYM = lazy_re(r"^([A-Z][A-Za-z]{0,3}[A-Z]{1,8})\s+[-–—|]\s+(\S.{8,})$")


# "Provably Powerful Graph Networks.Haggai Maron": a title run into its first author's name
# after its point, the line break of a copy lost
_GLUED_FIRST_AUTHOR = lazy_re(
    r"(?<=[a-z)]{2}[.?!])([A-Z][a-z]{2,}(?:\s[A-Z]\.)*(?:\s[A-Z][\w'’-]+){1,2})$"
)


_GLUED_FIRST_NAME = lazy_re(r"(?<=[a-z)]{2}[.?!])([A-Z][a-z]{2,})$")
GLUED_TITLE = 10  # characters, at least, before a name glued after the title's point
# "Amazon.Com", "Node.Red": a web address's or a product's own point, no name after it
_NOT_GIVEN_NAMES = {"Com", "Org", "Net", "Edu", "Gov", "Red", "Io", "Js", "Ai", "App", "Dev"}


# "Word2Vec: Mikolov et al., Efficient Estimation of …": a paper's nickname and its first
# author's surname before its title, as a reading list cites it
_CITED_LEAD = lazy_re(
    r"(?:[^\s:][^:\n]{0,40}:\s+)?([A-Z][\w'’-]{1,30}(?:\s+(?:and|&)\s+[A-Z][\w'’-]{1,30})?)"
    r"\s+et\s+al\.?,\s+(?=\S)"
)


_NICK_YEAR_LEAD = lazy_re(
    r"([A-Za-z][\w.+]{0,30}(?:-[\w.+]{1,20})?)\s?\(((?:19|20)\d\d)\)\s?[-–:]\s?(?=\S)"
)


def _move_cited_lead(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without a nickname and "Surname et al.," before it (the surname becomes
    its first author when it has none), or without a nickname and year glued before it."""
    dated = _NICK_YEAR_LEAD.match(paper.title)
    if dated is not None and len(paper.title) - dated.end() >= CITED_TITLE:
        # "ResNeXt(2017)-Aggregated Residual Transformations …": its nickname and year first
        _retitle(paper, paper.title[dated.end() :], dated.group(1), result)
        if paper.year is None or (paper.arxiv_id and paper.year == _arxiv_year(paper.arxiv_id)):
            paper.year = int(dated.group(2))  # (the year it states, not its preprint's)
        return
    lead = _CITED_LEAD.match(paper.title)
    if lead is None or len(paper.title) - lead.end() < CITED_TITLE:
        return
    _retitle(paper, paper.title[lead.end() :], None, result)
    if not paper.authors:
        paper.authors = [lead.group(1)]


CITED_TITLE = 12  # characters, at least, of a title left after its cited lead


def _move_glued_author(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without the first author's name glued after its point, which becomes
    the first of its authors."""
    from papercli.importers.digest.references import names_only

    glued = _GLUED_FIRST_AUTHOR.search(paper.title)
    if glued is not None and glued.group(1).split()[0] in _NOT_GIVEN_NAMES:
        return
    authors = list(paper.authors)
    if glued is None and authors and re.fullmatch(r"[A-Z][\w'’-]+", authors[0]):
        # "Networks.Tom" / ["Vell", …]: the cut fell inside the first name
        first = _GLUED_FIRST_NAME.search(paper.title)
        if first is not None and first.group(1) in _NOT_GIVEN_NAMES:
            return
        if first is not None and first.start() >= GLUED_TITLE:
            authors[0] = f"{first.group(1)} {authors[0]}"
            if names_only(authors[0]):
                _retitle(paper, paper.title[: first.start()].rstrip("."), None, result)
                paper.authors = authors
        return
    if glued is None or glued.start() < GLUED_TITLE or not authors:
        return  # (moved only beside the other authors the line gave: "….Mara Quill, Ben Ostrow")
    name = glued.group(1)
    if not names_only(name):
        return
    _retitle(paper, paper.title[: glued.start()].rstrip("."), None, result)
    if name not in paper.authors:
        paper.authors = [name, *paper.authors]


# "Relational Deep Reinforcement Learning（关系性深度强化学习）": an English title, then its
# Chinese or Japanese gloss in brackets
_TRAILING_GLOSS = lazy_re(
    r"^([^\u3040-\u30ff\u3400-\u9fff]{10,400}?)\s*[（(]([\u3040-\u30ff\u3400-\u9fff][^()（）]{0,80})[)）]$"
)

# "Efficient Training on GPU Clusters 基于 GPU 集群的高效训练": an English title of three
# words or more, a space, its Chinese translation (a few Latin words inside it too)
_SPACED_GLOSS = lazy_re(
    r"^([A-Za-z][^\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]{13,400}?[\w)\]\"”?!.])\s+"
    r"([\u3400-\u9fff][^\n]{0,300})$"
)
GLOSS_LATIN_WORDS = 4  # a translation keeps a few names in Latin letters ("GPU", "BERT")


def _move_trailing_gloss(paper: Paper, result: DigestResult) -> None:
    """PAPER's English title without its gloss in brackets, which becomes another title."""
    glossed = _TRAILING_GLOSS.match(paper.title) if paper.title.endswith((")", "）")) else None
    if glossed is None and not paper.title.isascii():
        glossed = _SPACED_GLOSS.match(paper.title)  # "Title 中文译名": no brackets
        if glossed is not None and (
            len(re.findall(r"[A-Za-z]+", glossed.group(2))) > GLOSS_LATIN_WORDS
            or len(glossed.group(1).split()) < 3
        ):
            glossed = None
    if glossed is None or len(glossed.group(1).split()) < 2:
        return
    _retitle(paper, glossed.group(1), glossed.group(2), result)


# "Title [Finn Reed]": the title, then its authors in square brackets
_BRACKETED_NAMES_TAIL = lazy_re(r"^(\S.{7,}?)\s*\[([^\[\]]{3,300})\]$")


def _move_bracketed_names(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without the list of names in square brackets at its end, which become
    its authors if it has none ("Title [Alex Krizhevsky, Ilya Sutskever]")."""
    from papercli.importers.digest.fields import cited_first_author
    from papercli.importers.digest.references import names_only
    from papercli.importers.names import parse_names

    tail = _BRACKETED_NAMES_TAIL.match(paper.title) if paper.title.endswith("]") else None
    cited = cited_first_author(tail.group(2)) if tail is not None else None
    if tail is not None and cited is not None:  # "Performer [Choromanski+, 2020]": its first
        _retitle(paper, tail.group(1), None, result)  # author's citation
        paper.authors = paper.authors or [cited[0]]
        paper.year = paper.year or cited[1]
        return
    if tail is None or not names_only(tail.group(2)):
        return
    _retitle(paper, tail.group(1), None, result)
    paper.authors = paper.authors or parse_names(tail.group(2))


def _move_coauthor_remark(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without the remark naming who wrote it with the page's owner, whose
    names become its authors if it has none ("Title (with /Gaoming Wang/, /Xueyuan Wan/)" on a
    researcher's list of papers; the owner is never named there)."""
    from papercli.importers.digest.candidates import coauthor_remark

    remark = coauthor_remark(paper.title) if paper.title.endswith((")", "）")) else None
    if remark is None or remark[1] < len(paper.title):
        return
    _retitle(paper, paper.title[: remark[0]], None, result)
    paper.authors = paper.authors or remark[2]


def _move_glued_venue(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without a venue and year in brackets glued to its last word, which
    become its venue and year (over a preprint's, if it has them)."""
    from papercli.importers.venues import find_venue_year, two_digit_year

    glued = _GLUED_VENUE.match(paper.title) or _COMMA_VENUE.match(paper.title)
    if glued is None:
        return
    venue, year = find_venue_year(glued.group(2))
    acronym = _ACRONYM_YEAR.match(glued.group(2)) if venue is None else None
    short = _ACRONYM_SHORT_YEAR.match(glued.group(2)) if venue is None else None
    if acronym is not None:  # "(ICDAR 2023)": a venue's short name, known or not
        venue, year = acronym.group(1), int(acronym.group(2))
    elif short is not None:  # "LADC '22", "ESEC/FSE '23"
        venue, year = short.group(1), two_digit_year(int(short.group(2)))
    elif venue is not None and year is None and (written := _SHORT_YEAR.search(glued.group(2))):
        year = two_digit_year(int(written.group(1)))  # "USENIX Security '21"
    if venue is None or year is None:
        return
    _take_venue(paper, venue, year)
    _retitle(paper, glued.group(1), None, result)


# "NEUZZ: Efficient Fuzzing with Neural Program Smoothing-S&P", "Check-It-Again-…-CCS": a
# notes page's file name, the venue hyphened on after the title
_HYPHEN_WORDS = frozenset({"DAC", "MICRO", "CHI", "WWW", "ASE", "ESE", "SC", "DATE"})
_HYPHENED_VENUE = lazy_re(r"^(.{12,}?[a-z0-9])-([A-Z][A-Za-z&]{1,9})$")


def _move_hyphened_venue(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without a venue hyphened onto its end, which becomes its venue (when the
    paper has none, and the name is a venue a list knows)."""
    from papercli.importers.venues import PREPRINTS, find_venue

    hyphened = _HYPHENED_VENUE.match(paper.title) if paper.venue is None else None
    if hyphened is None:
        return
    venue = find_venue(hyphened.group(2))
    if venue is None or venue in PREPRINTS or venue != hyphened.group(2):
        return
    if venue in _HYPHEN_WORDS:
        return  # "Sigma-Delta-DAC": a term of the field, not where it appeared
    paper.venue = venue
    _retitle(paper, hyphened.group(1), None, result)


# "Title -AAAI 2019", "Title -ACL2018": a venue and its year after a dash glued to them
_DASHED_VENUE_TAIL = lazy_re(r"^(.{12,}?)\s+[-–]([A-Z][A-Za-z&]{1,14}\s?(?:19|20)\d\d)$")


def _move_dashed_venue_tail(paper: Paper, result: DigestResult) -> None:
    """PAPER's title without a known venue and its year after a dash at its end, which become
    its venue and year (when it has no venue of its own)."""
    from papercli.importers.venues import PREPRINTS, find_venue_year

    tail = _DASHED_VENUE_TAIL.match(paper.title) if paper.venue is None else None
    venue, year = find_venue_year(tail.group(2)) if tail is not None else (None, None)
    if tail is None or venue is None or venue in PREPRINTS or year is None:
        return
    paper.venue, paper.year = venue, year
    _retitle(paper, tail.group(1), None, result)


def _take_venue(paper: Paper, venue: str | None, year: int | None) -> None:
    """PAPER's venue and year from its title's own tags (VENUE, YEAR), over a preprint's."""
    from papercli.importers.venues import PREPRINTS

    if venue is not None and (paper.venue is None or paper.venue in PREPRINTS):
        paper.venue, paper.year = venue, year or paper.year


# "Day 3: Title", "Gün 3: Title", "第3天：Title": a challenge's or a log's day, no part of it
_DAY_LABEL_LEAD = lazy_re(
    r"^(?:(?:day|gün|gun|día|dia|jour|tag|ngày)\s*#?\d{1,3}|第\s*\d{1,3}\s*[天日])\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)


def _retitle(paper: Paper, title: str, nickname: str | None, result: DigestResult) -> None:
    """PAPER titled TITLE, the NICKNAME it was written with (if any) one of its other titles."""
    if _key(paper.title) in result.by_title:
        result.by_title[_key(title)] = result.by_title.pop(_key(paper.title))
    paper.title = title
    if nickname is not None and nickname not in paper.alt_titles:
        paper.alt_titles = [*paper.alt_titles, nickname]


# "Reading 2: Title", "TODO: Title", "論文6: Title": a label, numbered or not, before a title
_SHARED_LABEL = lazy_re(r"^([^\W\d_]{2,16}(?: [^\W\d_]{2,16})?)\s*#?\d{0,3}\s*[:：]\s*(?=\S)")
# labels that say what an item is, when it is no paper (a talk, a week's topic): kept, so that
# the item is known for what it is
_KIND_LABELS = frozenset(
    (
        *("book", "talk", "keynote", "tutorial", "lecture", "video", "blog", "slides", "course"),
        *("chapter", "workshop", "session", "panel", "invited talk", "guest lecture", "code"),
        *("dataset", "project", "thesis", "week", "part", "module", "unit", "class", "homework"),
        *("assignment", "lab", "quiz", "exam", "demo", "poster", "speaker", "topic", "theme"),
    )
)
SHARED_LABELS = 3  # titles, at least, led by one label for the page to write its titles so


def _drop_shared_labels(result: DigestResult) -> None:
    """The titles of a page that leads SHARED_LABELS of them or more, and half of them at least,
    with one label and a colon ("Reading 2: Title", "TODO: Title"), without it."""
    led = [(p, m) for p in result.papers if (m := _SHARED_LABEL.match(p.title)) is not None]
    if len(led) < SHARED_LABELS or 2 * len(led) < len(result.papers):
        return
    counts = Counter(match.group(1).casefold() for _, match in led)
    shared = {
        label
        for label, count in counts.items()
        if count >= SHARED_LABELS and 2 * count >= len(result.papers) and label not in _KIND_LABELS
    }
    for paper, match in led:
        rest = paper.title[match.end() :]
        if match.group(1).casefold() in shared and len(rest.split()) >= 2:
            _retitle(paper, rest, None, result)


# "[LLM] [Survey] Title", "[IEEE J. Emerg. Sel. Topics Circuits Syst.] Title": tags in square
# brackets before a title
_BRACKET_TAGS = lazy_re(r"^((?:\[[^\[\]]{1,60}\]\s*)+)(\S.*)$")


def _drop_bracketed_tags(result: DigestResult) -> None:
    """The titles of a page that leads at least LEADING_NICKNAMES of them with tags in square
    brackets, without them; a venue among the tags is the paper's venue, over a preprint's,
    and a year its year, if it has none ("[2016 terryum] Title")."""
    from papercli.importers.digest.blocks import YEAR
    from papercli.importers.venues import find_venue_year

    led = [(p, m) for p in result.papers if (m := _BRACKET_TAGS.match(p.title)) is not None]
    led = [(p, m) for p, m in led if len(m.group(2).split()) >= 2]
    if len(led) < LEADING_NICKNAMES:
        return
    for paper, match in led:
        _take_venue(paper, *find_venue_year(match.group(1)))
        dated = YEAR.search(match.group(1)) if paper.year is None else None
        paper.year = int(dated.group(0)) if dated else paper.year
        _retitle(paper, match.group(2), None, result)


# "KIP-FC - Dataset meta-learning from …", "GCOND/GC - Graph Condensation for …": a method's
# short name (capitals or digits inside one word), a hyphen, then a title of three words or more
# (an em dash may join a name that is part of the title: "RankMixer — Scaling Up …")
_NICKNAME_LEAD = lazy_re(r"^([A-Z][\w/+\-]{0,24})\s+-\s+([A-Z]\S*(?:\s+\S+){2,})$")
_NICKNAME_COLON = lazy_re(r"^([A-Z][\w/+\-.]{0,24})\s+:\s+([A-Z]\S*(?:\s+\S+){2,})$")
_NICKNAME_LEAD_LOOSE = lazy_re(
    r"^([A-Z][\w/+\-]{0,24}(?:\s[A-Z][\w/+\-]{0,24})?)\s+-\s+([A-Z]\S*(?:\s+\S+){1,})$"
)
LEADING_NICKNAMES = 3  # titles led that way, at least, for a page to write its titles so


def _move_leading_nicknames(result: DigestResult) -> None:
    """The titles of a page that leads most of them with the method's short name and a dash
    (or a colon with a space before it), without it; the short name becomes another title."""
    led = [(p, m) for p in result.papers if (m := _NICKNAME_LEAD.match(p.title)) is not None]
    led = [(p, m) for p, m in led if sum(ch.isupper() or ch.isdigit() for ch in m.group(1)) >= 2]
    # "Transformer : Attention Is All You Need": a colon spaced off both sides ends a name
    led += [(p, m) for p in result.papers if (m := _NICKNAME_COLON.match(p.title)) is not None]
    if len(led) < LEADING_NICKNAMES or 2 * len(led) < len(result.papers):
        return
    from papercli.importers.venues import find_venue_year

    # the page's other titles led the same way by a name of two words, or before a title of
    # two ("Swin Transformer - Hierarchical Vision Transformer", "SENet - Squeeze-and-…")
    done = {id(p) for p, _ in led}
    led += [
        (p, m)
        for p in result.papers
        if id(p) not in done
        and (m := _NICKNAME_LEAD_LOOSE.match(p.title)) is not None
        and sum(ch.isupper() or ch.isdigit() for ch in m.group(1)) >= 2
    ]
    for paper, match in led:
        if find_venue_year(match.group(1))[0] is not None:
            continue  # "SIGIR - Title" (its year cut before it): its venue, read below
        _retitle(paper, match.group(2), match.group(1), result)


# "(GloVe) Global Vectors for Word Representation", "(Big Bird): Big Bidirectional …",
# "【FastPitch】FastPitch: Parallel …": a method's short name in brackets before its title
_BRACKETED_LEAD = lazy_re(
    r"^(?:[(（]([^()（）]{2,40})[)）]:?\s+|【([^【】]{2,40})】\s*)([A-Z]\S*(?:\s+\S+){2,})$"
)


# "(MonoGS)Gaussian Splatting SLAM", "(SAM) Segment Anything": a model's name, then a title
# of two words or more
_GLUED_BRACKET_LEAD = lazy_re(r"^[(（]([A-Z][\w\-]{1,30})[)）]\s*([A-Z]\S*(?:\s+\S+){1,})$")


def _move_bracketed_nicknames(result: DigestResult) -> None:
    """The titles of a page that leads at least LEADING_NICKNAMES of them with a method's
    short name in brackets, without it; the short name becomes another title (never a venue,
    a year or a remark: "(CVPR 2019) Title", "(Oral) Title"), or one alone when it is a model's
    name."""
    from papercli.importers.digest.candidates import model_name
    from papercli.importers.venues import find_venue_year

    led = [(p, m) for p in result.papers if (m := _BRACKETED_LEAD.match(p.title)) is not None]
    named = [(p, m.group(1) or m.group(2), m.group(3)) for p, m in led]
    glued = [(p, m) for p in result.papers if (m := _GLUED_BRACKET_LEAD.match(p.title))]
    seen = {id(p) for p, _ in led}
    named += [
        (p, m.group(1), m.group(2))
        for p, m in glued
        if id(p) not in seen and model_name(m.group(1))  # (not "(Re)Thinking …")
    ]
    named = [
        (p, nick, title)
        for p, nick, title in named
        if any(ch.isupper() for ch in nick)
        and find_venue_year(nick) == (None, None)
        and not _REMARK_WORDS.search(nick)
    ]
    if len(named) < LEADING_NICKNAMES:
        # (one alone when it is a model's name: "(SAM) Segment Anything")
        named = [(p, nick, title) for p, nick, title in named if model_name(nick)]
    for paper, nick, title in named:
        _retitle(paper, title, nick, result)


_REMARK_WORDS = lazy_re(r"\b(?:oral|spotlight|poster|best|award|survey|new|updated?)\b", re.I)

# "ZFNet(Visualizing and Understanding Convolutional Networks)", "GoogLeNet, Inceptionv1(Going
# deeper with convolutions)": a model's short name, then its paper's title in brackets
_NICKNAMED_TITLE = lazy_re(
    r"^([^\s()（）][^()（）]{0,28}?[^\s()（）])[(（]([A-Z][^()（）]{10,300}?)\s*[)）]$"
)


def _move_nicknamed_titles(result: DigestResult) -> None:
    """The titles of a page that writes at least LEADING_NICKNAMES of them as a short name
    with the paper's title in brackets after it: the bracketed title, the short name another
    title. The short name is a few words, each with a capital or a digit, and at most half as
    many words as the title ("Deep Residual Learning (ResNet paper from MSRA)" stays)."""
    from papercli.importers.venues import find_venue_year

    named = []
    for paper in result.papers:
        match = _NICKNAMED_TITLE.match(paper.title)
        if match is None:
            continue
        nick, title = match.group(1).strip(), match.group(2)
        words = nick.replace(",", " ").split()
        if (
            len(words) <= 3
            and 2 * len(words) <= len(title.split())
            and all(any(ch.isupper() or ch.isdigit() for ch in word) for word in words)
            and find_venue_year(nick) == (None, None)
            and not _REMARK_WORDS.search(nick)
        ):
            named.append((paper, title, nick))
    if len(named) < LEADING_NICKNAMES:
        return
    for paper, title, nick in named:
        _retitle(paper, title, nick, result)


def _foreign_share(text: str) -> float:
    """The share of TEXT's letters beyond plain Latin ones (0.0 for no letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(not ch.isascii() for ch in letters) / len(letters) if letters else 0.0


def _translated(first: str, other: str) -> bool:
    """Whether OTHER is FIRST in another language: FIRST in plain Latin letters, OTHER with
    letters beyond them (Turkish, Vietnamese, Chinese ...)."""
    return _foreign_share(first) == 0.0 and _foreign_share(other) >= TRANSLATED_SHARE


TRANSLATED_SHARE = 0.03  # of a title's letters beyond plain Latin ones, for another language


def _glossed(first: str, other: str) -> bool:
    """Whether OTHER glosses FIRST in another script: FIRST a title of three words or more in
    plain Latin letters, OTHER written mostly in others (Chinese, Japanese, Korean …)."""
    return (
        _translated(first, other)
        and _foreign_share(other) >= GLOSS_SHARE
        and len(first.split()) >= GLOSS_WORDS
    )


GLOSS_SHARE = 0.5  # of a gloss's letters beyond plain Latin ones, at least
GLOSS_WORDS = 3  # words of the title it glosses, at least ("Desai ve Durrett" glosses nothing)


def _merge_same_titles(result: DigestResult) -> None:
    """One paper for each title, once link labels are gone ("Title [nature]" under the heading
    "[Title]"): the later one fills the first one's empty fields."""
    first: dict[str, Paper] = {}
    kept = []
    for paper in result.papers:
        key = _key(paper.title)
        if key in first:
            _fill(first[key], paper)
            confidence = result.confidence.get(id(paper), 0.0)
            best = max(result.confidence.get(id(first[key]), 0.0), confidence)
            result.confidence[id(first[key])] = best
            continue
        first[key] = paper
        kept.append(paper)
    result.papers = kept


_LINK_FIELDS = ("url", "pdf_url")  # (a repository may serve two papers)


def _without_links_of_others(paper: Paper, own: Paper, seen: dict[str, Paper]) -> Paper:
    """PAPER without the links another found paper holds (the rules gave it the link under
    its title, which opens the next entry): a link belongs to one record."""
    taken = {getattr(p, name) for p in seen.values() if p is not own for name in _LINK_FIELDS}
    taken.discard(None)
    if not any(getattr(paper, name) in taken for name in _LINK_FIELDS):
        return paper
    paper = copy.copy(paper)
    for name in _LINK_FIELDS:
        if getattr(paper, name) in taken:
            setattr(paper, name, None)
    return paper


def _fill(base: Paper, other: Paper, topics: bool = True, published: bool = False) -> None:
    """Fill BASE's empty fields from OTHER (the same paper named twice on the page); with
    TOPICS, add OTHER's topics to BASE's too; with PUBLISHED, OTHER's venue where BASE has
    only a preprint server's."""
    from papercli.importers.venues import PREPRINTS
    from papercli.merging import first_surname

    for name in (
        "venue",
        "year",
        "url",
        "pdf_url",
        "code_url",
        "arxiv_id",
        "openreview_id",
        "doi",
    ):
        if getattr(base, name) is None and getattr(other, name) is not None:
            setattr(base, name, getattr(other, name))
    if (
        published
        and base.venue in PREPRINTS
        and re.search(r"[^\W\d_]{2}", other.venue or "") is not None
        and other.venue not in PREPRINTS
        and (base.year is None or other.year is None or other.year >= base.year)
        and (not base.authors or not other.authors or first_surname(base) == first_surname(other))
    ):
        # "[Title](arxiv…)" first, "[Title](arxiv…), ICML 2018" later: where it was published
        # (not an earlier paper of the same short title, or one by someone else)
        base.venue = other.venue
        base.year = other.year or base.year
    if not base.authors and other.authors:
        base.authors = other.authors
    known = {_key(a) for a in base.alt_titles}  # ("A：B" and "A:B" are one title)
    base.alt_titles = base.alt_titles + [a for a in other.alt_titles if _key(a) not in known]
    if topics:
        base.topics = base.topics + [t for t in other.topics if t not in base.topics]
