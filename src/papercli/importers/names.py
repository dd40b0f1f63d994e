"""Author-name lists: one parser for every importer.

``parse_names(text)`` reads the author span of a record ("A, B, and C", "Last, First and
Last, First", "Xu, Keyulu, Weihua Hu, et al.", "张三、李四", "Authors: ...", "by ...") and
returns display names in the page's order, or ``[]`` when the text is not a name list (a
sentence, a title). It stops at "et al." (the names before it are kept, as the answer keys
record them), drops affiliations (superscripts, marks, "(Google)", "[MIT]", "Google Research",
"清华大学"), trailing venue, year, "Preprint" and links, and decodes LaTeX escapes.

``looks_like_name_list(text)`` gives how much of a span is a name list (0..1), a feature for
the title model.

Pure: no I/O, no state; linear in the length of the text (inputs are capped).
Measured on the real digest corpus by ``benchmarks/names_eval.py`` (numbers in
benchmarks/README.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["looks_like_name_list", "parse_names", "split_name_list"]

_MAX_CHARS = 20_000

# --------------------------------------------------------------------------------------------
# Vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARTICLES = _words(
    "van von de der den da di du del della dei des le la los las dos das do bin binti ibn al "
    "el y e ter ten zu zur vom st mac af av"
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Words before a period that do not end a sentence.
_ABBREVIATIONS = frozenset({"jr", "sr", "st", "dr", "mr", "ms", "mrs", "prof", "md", "ph", "th"})

# Common English and paper-title words: a "name" made only of these is a title or a phrase.
_COMMON = _words(
    """
    a about above across after again against all also an analysis and any approach are as at
    attention automatic based be being best between beyond big both but by can case causal
    classification clustering code comparison complete computer computing conference
    convolutional corpus data dataset datasets deep design detection diffusion discovery do does
    down dynamic each efficient embedding embeddings end energy evaluation every example
    explanation fast feature features few first for from full fusion gan gaussian general
    generation generative global good gradient graph graphs great guide hard he her high his how
    human i image images improved in inference information into is it its joint just knowledge
    language large latent layer learning less level light linear local long low machine make
    many matching memory method methods model models more most multi my natural need network
    networks neural new no non not note notes object of on one only open optimal optimization
    or other our out over paper papers part policy pre prediction preprint pretrained pretraining
    principles probabilistic problem process processing project question real recognition
    recurrent reinforcement representation representations research residual retrieval review
    robust scalable scale search segmentation self semantic sequence simple small so some
    space sparse speech state statistical structure study style supervised survey system
    systems task tasks text than that the their them then theory there these they this three
    through time to towards toward training transfer transformer transformers tree two under
    understanding unsupervised up using via video view vision visual was we web what when where
    which while who why will with without word words work world you your zero
    abstract introduction conclusion related results experiments appendix table figure
    university institute laboratory lab labs department school college academy center centre
    inc ltd corp corporation group team
    """
)

_AFFILIATION = re.compile(
    r"universit|institut|laborator|\blabs?\b|\bresearch\b|\binc\b|\bltd\b|\bllc\b|\bgmbh\b|"
    r"college|school|department|\bdept\b|academy|corporation|\bcorp\b|\bcent(?:er|re)\b|"
    r"\bfaculty\b|\bhospital\b|\bfoundation\b|\bcompany\b|\bgroup\b|\bteam\b|"
    r"\b(?:google|microsoft|deepmind|openai|meta|facebook|nvidia|adobe|amazon|apple|ibm|intel|"
    r"tencent|alibaba|baidu|huawei|bytedance|sensetime|megvii|samsung|sony|yahoo|salesforce|"
    r"anthropic|uber|twitter|linkedin|netflix|"
    r"berkeley|stanford|mellon|zurich|tsinghua|peking|harvard|princeton|oxford|cambridge|"
    r"caltech|toronto|montreal|mila|edinburgh|fudan|zhejiang|shanghai|beijing|tokyo|seoul|"
    r"singapore|epfl|kaist|ucla|uiuc|cmu|mit|eth|ethz|nyu|ucl|hkust|cuhk|ustc|sjtu|nus|ntu|"
    r"inria|cnrs|kaust|tum|usc|ucsd|umich|gatech|purdue|cornell|columbia|yale|"
    r"china|usa|germany|france|japan|korea|canada|india|uk|australia|israel)\b|"
    r"大学|研究院|实验室|学院|公司|研究所|中心|集团|科技|团队|实验|微软|谷歌|腾讯|阿里|百度|"
    r"字节|华为|商汤|旷视|清华|北大|浙大|复旦|交大|中科院|科学院|国家|重点",
    re.IGNORECASE,
)
# A part that ends the list: venue, preprint, year, links and the like.
_TERMINAL_PART = re.compile(
    r"^(?:arxiv|corr|preprint|pre-print|proceedings|proc|journal|transactions|workshop|"
    r"conference|technical report|tech report|blog|project page|code|paper|pdf|slides|video|"
    r"in\s|accepted|published|under review|oral|spotlight|poster|best paper|equal contribution|"
    r"neurips|nips|iclr|icml|cvpr|iccv|eccv|acl|emnlp|naacl|aaai|ijcai|kdd|sigir|tmlr|jmlr|"
    r"tpami|ijcv|coling|eacl|tacl|interspeech|icassp|wacv|bmvc|aistats|uai|colt|corl|icra|iros|"
    r"www|chi|wsdm|cikm|recsys|siggraph|mlsys|colm|ieee|acm|springer|elsevier|nature|science)"
    r"(?![a-z])",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------------
# Patterns

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
_HANGUL = r"\uac00-\ud7af"
_CJK_NAME = re.compile(rf"[{_CJK}]{{2,4}}|[{_CJK}·•]{{3,12}}|[{_HANGUL}]{{2,4}}")
_HAS_CJK = re.compile(rf"[{_CJK}{_HANGUL}]")

_IMAGE = re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,1000}\)")
_LINK = re.compile(r"\[([^\[\]]{0,500})\]\([^)]{0,1000}\)")
_URL = re.compile(r"(?:https?://|www\.)[^\s,;]+|[^\s,;<>()]+@[^\s,;<>()]+\.\w+", re.I)
_TAG = re.compile(r"<\s*(br|/?p|/?div|/?li|/?tr|/?td)\b[^<>]{0,200}>|<[^<>]{0,300}>", re.I)
_MATH_SUPER = re.compile(r"\$\s*\^\s*\{?[^${}]{0,40}\}?\s*\$|\^\{[^{}]{0,40}\}|\^[\w,*]+")
_MARKS = re.compile(r"[*†‡§¶#✉⋆∗✝♠♣♥♦★☆⁎∗◇◆●○•♮♯✦✧※^`]")
_DIGITS_AFTER_NAME = re.compile(r"(?<=[^\W\d_.])\d+(?:\s*,\s*\d+)*(?![\d.])")
_BRACKETED = re.compile(
    r"\([^()]{0,300}\)|\[[^\[\]]{0,300}\]|【[^【】]{0,300}】|〔[^〔〕]{0,300}〕"
)
_LABEL = re.compile(
    r"^\s*(?:[-+>•·]+\s+|\d{1,3}[.)]\s+)?"
    r"(?:(?:paper\s+)?authors?(?:\s*\(s\))?|author\s*list|written\s+by|posted\s+by|"
    r"(?:论文)?作者(?:们|信息|列表)?|著者|by)"
    r"(?:\s*[:|\-–—]\s*|\s+)",
    re.IGNORECASE,
)
_SHORT_LABEL = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s*")  # "Paper: ", "Team: "
_LEADING_MARKER = re.compile(r"^\s*(?:[-+>•·]+\s+|\d{1,3}[.)]\s+)")
_ET_AL = re.compile(
    r"\bet\.?\s*al(?:ii|ia)?\b\.?|\band\s+(?:others|colleagues|co-?authors)\b|\.\.\.|…|"
    rf"(?<=[{_CJK}\w\s.])等人?(?![{_CJK}])|(?<=[{_CJK}\w\s.])等(?=\s*$)",
    re.IGNORECASE,
)
_STOPPER = re.compile(
    r":|\s[|–—]\s|\s-\s|\s/\s|"
    r"[.,;]\s*(?:in|In)\s+(?=[A-Z\d*])|"
    r"(?:^|[\s,.;(])'?(?:19[5-9]\d|20[0-3]\d)(?!\d)|"
    r"(?<![A-Za-z])'\d\d(?!\d)|"
    r"\b(?:preprint|arxiv|technical\s+report|tech\.?\s+rep)",
)
_SEPARATOR = re.compile(
    r"\s*(?:[,;]\s*(?:and|&)\s+|[,;、\n\t]|\s(?:and|&)\s|&|\s{2,}|\s[·•]\s|\s/\s)\s*",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.[\s-]?){1,4}|[A-Z]{1,3}")
_TRAILING_LOWER = re.compile(r"(?:\s+[a-z][\w'-]*)+$")
_CONNECTIVES = re.compile(r"\b(?:and|et\.?\s*al|others)\b|等人?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s|$)")
_WORD_BEFORE = re.compile(r"(\S+)$")


# --------------------------------------------------------------------------------------------
# Public functions


def parse_names(text: str) -> list[str]:
    """The author names in TEXT in their order, or [] when TEXT is not a name list.

    >>> parse_names("A. Smith, Bo Li, and Carla Díaz. In NeurIPS 2020.")
    ['A. Smith', 'Bo Li', 'Carla Díaz']
    """
    return _parse(text)[0]


def looks_like_name_list(text: str) -> float:
    """How much of TEXT is a name list, from 0 (none: a sentence, a title) to 1 (all of it)."""
    names, cleaned = _parse(text)
    if not names:
        return 0.0
    letters = sum(ch.isalpha() for ch in _CONNECTIVES.sub(" ", cleaned))
    in_names = sum(ch.isalpha() for name in names for ch in name)
    if not letters:
        return 0.0
    return round(min(1.0, in_names / letters), 3)


def split_name_list(text: str) -> list[str]:
    """TEXT split at name separators with no judgement (for callers that trust the field)."""
    return [p.strip() for p in _SEPARATOR.split(text) if p.strip()]


# --------------------------------------------------------------------------------------------
# Steps


def _parse(text: str) -> tuple[list[str], str]:
    """(names, the cleaned text they were read from)."""
    if not text or not text.strip():
        return [], ""
    cleaned = _clean(text[:_MAX_CHARS])
    head, et_al = _cut(cleaned)
    if not head:
        return [], cleaned
    parts = _split(head, et_al)
    names: list[str] = []
    bad = 0
    for raw in parts:
        part = _tidy(raw)
        if not part:
            continue
        if part.lower().rstrip(".") in _SUFFIXES and names:
            names[-1] = f"{names[-1]} {part}"
            continue
        kind = _kind(part)
        if kind == "name":
            names.append(part)
        elif kind == "stop":
            if names:
                break
            bad += 1
        elif kind == "junk":
            trimmed = _TRAILING_LOWER.sub("", part)
            if trimmed != part and _kind(trimmed) == "name":
                names.append(trimmed)  # "Ann Lee organization": a label word after the name
            else:
                bad += 1
    if not names or bad > len(names) // 4:
        return [], cleaned
    if len(names) == 1 and not et_al and len(names[0].split()) == 1 and not _is_cjk(names[0]):
        return [], cleaned  # one bare word is a surname only when "et al." says so
    return names, cleaned


def _clean(text: str) -> str:
    """Markup, links, LaTeX, affiliation marks and labels out; plain separators in."""
    text = unicodedata.normalize("NFC", text)
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub(lambda m: " ; " if m.group(1) else " ", text)
    text = _URL.sub(" ", text)
    text = text.replace("\\|", " | ")
    text = _MATH_SUPER.sub(" ", text)
    if "\\" in text:
        text = _latex_to_text(text)
    text = text.replace("{", "").replace("}", "")
    # Full-width punctuation and superscript digits as plain ones (NFKC would also fold
    # letters that names keep, so only these).
    text = text.translate(_FOLD)
    text = _MARKS.sub(" ", text)
    text = re.sub(r"(?<!\w)_+|_+(?!\w)", " ", text)
    text = _DIGITS_AFTER_NAME.sub(" ", text)
    text = text.strip()
    text = _unwrap(text)
    text = _LEADING_MARKER.sub("", text)
    text = _LABEL.sub("", text, count=1)
    label = _SHORT_LABEL.match(text)
    if label:
        text = text[label.end() :]
    for _ in range(2):
        text = _BRACKETED.sub(" ", text)
    return " ".join(text.split(" ")).strip(" ,;:|-–—")


_FOLD = str.maketrans(
    {
        "，": ",",
        "；": ";",
        "：": ":",
        "（": "(",
        "）": ")",
        "［": "[",
        "］": "]",
        "｜": "|",
        "＆": "&",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u3000": " ",
        "¹": "1",
        "²": "2",
        "³": "3",
        "⁴": "4",
        "⁵": "5",
        "⁶": "6",
        "⁷": "7",
        "⁸": "8",
        "⁹": "9",
        "⁰": "0",
        "’": "'",
    }
)


def _latex_to_text(text: str) -> str:
    from papercli.importers.bibtex import unlatex  # the project's one LaTeX decoder

    return unlatex(text)


def _unwrap(text: str) -> str:
    """ "(A, B)" or "[A et al.]" as its inside."""
    pairs = {"(": ")", "[": "]", "【": "】"}
    while len(text) >= 2 and text[0] in pairs and text[-1] == pairs[text[0]]:
        inner = text[1:-1]
        if text[0] in inner or pairs[text[0]] in inner:
            break
        text = inner.strip()
    return text


def _cut(text: str) -> tuple[str, bool]:
    """TEXT up to where the name list ends, and whether it ended with "et al."."""
    end = len(text)
    et_al = False
    match = _ET_AL.search(text)
    if match:
        end, et_al = match.start(), True
    stop = _STOPPER.search(text, 0, end)
    if stop and stop.start() > 0:
        end = stop.start()
    for period in _SENTENCE_END.finditer(text, 0, end):
        before = _WORD_BEFORE.search(text, 0, period.start())
        word = before.group(1) if before else ""
        letters = [ch for ch in word if ch.isalpha()]
        if (
            len(letters) >= 2
            and any(ch.islower() for ch in letters)
            and word.lower().strip(".,") not in _ABBREVIATIONS
            and "." not in word
        ):
            end = period.start()
            break
    return text[:end].strip(" ,;:-–—|"), et_al


def _split(text: str, et_al: bool) -> list[str]:
    """TEXT's name parts, with "Last, First" orders turned into "First Last"."""
    by_and = re.split(r"\s+and\s+|\s*;\s*|\s*&\s*", text, flags=re.IGNORECASE)
    if len(by_and) >= 2 and all(p.count(",") == 1 and _bibtex_name(p) for p in by_and):
        return [_flip(p) for p in by_and]  # "Last, First and Last, First"
    if (
        len(by_and) == 1
        and text.count(",") == 1
        and _bibtex_name(text)
        and _initials_only(text.split(",")[1])
    ):
        return [_flip(text)]  # "Smith, J. A."
    parts = [p.strip() for p in _SEPARATOR.split(text)]
    parts = [p for p in parts if p and p.lower() not in ("and", "&")]
    if len(parts) >= 4 and all(
        _initials_only(parts[i]) and not _initials_only(parts[i - 1])
        for i in range(1, len(parts) - len(parts) % 2, 2)
    ):  # "Smith, J., Jones, K." (APA)
        return [f"{parts[i + 1]} {parts[i]}" for i in range(0, len(parts) - 1, 2)]
    if (
        len(parts) >= 2
        and len(parts[0].split()) == 1
        and _given_name(parts[1])
        and not _HAS_CJK.search(parts[0])
        and (et_al or (len(parts) >= 3 and len(parts[2].split()) >= 2))
        and (len(parts) == 2 or len(parts[2].split()) >= 2)
    ):  # "Xu, Keyulu, Weihua Hu, et al." (MLA): only the first name is inverted
        return [f"{parts[1]} {parts[0]}", *parts[2:]]
    return parts


def _bibtex_name(part: str) -> bool:
    last, _, first = part.partition(",")
    return 1 <= len(last.split()) <= 3 and 1 <= len(first.split()) <= 4


def _initials_only(part: str) -> bool:
    return bool(part.strip()) and _INITIALS.fullmatch(part.strip()) is not None


def _given_name(part: str) -> bool:
    tokens = part.split()
    return 1 <= len(tokens) <= 3 and tokens[0][:1].isupper() and not _initials_only(part)


def _flip(part: str) -> str:
    last, _, first = part.partition(",")
    return f"{first.strip()} {last.strip()}".strip()


def _tidy(part: str) -> str:
    part = " ".join(part.split())
    part = part.strip(" ,;:|-–—\"'“”‘’«»「」『』()[]")
    if part.endswith("."):
        last = part.split()[-1].lower()
        if not (last in _SUFFIXES or _initials_only(part.split()[-1]) or "." in last[:-1]):
            part = part[:-1]
    if _HAS_CJK.search(part) and not re.search(r"[A-Za-z]", part):
        part = part.replace(" ", "")
    return part


def _kind(part: str) -> str:
    """ "name", "affiliation", "stop" (venue, year, links: the list is over) or "junk"."""
    if _TERMINAL_PART.match(part) or re.fullmatch(r"'?\d{2,4}", part):
        return "stop"
    if _AFFILIATION.search(part):
        return "affiliation"
    if _is_cjk(part):
        return "name" if _CJK_NAME.fullmatch(part) else "junk"
    if re.fullmatch(r"[A-Z]{2,6}", part):
        return "affiliation"  # "MIT", "CMU": an institution's acronym
    return "name" if _latin_name(part) else "junk"


def _is_cjk(part: str) -> bool:
    return bool(_HAS_CJK.search(part)) and not re.search(r"[A-Za-z]", part)


@cache
def _latin_name(part: str) -> bool:
    if len(part) > 60:
        return False
    tokens = part.split()
    if not 1 <= len(tokens) <= 6:
        return False
    longest = 0
    distinctive = False  # a token that is not a common English word
    for pos, token in enumerate(tokens):
        if token.lower() in _PARTICLES and 0 < pos < len(tokens) - 1:
            continue
        if not token[0].isupper() and token[:2].lower() not in ("d'", "o'", "l'"):
            return False
        if not all(ch.isalpha() or ch in ".-'" for ch in token):
            return False
        letters = sum(ch.isalpha() for ch in token)
        longest = max(longest, letters)
        if "." not in token and letters >= 2 and token.lower() not in _COMMON:
            distinctive = True
    # Every full word a common English word: a phrase or a title, not a name.
    return longest >= 2 and distinctive
