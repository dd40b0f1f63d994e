"""Author-first reference lines, read into names, year, title and where it appeared.

These are the shapes people paste from a paper's bibliography or a scholar search's "cite"
box: natbib's "A, B, and C. Title. In Venue, 2016.", ACM's "A, B. 2017. Title. In Venue.",
APA's "A, J., & B, K. (2019). Title. Venue.", Vancouver's "A J, B K. Title. Venue. 2017;30.",
China's GB/T 7714 "A J, B K, et al. Title[C]//Venue. 2016: 1-9." and "A et al. Title. Venue
2014.", and the styles that quote the title: IEEE's 'A. B, C. D, and E. F, "Title," in Venue,
2017.', MLA's 'B, A, et al. "Title." Venue, 2017.' and Chicago's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from papercli.importers.digest.blocks import CJK_CHAR, YEAR
from papercli.lazy_regex import lazy_re


@dataclass(frozen=True)
class Reference:
    """The parts of one author-first reference."""

    names: str
    title: str
    tail: str  # where and when it appeared ("In CVPR, 2016.")
    year: int | None = None
    quoted: bool = False  # the title in quotes: a candidate of its own, with its own fields
    bare: bool = False  # nothing after the title: the names and the title make it a reference

    @property
    def byline(self) -> str:
        """The names and year as the name parser reads them best: "Skiena, S. (2014)"."""
        return f"{self.names} ({self.year})" if self.year else self.names


# a sentence break: ". " (or "? ", "! ") before a capital, a digit, a quote or a bracket
_BREAK = lazy_re(r"(?<=[.?!])\s+(?=[\"“‘'(（\[]?[A-Z0-9\u00c0-\u00de])")
# a Chinese reference's names and its title after their point ("张磊, 方祝和, 等. 面向内存计算的
# 连接算法[J]. …")
_CJK_BREAK = lazy_re(r"(?<=[.])\s*(?=[\u4e00-\u9fff\u3040-\u30ff])")
_CJK_NAME = r"[\u4e00-\u9fff]{1,3} ?[\u4e00-\u9fff\u3040-\u30ff]{1,3}"  # "张磊", "平岡 達也"
_CJK_NAMES = lazy_re(rf"{_CJK_NAME}(?:\s*[,，、]\s*{_CJK_NAME}){{0,9}}(?:\s*[,，、]\s*等)?")
# "2017. ", "(2019). ", "2020a, ": the year between the names and the title
# "(2019, June 5). " too
_LEAD_YEAR = lazy_re(r"^[(（]?((?:19|20)\d\d)[a-z]?(?:,[^()（）]{1,20})?[)）]?[.,:]?\s+")
_LISTED = lazy_re(r",|&|\band\b")  # "W., Lee, K., & Toutanova, K": more names
# the title's end: any sentence break ("... optimization. arXiv preprint ..."), or the type
# mark of China's citation standard (GB/T 7714: "Title[J]. Journal", "Title[C]//Proceedings")
# ("Title//Proceedings of …": the standard's "//" before the proceedings, with no type mark)
_TITLE_END = lazy_re(
    r"(?<=[.?!])\s+(?=\S)|\s*\[\s*(?:[JCMDRPASNZ]|EB|DB|CP)(?:\s*/\s*OL)?\s*\](?:\s*//)?[.,]?\s*"
    r"|(?<=[\w)])\s*//\s*(?=[A-Z])",
    re.IGNORECASE,
)
# Harvard: "He, K. and Sun, J. (2016) 'Title', Venue, pp. 1-9." (the title in single quotes;
# a comma after the year too, as BibSonomy writes it: "(2016), 'Title', _in_ …")
_HARVARD = lazy_re(
    r"^(?P<names>[^()'‘:]{3,300}?)\s*\((?P<year>(?:19|20)\d\d)[a-z]?\)[.,]?\s+"
    r"['‘](?P<title>[^'‘’]{4,300}?)['’][,.]\s*(?P<rest>.*)$"
)
# the same with the title in double quotes: 'Solaiman, Talat et al. (2025). "Title." In Venue.'
_HARVARD_DOUBLE = lazy_re(
    r'^(?P<names>[^()"“”:]{3,300}?)\s*\((?P<year>(?:19|20)\d\d)[a-z]?\)[.,]?\s+'
    r'["“](?P<title>[^"“”]{4,300}?)[,.]?["”][,.]?\s*(?P<rest>.*)$'
)
# IEEE, MLA, Chicago: 'A. B and C. D, "Title," in Venue, 2017.' (the title in double quotes)
_QUOTED_TITLE = lazy_re(
    r'^(?P<names>[^"“”()（）:：]{3,400}?)[,.]?\s*["“](?P<title>[^"“”]{4,400}?)[,.，。]?["”][,.，]?'
    r"\s*(?P<rest>\S.*)$"
)
# Chicago in curly single quotes: "Juels, Ari, and Nikos Tri. ‘Title’. In Proceedings of …"
_SINGLE_QUOTED_TITLE = lazy_re(
    r"^(?P<names>[^\"“”‘’()（）:：]{3,400}?)[,.]?\s*‘(?P<title>[^‘’]{4,400}?)[,.]?’[,.]?"
    r"\s*(?P<rest>\S.*)$"
)
# dblp: "Ashish Vaswani, Noam Shazeer: Attention is All you Need. NIPS 2017: 5998-6008"
_DBLP = lazy_re(r"^(?P<names>[^:：()]{3,400}?):\s+(?P<rest>\S.*)$")
# "Outstanding Paper Award on Applications of RL M. Vasco, T. Seno: Title": an award's name
# run straight into the names, up to the first initial
_AWARD_BEFORE_NAMES = lazy_re(
    r"^[^:：]{0,80}?\b(?:awards?|prizes?|mentions?)\b[^:：]{0,60}?\s(?=(?:[A-Z]\.\s?){1,3}[A-Z][a-z])",
    re.IGNORECASE,
)
# "45(1), 5-32", "18:189–197", "521, 436–444", "pp. 7134–7143", "doi:10.1111/…": where in a
# journal it was printed, whatever the journal's name
_PRINT_PLACE = lazy_re(
    r"\b\d{1,4}\s*\(\d{1,4}(?:[–-]\d{1,4})?\)|\b\d{1,4}\s*[,:]\s*\d{1,6}\s*[–-]\s*\d{1,6}\b"
    r"|\bpp?\.\s*\d|\bdoi\s*:|\b10\.\d{4,9}/",
    re.IGNORECASE,
)
_INVERTED_INITIALS = lazy_re(r",\s*(?:[A-Z]\.\s?)+$")
# "Novikoff, Albert B": one inverted name, its given name and a middle initial (not Vancouver's
# "Vaswani A, Shazeer N, Parmar N")
_GIVEN_THEN_INITIAL = lazy_re(r"^[A-Z][\w'’\-]+,\s*[A-Z][a-z][\w'’\-]*\s+[A-Z]$")
_ENDS_WITH_INITIAL = lazy_re(r"(?:^|[\s.,\-])[A-Z]\.$")
_SURNAME_COLON = lazy_re(r"[A-Z][\w'’\-]{1,30}:\s")  # "Jung: Title"
_NAMES_PART = lazy_re(r"[^,:.]{2,40}")
_NAMES_PARTED = lazy_re(r",\s*(?:and\s+)?|\s+and\s+")
NAMES_BEFORE_COLON = 12  # names, at most, that a dblp citation's rest lists before its colon


def _names_rest_colon(title: str) -> bool:
    """Whether TITLE opens with the rest of a list of names, then a colon ("Jung: Title",
    "Smith, Abhradeep Thakurta: Title"): a dblp citation cut after a middle initial."""
    if _SURNAME_COLON.match(title):
        return True
    colon = title.find(": ", 0, 40 * NAMES_BEFORE_COLON)
    head = title[:colon] if colon > 0 else ""
    parts = _NAMES_PARTED.split(head)
    return (
        bool(head)
        and _SURNAME_COLON.match(parts[0] + ": ") is not None
        and len(parts) <= NAMES_BEFORE_COLON + 1
        and all(_NAMES_PART.fullmatch(part) for part in parts[1:])
    )


# "Kasneci G", "Weikum G M": a surname, then its initials (Vancouver's and GB/T 7714's order)
_SURNAME_INITIALS = lazy_re(r"[A-Z][\w'’\-]+(?:\s[A-Z]\.?){1,3}")


# "…, Jason J": a given name and a middle initial end the names, the surname cut off after it
_GIVEN_INITIAL_END = lazy_re(r"(?:^|,\s*|\band\s+|&\s*)[A-Z][a-z][\w'’\-]*\s[A-Z]$")


def _middle_initial_end(names: str) -> bool:
    """Whether NAMES end in a given name and a middle initial ("…, Jason J"), not in a
    surname and its initials ("…, Weikum G", "Greenberg D.S")."""
    return _GIVEN_INITIAL_END.search(names) is not None and not inverted_initials(names)


def inverted_initials(names: str) -> bool:
    """Whether NAMES ("Suchanek F M, Kasneci G, Weikum G") write each surname before its
    initials, so that an initial ends a name ("Weikum G. Yago: …" opens the title at "Yago")."""
    return any(_SURNAME_INITIALS.fullmatch(part.strip()) for part in names.split(",")[:-1])


# "In Proceedings of", "arXiv preprint", "Nature, 550", "J Mach Learn Res": where it appeared
_WHERE = lazy_re(
    r"^(?:in\b|proc|arxiv|journal|trans|advances|conference|workshop|international|"
    r"annual|ieee|acm|springer|nature|science|cell|pmlr|jmlr|openreview|preprint|link to paper|"
    r"paper\s+link|pdf\b|(?:available\s+(?:at|from|online)\s*:?|at)\s+<?(?:https?://|www\.)|"
    r"[A-Z][A-Za-z]*\s*[’']?\d\d\b|(?-i:[A-Z]{2,8})-\d\d\W*$)|(?<!\d)(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
_QUOTES = frozenset("\"“‘'「《")  # a quoted title is a candidate of its own
_QUOTED = lazy_re(r"[\"“”]")
_LATIN = lazy_re(r"[A-Za-z]{3}")
_PRONOUN = lazy_re(r"^(?:he|she|they|it|we|this|that|these|his|her|their|our)\b", re.I)
MAX_TITLE_WORDS = 40
CJK_TITLE_CHARS = (4, 80)  # a Chinese title's length in characters, least and most
_CJK_OR_KANA = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff]")


# "BIZER C, HEATH T, et al.Linked Data …[C]//", "CALLAN J.Explicit …[C]": a journal's page
# that drops the space after the names' last point (China's style, its type mark after); the
# first such point of the line is taken for it
# ("…CATTELL R.10 Rules for …[J]": a title may open with a number)
_GLUED_AFTER_NAMES = lazy_re(r"(?:(?<=\bet al\.)|(?<=\b[A-Z]\.))(?=[A-Z][\w]{2}|\d{1,3}\s[A-Z])")
_GBT_TYPE_MARK = lazy_re(r"\[(?:[JCMDRPASNZ]|EB|DB|CP)(?:/OL)?\]")


_DOUBLED_STOP = lazy_re(r"(?<=\b[A-Z])\.\.(?=\s)")


def read_reference(text: str) -> Reference | None:
    """TEXT read as an author-first reference, or None when it is not one."""
    from papercli.importers.digest.features import paper_page

    if ".." in text[:3000]:
        text = _DOUBLED_STOP.sub(".", text)  # "Moore, J. H.. Title.": the initial's and the names'
    read = _read_reference(text)
    dated = _PAREN_YEAR_END.search(text) if read is None and ")" in text[-8:] else None
    if dated is not None and dated.start() >= 20:
        # "Lenssen et al. Title (2018).": the year in brackets after the title
        read = _read_reference(f"{text[: dated.start()].rstrip(' .')}. {dated.group(1)}.")
    addressed = _END_ADDRESS.search(text) if read is None and "://" in text else None
    if addressed is not None and addressed.start() >= 20 and paper_page(addressed.group(1)):
        before = text[: addressed.start()]
        read = _read_reference(before) or _initialled_addressed(before)  # "A, B. Title. https://…"
    if read is not None and _DATED_NAMES_LEAD.match(read.title):
        return None  # "J. A. Anochi, H. F. Campos Velho (2019): Title": names still lead it
    return read


# "H. F. Campos Velho, R. Hernandez Torres (2019): Title": names, the year in brackets, a colon
_DATED_NAMES_LEAD = lazy_re(r"^[^():：]{2,300}\((?:19|20)\d\d[a-z]?\)\s*[:：]\s")


def _initialled_addressed(text: str) -> Reference | None:
    """Initialled names and the title before a paper's address, nothing between."""
    found = _INITIALLED_THEN_TITLE.match(text.strip())
    if found is None:
        return None
    title = found.group("title").strip()
    if not 3 <= len(title.split()) <= MAX_TITLE_WORDS or names_only(title):
        return None
    return Reference(names=found.group("names"), title=title, tail="", bare=True)


# "ABREU, BRENO M. DE ; GOMES-JR, LUIZ . Title. In: Event, 2024, …": a Brazilian CV
# (Lattes) export's ABNT reference, surnames in capitals, " ; " between the names and " . "
# after them
_CAPS_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ'’\-]+){0,3}, [A-ZÀ-Þ][\w'’.\- ]{0,60}?"
_ABNT = lazy_re(
    rf"^(?P<names>{_CAPS_NAME}(?: ; {_CAPS_NAME}){{0,60}}) \.\s+(?P<title>\S[^\n]{{6,500}}?)\."
    r"\s+(?P<tail>In:\s[^\n]*|[A-ZÀ-Þ][^\n]*)$"
)


def _read_reference(text: str) -> Reference | None:
    from papercli.importers.names import parse_names

    abnt = _ABNT.match(text) if " . " in text[:3000] else None
    if abnt is not None:
        year = _TAIL_YEAR.search(abnt.group("tail"))
        return Reference(
            names="; ".join(_capitalised(name) for name in abnt.group("names").split(" ; ")),
            title=abnt.group("title"),
            tail=abnt.group("tail"),
            year=int(year.group(0)) if year else None,
        )

    if "." in text[:400] and _GBT_TYPE_MARK.search(text):
        text = _GLUED_AFTER_NAMES.sub(" ", text, count=1)
    commas = _names_title_commas(text)  # comma parts only, a known close: read before others
    if commas is not None:
        return commas
    harvard = _HARVARD.match(text) or _HARVARD_DOUBLE.match(text)
    if harvard is not None:
        return _named(harvard)
    quoted = _QUOTED_TITLE.match(text) or _SINGLE_QUOTED_TITLE.match(text)
    read = _quoted(quoted) if quoted is not None else None
    if read is not None:
        return read  # (or quotes inside a title: "10 Rules for … in ‘Simple Operation’ Datastores")
    found = _names_then_title(text) or _at_breaks(text)  # the strictest shape first
    # "A, Earl T. Barr, C: Title": an initial's point is no sentence's end, the colon ends
    # the names
    # ("A, B, Jason J. Jung: Title": the surname after the initial is no title's first word)
    if found is None or (
        (found.bare or (_names_rest_colon(found.title) and _middle_initial_end(found.names)))
        and _ENDS_WITH_INITIAL.search(found.names + ".")
    ):
        awarded = _AWARD_BEFORE_NAMES.match(text)  # "Outstanding Paper Award on X A. Bee:"
        dblp = _DBLP.match(text[awarded.end() :] if awarded else text)
        # two names at least: "Name: Phrase" is how titles are made ("BERT: Pre-training ...")
        if dblp is not None and len(parse_names(dblp.group("names"))) >= 2:
            found = _named(dblp) or found
    read = (
        found
        or _initialled_then_title(text)
        or _initialled_then_bare_title(text)
        or _title_first(text)
        or _full_names_then_title(text)
        or _initialled_then_dated_title(text)
    )
    if read is not None and _INITIALLED.match(read.names) and read.title.count(", ") >= 2:
        printed = _before_print(read.title)  # "A. Bee, Title, Nature, 436-444, 2015."
        if printed is not None and len(printed[0].split()) >= 2:
            read = replace(read, title=printed[0], tail=f"{printed[1]}{read.tail}")
    return read


_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "e", "van", "von", "der"}


def _capitalised(name: str) -> str:
    """A name written in capitals ("ABREU, BRENO M. DE") as names are written ("Abreu, Breno M.
    de")."""
    return " ".join(w.lower() if w.lower() in _PARTICLES else w.title() for w in name.split())


_TAIL_YEAR = lazy_re(r"\b(?:19|20)\d\d\b")
_DATED_NAMES_END = lazy_re(r"\s*\(((?:19|20)\d\d)[a-z]?\)$")
_PAREN_YEAR_END = lazy_re(r"\.?\s*\(((?:19|20)\d\d)\)\.?\s*$")
_YEAR_END = lazy_re(r"\b(?:19|20)\d\d\)?\.?\s*$")
_SURNAME_PAIR = lazy_re(r"[A-Z][\w'’\-]+ (?:and|&) [A-Z][\w'’\-]+")
_END_ADDRESS = lazy_re(r"(?<=[.,;])\s+(https?://\S+)\s*$")


INITIALLED_NAME = r"(?:[A-Z]\.[\s-]?){1,3}[A-Z][\w'’\-]+"  # "Y. LeCun", "J.-M. Frigerio"
# "J. Schmidhuber. Title.", "G. Garrigos, R. M. Gower. Title.": initialled names, then the title
# and nothing else (read only before a paper's address, which vouches for one name and for
# a title in any case)
_INITIALLED_THEN_TITLE = lazy_re(
    rf"^(?P<names>{INITIALLED_NAME}(?:,\s*(?:and\s+)?{INITIALLED_NAME}){{0,9}}(?:,?\s+et\s+al)?)"
    r"\.\s+(?P<title>[A-Z][^.?!]{10,300}[?!]?)\.?$"
)


def _names_year_title(body: str) -> Reference | None:
    """ "Shuyang Du, James Lee, 2017, Improve User Retention with Causal Learning": full names,
    the year, then the title in title case, as comma parts."""
    from papercli.importers.digest.candidates import title_case

    parts = body.split(", ")
    taken = 0
    while taken < len(parts) - 2 and _full_name(parts[taken]):
        taken += 1
    if taken < 2 or not YEAR.fullmatch(parts[taken]):
        return None
    title = ", ".join(parts[taken + 1 :])
    if not 3 <= len(title.split()) <= MAX_TITLE_WORDS or not title_case(title) or ". " in title:
        return None
    return Reference(
        names=", ".join(parts[:taken]), title=title, tail=parts[taken], year=int(parts[taken])
    )


# what an awesome list puts after a reference: "[Paper] [Code]", "[DOI]", " https://…"
_LABELS_AFTER = lazy_re(r"(?:\s+(?:\[[^\[\]]{1,30}\]|https?://\S+))+\s*$")
# where and when, at the reference's end: " (IJRR 2013)", ", 2022", ", arXiv:1502.06796",
# "? ICLR 2020" (a venue between commas before the year is read apart: ", NIPS, 2001")
_PLACED_END = lazy_re(
    r"\s*\([^()]{1,60}?\s(?:19|20)\d\d\)$"
    r"|,\s+(?:19|20)\d\d$"
    r"|,\s+arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?$"
    r"|(?<=[?!])\s+[A-Z][A-Za-z-]{1,15}\s+(?:19|20)\d\d$"
)
_VENUE_WORDS = lazy_re(
    r"(?:[A-Z][\w.&'’-]*|of|the|on|and|in|for)(?:\s+(?:[A-Z][\w.&'’-]*|of|the|on|and|in|for)){0,5}"
)
_INITIALLED = lazy_re(INITIALLED_NAME)
_ARXIV_PART = lazy_re(r"arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?")
_SURNAME_ONLY = lazy_re(r"[A-Z][\w'’-]+")


def _full_name(part: str) -> bool:
    """Whether PART is one person's name ("Ronald Parr", "J. Andrew Bagnell", "S. S. Keerthi")."""
    from papercli.importers.names import one_full_name

    return one_full_name(part) or _INITIALLED.fullmatch(part) is not None


def _full_names_then_title(text: str) -> Reference | None:
    """An awesome list's reference: full names as comma parts, the title, then where and when
    ("Jens Kober, J. Andrew Bagnell, Jan Peters, Reinforcement Learning in Robotics, A Survey
    (IJRR 2013) [Paper]", "Michail G. Lagoudakis, Ronald Parr, Model-Free Least Squares Policy
    Iteration, NIPS, 2001. [Paper] [Code]")."""
    from papercli.importers.digest.fields import INSTITUTION
    from papercli.importers.names import is_institution

    if len(text) > 600:
        return None
    body = _LABELS_AFTER.sub("", text.strip()).rstrip(" .")
    close = _PLACED_END.search(body)
    if close is None:
        return _names_year_title(body)
    start = close.start()
    venue = body.rfind(", ", 0, start)
    dated = body[start:].startswith(",") and YEAR.fullmatch(body[start + 1 :].strip())
    place = body[venue + 2 : start] if venue >= 0 else ""
    if dated and (_VENUE_WORDS.fullmatch(place) or _ARXIV_PART.fullmatch(place)):
        start = venue  # ", Artificial Intelligence, 1999", ", arXiv:1511.04587, 2015": where
    parts = body[:start].split(", ")
    names: list[str] = []
    taken = 0
    for part in parts[:-1]:
        people = [p for p in re.split(r"^and\s+|\s+and\s+", part.strip()) if p]
        if not people or not all(_full_name(person) for person in people):
            break
        names += people
        taken += 1
    title = ", ".join(parts[taken:]).strip(" .")
    words = title.split()
    if not names or not 2 <= len(words) <= MAX_TITLE_WORDS or not title[:1].isupper():
        return None
    if ". " in title or _QUOTED.search(title) or names_only(title):
        return None  # a sentence, a quotation, or more names: not this shape
    if ":" in title and _full_name(title.split(":")[0].strip()):
        return None  # "Quoc Le: A Neural Conversation Model": dblp's colon after the names
    if is_institution(title) or (INSTITUTION.search(title) and len(words) <= 4):
        return None  # "Ada Brook, Ken Lowell, Google Research, CVPR, 2016.": where they work
    found = YEAR.search(body[start:])
    year = int(found.group(1)) if found else None
    if len(names) == 1 and year is None:
        return None  # one name and no date: as often a phrase's comma
    return Reference(names=", ".join(names), title=title, tail=body[start:], year=year)


# Science's and Elsevier's "Y. LeCun, Y. Bengio, G. Hinton, Deep learning. Nature 521, 436–444
# (2015).": initialled names, a comma, the title, then the journal and where in it
# ("Y. LeCun, Y. Bengio and G. Hinton, Title", "D. Silver et al, Title", "T. Poggio, M. Fraser
# Title": "and" without its comma, "et al" without its point, two spaces for the comma)
_INITIALLED_NAMES = lazy_re(
    rf"^{INITIALLED_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+){INITIALLED_NAME})*"
    r"(?:,?\s*et\s+al\.?)?(?=,\s+[A-Z]| {2,}\.?[A-Z])"
)
_TITLE_STOP = lazy_re(r"(?<=[^\s.,])[.,]\s+(?=[A-Z])")
# "Nature 521, 436", "Mach. Learn. 45 (2001) 5–32", "Trends in Ecology & Evolution 18:189": a
# journal's name (capitals, abbreviations, a few small words), then its volume
_JOURNAL_VOLUME = lazy_re(
    r"^(?:[A-Z][\w.\-]*|of|and|in|the|for|on|&)(?:\s+(?:[A-Z][\w.\-]*|of|and|in|the|for|on|&)){0,8}"
    r",?\s+\d{1,4}\b"
)


def _after_initialled_names(text: str) -> tuple[str, str] | None:
    """The initialled names that open one reference (600 characters at most) and the text
    after them and their comma, or None."""
    text = text.strip()
    names = _INITIALLED_NAMES.match(text) if len(text) <= 600 else None  # one reference
    if names is None:
        return None
    return names.group(0), text[names.end() + 1 :].lstrip(" .")


def _initialled_then_title(text: str) -> Reference | None:
    """A reference in Science's or Elsevier's style: initialled names, the title after a
    comma, then the journal and its volume, where it was printed."""
    opened = _after_initialled_names(text)
    if opened is None:
        return None
    names, body = opened
    for stop in _TITLE_STOP.finditer(body):
        rest = body[stop.end() :]
        if _JOURNAL_VOLUME.match(rest) is None or _PRINT_PLACE.search(rest) is None:
            continue
        title = body[: stop.start()].strip()
        if not 2 <= len(title.split()) <= MAX_TITLE_WORDS or names_only(title):
            return None
        found = YEAR.search(rest)
        year = int(found.group(1)) if found else None
        return Reference(names=names, title=title, tail=rest, year=year)
    return None


_SENTENCE_STOP = lazy_re(r"(?<=[^\s.,])\.\s+(?=[A-Z])")
# a reference's trailing parts after its venue: "436-444", "vol 6", "30", "2015"
_PRINT_PART = lazy_re(r"(?:(?:vol|no|pp?)\.?\s*)?\d{1,5}(?:\s*[–-]\s*\d{1,5})?", re.IGNORECASE)


def _before_print(text: str) -> tuple[str, str] | None:
    """ "Title, Nature, 436-444": the title and the venue before the print's numbers, or None
    when no comma part of numbers ends TEXT."""
    parts = text.split(", ")
    printed = 0
    while len(parts) > 2 and _PRINT_PART.fullmatch(parts[-1].strip()):
        parts.pop()
        printed += 1
    return (", ".join(parts[:-1]), parts[-1]) if printed else None


def _initialled_then_dated_title(text: str) -> Reference | None:
    """A syllabus's reference: initialled names, the title, then where and when with no
    volume ("D. Silver et al, Title. Nature, 484-489, 2016.", "Y. LeCun, Y. Bengio and G.
    Hinton, Title, Nature, 436-444, 2015."): the title ends at its sentence's point, or else
    before the comma part that the print's numbers follow."""
    opened = _after_initialled_names(text)
    if opened is None:
        return None
    names, body = opened
    found = YEAR.search(body)
    if found is None:
        return None
    stop = _SENTENCE_STOP.search(body, 0, found.start())
    if stop is not None:
        title, rest = body[: stop.start()], body[stop.end() :]
    else:
        cut = _before_print(body.rstrip(" ."))
        if cut is None:
            return None
        title, rest = cut
    if not 2 <= len(title.split()) <= MAX_TITLE_WORDS or names_only(title):
        return None
    return Reference(names=names, title=title.strip(), tail=rest, year=int(found.group(1)))


# a course's list "T2.4 H. T. Chou et al. An Evaluation of Buffer Management Strategies", "T1.1
# E. F. Codd A Relational Model of Data": a paper code, initialled names, then the title with
# nothing between (without the code, "E. Coli Infections in …", "U.S. Army Research on …")
_INITIALLED_THEN_BARE_TITLE = lazy_re(
    rf"^[A-Z]{{0,2}}\d{{1,3}}(?:\.\d{{1,3}}){{0,2}}\s+"
    rf"(?P<names>{INITIALLED_NAME}(?:,\s*{INITIALLED_NAME}){{0,5}}(?:,?\s+et\s+al\.)?)"
    r"\s+(?P<title>[A-Z][^.?!]{10,300}[?!]?)\.?$"
)
_LEADING_INITIAL = lazy_re(r"^[A-Z]\.")


def _initialled_then_bare_title(text: str) -> Reference | None:
    """A paper code, initialled names and then the title, nothing else on the line."""
    found = _INITIALLED_THEN_BARE_TITLE.match(text.strip())
    if found is None:
        return None
    title = found.group("title").strip()
    if len(title.split()) < 3 or names_only(title) or _LEADING_INITIAL.match(title):
        return None
    return Reference(names=found.group("names"), title=title, tail="", bare=True)


# "..., NeurIPS 2017", ". In ICCV'17.": a title-first reference's venue and year at its end
_VENUE_TAIL = lazy_re(
    r"[,.]\s+((?:in\s+)?(?:proc\.?\s+)?[A-Z][A-Za-z-]{1,15}\s*['’]?\s*(?:(?:19|20)\d\d|\d\d))\.?\s*$",
    re.IGNORECASE,
)
_PART_END = lazy_re(r"[,.](?=\s)|(?<=[?!])(?=\s)")  # ("Title? A, B and C": the mark is the title's)


_LABELLED_DATE_TAIL = lazy_re(
    r"(?<=[.,])\s+((?:\[[^\[\]]{1,20}\],?\s*)+((?:19|20)\d\d)(?:\.\d{1,2})?)[,.]?\s*$"
)


def _title_first(text: str) -> Reference | None:
    """A reference that puts its title first: "Title, Vaswani et al., NeurIPS 2017"."""
    from papercli.importers.venues import find_venue_year

    if len(text) > 400:
        return None
    tail = _VENUE_TAIL.search(text)
    venue, year = find_venue_year(tail.group(1)) if tail is not None else (None, None)
    dated = _LABELLED_DATE_TAIL.search(text) if venue is None else None
    if dated is not None:  # "Title. A, B and C. [pdf], [project], 2023.7,": no venue, its date
        tail, year = dated, int(dated.group(2))
    elif tail is None or venue is None or year is None:
        return None
    head = text[: tail.start()]
    for cut in _PART_END.finditer(head):
        title, names = head[: cut.start()].strip(), head[cut.end() :].strip(" .")
        if len(title.split()) < 2 or not names:
            continue
        # two names or "et al.": one capitalised pair ("Message Passing") is as often a phrase
        if names_only(names) and not names_only(title) and _enough_names(names, None):
            return Reference(names=names, title=title, tail=tail.group(1), year=year)
    return None


# "[1/14] ": a schedule's date before the reference; " https://…", " (**Guest Lecture**)": after
_LEAD_DATE = lazy_re(r"^(?:\[\d{1,2}/\d{1,2}\]\s*)?(?:\([^()]{1,40}\)\s*)?")
_TRAILING_EXTRAS = lazy_re(r"(?:\s+(?:https?://\S+|\([^()]{0,40}\)))+\s*$")
# "Peter W. Battaglia", "Le Song": one person, a comma part of its own
_ONE_NAME_PART = lazy_re(r"^(?:[A-Z][\w'’\-]*\.?\s){1,3}[A-Z][\w'’\-]+$")


def _names_then_title(text: str) -> Reference | None:
    """A reference whose names and title are all comma parts: "Ziniu Hu, Yuxiao Dong,
    Heterogeneous Graph Transformer. WWW 2020. https://…" (two names at least, each a part of
    its own; the title is what follows them)."""
    from papercli.importers.venues import find_venue_year

    text = _TRAILING_EXTRAS.sub("", _LEAD_DATE.sub("", text)).strip()
    tail = _VENUE_TAIL.search(text) if len(text) <= 600 else None
    if tail is None:
        return None
    venue, year = find_venue_year(tail.group(1))
    if venue is None or year is None:
        return None
    parts = text[: tail.start()].split(", ")
    named = 0
    while named < len(parts) - 1 and _ONE_NAME_PART.match(parts[named].strip()):
        named += 1
    title = ", ".join(parts[named:]).strip(" .")
    if named < 2 or len(title.split()) < 2 or names_only(title) or not title[:1].isupper():
        return None
    if ". " in title or (_ONE_NAME_PART.match(title.split(":")[0].strip()) and ":" in title):
        return None  # "A, B, C. Title", "A, B, C: Title": the last name ran into the title
    return Reference(names=", ".join(parts[:named]), title=title, tail=tail.group(1), year=year)


# ", ICLR, 2015." / ", arXiv:1512.03385.": the close of "A, B, Title, VENUE, YEAR."
_COMMA_CLOSE = lazy_re(
    r",\s+(?:([A-Z][A-Za-z-]{1,15}),\s+((?:19|20)\d\d)|arXiv:\s?((\d\d)\d\d\.\d{4,5}))\.?\s*$"
)


def _names_title_commas(text: str) -> Reference | None:
    """A reference of comma parts only, names first and its venue and year or arXiv id last
    ("Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, Deep Residual Learning for Image
    Recognition, arXiv:1512.03385.", "Karen Simonyan and Andrew Zisserman, Very Deep …, ICLR,
    2015."): the parts after the names, up to the close, are the title."""
    from papercli.importers.digest.fields import INSTITUTION
    from papercli.importers.names import one_full_name
    from papercli.importers.venues import find_venue_year

    close = _COMMA_CLOSE.search(text) if len(text) <= 600 else None
    if close is None:
        return None
    year: int | None
    if close.group(3):
        tail, year = f"arXiv:{close.group(3)}", 2000 + int(close.group(4))
    else:
        venue, year = find_venue_year(f"{close.group(1)} {close.group(2)}")
        if venue is None or year is None:
            return None
        tail = f"{close.group(1)}, {close.group(2)}"
    parts = re.split(r",\s+", text[: close.start()])
    names: list[str] = []
    taken = 0
    for part in parts[:-1]:
        people = [p for p in re.split(r"^and\s+|\s+and\s+", part.strip()) if p]
        if not people or not all(_ONE_NAME_PART.match(p) for p in people):
            break
        if any(INSTITUTION.search(p) for p in people):
            return None  # "Ada Brook, Google Research, CVPR, 2016.": a place, no title
        names += people
        taken += 1
    title = ", ".join(parts[taken:]).strip(" .")
    if not names or len(title.split()) < 2 or names_only(title) or not title[:1].isupper():
        return None
    if len(names) == 1 and not one_full_name(names[0]):
        return None  # "Deep Learning, …": one capitalised pair is as often a title's words
    if ". " in title or (_ONE_NAME_PART.match(title.split(":")[0].strip()) and ":" in title):
        return None  # "A, B. Title", "A, B, C: Title": the last name ran into the title
    if INSTITUTION.search(title) and len(title.split()) <= 4:
        return None  # "Google Research", "Stanford University": a place, not a title
    return Reference(names=", ".join(names), title=title, tail=tail, year=year)


def _at_breaks(text: str) -> Reference | None:
    """The reference whose names end at a sentence break (natbib, ACM, APA, Vancouver)."""
    from papercli.importers.digest.features import looks_like_names

    breaks = list(_BREAK.finditer(text))
    if CJK_CHAR.match(text):
        # a Chinese or Japanese reference in the national style: its names, a point, its
        # title and type mark ("张磊, 方祝和, 等. 面向内存计算的连接算法[J]. …"; without the mark,
        # measured, prose of names and a point was read as one)
        chinese = _CJK_BREAK.search(text)
        names = text[: chinese.start()].rstrip(" .") if chinese is not None else ""
        marked = _GBT_TYPE_MARK.search(text) is not None
        if chinese is not None and marked and _CJK_NAMES.fullmatch(names):
            return _title_and_tail(names, text[chinese.end() :], None)
    for k, brk in enumerate(breaks):
        names = text[: brk.start()].rstrip(" .")
        dated = _DATED_NAMES_END.search(names)  # "A, B and C (2017). Title.": full names, year
        if dated is not None:
            names = names[: dated.start()]
        if looks_like_names(names) < 0.85 or ":" in names or "：" in names:
            return None  # the text before the first titles is not a list of names
        rest = text[brk.end() :]
        year_match = _LEAD_YEAR.match(rest) if dated is None else None
        year = int(dated.group(1)) if dated is not None else None
        if year_match is not None:
            year = int(year_match.group(1))
            rest = rest[year_match.end() :]
        elif _ENDS_WITH_INITIAL.search(text[: brk.start() + 1].rstrip()):
            # "J. Ho, A. Jain": an initial's point, unless a title follows it (Vancouver)
            upto = breaks[k + 1].start() if k + 1 < len(breaks) else len(text)
            following = text[brk.end() : upto].rstrip(" .")
            listed = len(following.split()) <= 4 or _LISTED.search(following) is not None
            if listed and looks_like_names(following) >= 0.85:
                continue
        if _INVERTED_INITIALS.search(text[: brk.start()]) or _GIVEN_THEN_INITIAL.search(names):
            names += "."  # "Skiena, S.", "Novikoff, Albert B.": the initial's point
        one_surname = dated is not None and _SURNAME_ONLY.fullmatch(names) is not None
        # ("Cohen and Welling. Title. 2016.": two surnames, the year at the end)
        paired = _SURNAME_PAIR.fullmatch(names) is not None and _YEAR_END.search(text) is not None
        if not names_only(names) and not one_surname and not paired:  # ("Hopfield (1982). Title")
            return None  # shaped like names but made of title words ("Deep Residual Learning")
        return _title_and_tail(names, rest, year)
    return None


def _named(match: re.Match[str]) -> Reference | None:
    """A Harvard or dblp reference, whose names end at the year or at a colon."""
    names = match.group("names").strip()
    if not names_only(names):
        return None
    parts = match.groupdict()
    year = int(parts["year"]) if parts.get("year") else None
    title = parts.get("title")
    if title is None:
        return _title_and_tail(names, match.group("rest"), year, colon=True)
    words = title.split()
    if not 2 <= len(words) <= MAX_TITLE_WORDS or names_only(title):
        return None
    if not _enough_names(names, year):
        return None
    return Reference(names=names, title=title.strip(), tail=match.group("rest"), year=year)


def _quoted(match: re.Match[str]) -> Reference | None:
    """An IEEE, MLA or Chicago reference: names, the title in quotes, where it appeared."""
    names = match.group("names").strip(" ,.")
    title = match.group("title").strip(" ,.，。")
    tail = match.group("rest").strip()
    if not names_only(names) or names_only(title):
        return None
    if len(title.split()) < 2 and len(CJK_CHAR.findall(title)) < 4:
        return None
    if len(title.split()) > MAX_TITLE_WORDS or _PRONOUN.match(title):
        return None
    said_where = _WHERE.search(tail.lstrip("*_ ")) is not None or "doi" in tail.lower()
    return _completed(names, title, tail, None, said_where, quoted=True)


def _title_and_tail(
    names: str, rest: str, year: int | None, colon: bool = False
) -> Reference | None:
    from papercli.importers.digest.candidates import title_case
    from papercli.importers.venues import find_venue_year

    brk = _TITLE_END.search(rest)
    # "Looking Fast and Slow: Memory-Guided …": a title's own colon after names-like words;
    # names a colon ends and nothing after the title must be a list with commas
    if brk is None and rest[:1] not in _QUOTES and (not colon or "," in names):
        return _bare(names, rest, year)
    if brk is None or rest[:1] in _QUOTES or "(" in rest[:1]:
        return None  # a reference says where it appeared after its title
    title = rest[: brk.start()].rstrip(" .")
    tail = rest[brk.end() :].strip()
    printed = _journal_after_comma(title) if year is not None else None
    if printed is not None:  # "(2005), Title in sentence case, Journal Name, 23(1), 103-145."
        title, tail = printed[0], f"{printed[1]}. {tail}".strip()
    subtitle = _subtitle(title, tail)
    if subtitle:  # "What makes sentences related? A dataset and study. Proceedings of …"
        title, tail = f"{title} {subtitle}", tail[len(subtitle) :].strip(" .")
    words = title.split()
    cjk = len(_CJK_OR_KANA.findall(title))
    chinese = _CJK_OR_KANA.match(title) is not None and cjk >= len(re.findall(r"[A-Za-z]", title))
    if chinese and not CJK_TITLE_CHARS[0] <= len(title) <= CJK_TITLE_CHARS[1]:
        return None  # a Chinese title has no spaces to count words by
    if (not chinese and not 2 <= len(words) <= MAX_TITLE_WORDS) or _PRONOUN.match(title):
        return None
    if _QUOTED.search(title) or (not chinese and CJK_CHAR.search(title) and _LATIN.search(title)):
        return None  # a quoted title inside, or a translation beside the title
    if names_only(title) and not (colon and _WHERE.search(tail)):
        # names again: the break was inside the list of names (not after a dblp citation's
        # colon, its venue after the title: "A, B:  Differentially Private Dropout. CoRR …")
        return None
    parts = title.split(", ")
    if len(parts) >= 3 and _SURNAME_ONLY.fullmatch(parts[0]) and _full_name(parts[1]):
        return None  # "Du, Ken-ichi Kawarabayashi, …": the break was an initial's ("Simon S.")
    if len(words) <= 3 and find_venue_year(title)[0] is not None:
        return None  # "WWW 2020": where it appeared; the title was among the "names"
    said_where = _WHERE.search(tail) is not None or _PRINT_PLACE.search(tail) is not None
    # "Ada Byron et al.  A Corpus of Known-Item Topics. The authors present …": a highlight's
    # names, its title in title case, then what the paper does
    said_where = said_where or (_DESCRIBED_TAIL.match(tail) is not None and title_case(title))
    return _completed(names, title, tail, year, said_where)


# "The authors recommend …", "(Best Paper) They present …", "This paper …": a sentence on it
_DESCRIBED_TAIL = lazy_re(
    r"^(?:\([^()]{1,30}\)\s*)?(?:the\s+authors?|they|this\s+(?:paper|work|study)|in\s+this\s+(?:paper|work))\s+\w",
    re.IGNORECASE,
)


def _bare(names: str, rest: str, year: int | None) -> Reference | None:
    """A reference that ends with its title ("Nasif Imtiaz, Seaver Thorn and Laurie Williams.
    A Comparative Study of Vulnerability Reporting", as award pages list their papers): two
    names at least and a title in title case (any case when a year comes with the names: "A, B.
    (2020). Title"), nothing after it."""
    from papercli.importers.digest.candidates import TITLE_LABEL, title_case
    from papercli.importers.names import is_institution, parse_names

    # "Gouri Deshpande and Guenther Ruhe. Title: Beyond Accuracy": a label before the title
    title, tail = _without_where(TITLE_LABEL.sub("", rest, count=1).strip().rstrip("."))
    if year is None and tail:
        found = YEAR.search(tail)
        year = int(found.group(1)) if found else None
    words = title.split()
    # a title in sentence case only after the year an APA reference puts after its names, or
    # after two whole names at least ("Christopher Criscitiello, Nicolas Boumal. Efficiently
    # escaping saddle points on manifolds"), when it opens as no sentence does
    cased = title_case(title) or year is not None or _named_sentence_title(names, title)
    if not 3 <= len(words) <= MAX_TITLE_WORDS or not cased or "(" in title:
        return None
    if (
        _QUOTED.search(title)
        or CJK_CHAR.search(title)
        or names_only(title)
        or is_institution(title)
    ):
        return None  # "A, B et al. Chinese Academy of Sciences": where they work
    alone = year is not None and _SURNAME_ONLY.fullmatch(names) is not None
    if len(parse_names(names)) < 2 and not alone:
        return None  # (one surname with its year: "Elman (1990). Finding structure in time")
    return Reference(names=names, title=title, tail=tail, year=year, bare=True)


_SENTENCE_OPENING = lazy_re(
    r"(?i:we|our|this|these|that|it|its|they|their|he|she|his|her|i|my|the\s+authors?|"
    r"thanks|see|read|also|and|but|in|on|for|with|from|here)\b"
)


def _named_sentence_title(names: str, title: str) -> bool:
    """Whether TITLE, in sentence case after NAMES (two whole names at least), reads as a
    title: four words at least, opening as no sentence about a paper does."""
    from papercli.importers.names import one_full_name, parse_names

    people = parse_names(names)
    return (
        len(people) >= 2
        and all(one_full_name(person) for person in people)
        and len(title.split()) >= 4
        and title[:1].isupper()
        and _SENTENCE_OPENING.match(title) is None
        and not _BREAK.search(title)
    )


def _without_where(title: str) -> tuple[str, str]:
    """TITLE without the venue and year after its last commas ("SemFix: Program Repair via
    Semantic Analysis, ICSE-35, 2013"), and those."""
    from papercli.importers.venues import find_venue_year

    last = title.rfind(", ")
    before = title.rfind(", ", 0, last) if last > 0 else -1
    for cut in (before, last):
        tail = title[cut + 2 :] if cut > 0 else ""
        if tail and len(tail.split()) <= 5 and find_venue_year(tail)[0] is not None:
            return title[:cut], tail
    return title, ""


# ", 23(1), 103-145", ", 17(6), 734-749": where in a journal, the reference's last comma parts
_PRINTED_AT_END = lazy_re(r"(?:,\s*\d{1,4}\s*\(\d{1,4}\)|,\s*\d{1,4}\s*[–-]\s*\d{1,6}){1,2}$")


def _journal_after_comma(title: str) -> tuple[str, str] | None:
    """A title in sentence case that runs on through commas into its journal's name in title
    case and where in it ("Incorporating context in recommender systems, ACM Transactions on
    Information Systems (TOIS), 23(1), 103-145"), as (title, journal and place), else None."""
    from papercli.importers.digest.candidates import title_case

    printed = _PRINTED_AT_END.search(title)
    if printed is None:
        return None
    head = title[: printed.start()]
    found = None  # the leftmost cut that works, read from the right (a journal is short)
    for cut in reversed(list(re.finditer(r",\s+", head))):
        own, journal = head[: cut.start()].strip(), head[cut.end() :].strip()
        if len(journal.split()) > 12:
            break
        if len(own.split()) < 3 or title_case(own):
            continue  # a title in title case: no case tells where it ends
        if title_case(journal.replace(",", " ")):
            found = own, journal + title[printed.start() :]
    return found


def _subtitle(title: str, tail: str) -> str:
    """The subtitle after a title that ends with a question ("Why Should I Trust You?
    Explaining the Predictions of Any Classifier. In KDD."): the part of TAIL up to the next
    break, when that part says nothing of where and the rest does; else ""."""
    if not title.endswith(("?", "!")) or _WHERE.match(tail) is not None:
        return ""
    brk = _TITLE_END.search(tail)
    if brk is None or _WHERE.search(tail[brk.end() :]) is None:
        return ""
    part = tail[: brk.start()].rstrip(" .")
    return part if len(part.split()) >= 2 and not _QUOTED.search(part) else ""


def _completed(
    names: str, title: str, tail: str, year: int | None, said_where: bool, quoted: bool = False
) -> Reference | None:
    """The reference, once its tail said where it appeared and enough names were read (the
    year from the tail when none came before the title)."""
    if not said_where:
        return None
    if year is None:
        found = YEAR.search(tail)
        year = int(found.group(1)) if found else None
    if not _enough_names(names, year):
        return None
    return Reference(names=names, title=title, tail=tail, year=year, quoted=quoted)


def names_only(text: str) -> bool:
    """Whether TEXT is a list of names, not a title ("Denoising Diffusion Probabilistic
    Models" is shaped like one but made of title words)."""
    from papercli.importers.digest.features import looks_like_names
    from papercli.importers.names import parse_names, without_roles

    text = without_roles(text)
    if looks_like_names(text) < 0.85:
        return False
    names = parse_names(text)
    # ("Differentially Private Empirical Risk Minimization": five words make no one's name)
    return bool(names) and not any(len(_SPELLED.findall(name)) >= LONGEST_NAME for name in names)


LONGEST_NAME = 5  # words spelled out, at least, that are a title's and no person's name
_SPELLED = lazy_re(r"[^\W\d_]{2,}")

_ET_AL = lazy_re(r"\bet\.?\s*al\b")


def _enough_names(names: str, year: int | None) -> bool:
    """Two names, or "et al.", or one full name with a year ("Leo Breiman. ... 2001")."""
    from papercli.importers.names import parse_names, plain_connectives

    names = plain_connectives(names)  # ("Moss, A., dkk.": Indonesian's "et al.")
    if _ET_AL.search(names) or (year is not None and _SURNAME_PAIR.fullmatch(names)):
        return True  # ("Cohen and Welling. Title. 2016.": two surnames, and the year)
    found = parse_names(names)
    if len(found) >= 2:
        return True
    return len(found) == 1 and len(names.split()) >= 2 and year is not None
