"""Stage 2, lines → title candidates: every span of a line that could be a paper's title.

A candidate is a stretch of one line, cut out by the line's markup or shape: the whole line
without its list number, a link's text, bold or italic text, quoted text, the part before
`` by ``, `` – ``, ``(Authors)`` or ``Authors:``, the part after a label (``Best Paper Award:``,
``论文标题:``), either side of ``中文 (English)``, a sentence of a reference line. Each knows
how it was cut (its ``how`` flags) and what was left over (where the authors usually are).
Candidates carry no judgement: the model in :mod:`.scorer` picks among them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from papercli.importers.digest.blocks import (
    CJK_CHAR,
    TITLE_KEY,
    YEAR,
    Line,
    Span,
    after_code_tags,
    field_key,
    linked_whole,
)
from papercli.importers.digest.references import INITIALLED_NAME, inverted_initials
from papercli.importers.names import (
    RUN_ON_FIELD,
    common_word,
    looks_like_name_list,
    one_full_name,
)
from papercli.importers.venues import PREPRINTS, find_venue_year, venue_name_alone
from papercli.lazy_regex import Regex, lazy_re

MAX_TITLE = 300

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_NUMBER = lazy_re(
    r"^\s*(?:[\[【(（]\s*\d{1,4}\s*[\]】)）]|\d{1,4}\s*[.)、:：．](?!\d)|#\s*\d{1,4}[.:]?"
    r"|0\d[.)](?=\d{1,2}[A-Za-z])"  # "03.3D Convolutional …": a padded number before "3D"
    r"|(?:\d\ufe0f?\u20e3)+|\U0001f51f"  # "1️⃣ Title", "🔟 Title": a keycap's number
    r"|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s+(?-i:[A-Z])|\s+[\u4e00-\u9fff\"“])"  # "1.1. Title"
    r"|no\.\s*\d{1,4}|第\s*\d{1,3}\s*[篇名]|[一二三四五六七八九十]{1,3}\s*[、.]"
    r"|\d{1,3}\s*/\s*(?:\d{1,3}|n)?(?=\s)"  # a thread's "1/" or "2/7"
    r"|(?-i:[A-Z])\d{1,3}[.)](?=\s)"  # "B5. Title", "P12) Title": a program's session and number
    r"|(?:paper|论文|报告|文章|talk|top)\s*\d{1,3}\s*[:：.、|｜]|0\d(?=\s)|\d{1,3}(?=\s+[A-Z\u4e00-\u9fff\"“])"
    r"|(?:19|20)\d\d\s+[-–—|]\s+(?=\S)"  # "2017 - Title": a timeline's year
    # "001_SSSSS_ Title", "017_SSS_Title": a reading log's count and its star rating;
    # "2021_Title": a repost's year
    r"|\d{1,4}_(?:(?P<mark>[A-Z★*])(?P=mark){0,5}_)?(?=\s*(?-i:[A-Z]))"
    # "June 6th - Title", "2025-06-06: Title": a schedule's date
    rf"|(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\s*[-–—:|]\s+(?=\S)"
    # "2018-04-01    Author et al., (2014), Title", "20210824 [2020] Title": a reading
    # log's date, then the entry
    r"|(?:19|20)\d\d(?:-\d\d-\d\d|(?:0\d|1[0-2])(?:[0-2]\d|3[01]))\s+(?=\S)"
    # "10:30 – 10:45  Title", "9:00 AM Title": a program's time slot
    r"|\d{1,2}[:：.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[-–—~]\s*\d{1,2}[:：.]\d\d(?:\s*[ap]\.?m\.?)?)?"
    r"\s*[-–—:|]?\s+(?=\S))\s*",
    re.IGNORECASE,
)
# "January", "Jan", "Sept": a month, written with its capital
CAPITAL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
# "Paper Reading | Title", "论文笔记 | Title": a blog column's name before its post's paper
COLUMN_LEAD = (
    r"^(?i:paper\s+(?:reading|notes?|reviews?|summary)|论文(?:阅读|笔记|解读|精读|速读))"
    r"\s*[|｜]\s*(?=\S)"
)
# "Student presentation by Ada Moss: Title": who presents it, then the paper
PRESENTATION_LEAD = (
    r"^(?i:(?:student\s+|paper\s+)?presentation\s+by|presented\s+by)\s+[A-Z][^:：\n]{1,60}?"
    r"[:：]\s+(?=\S)"
)
# "ramezani2017biomimetic: Title": a citation key (a BibTeX file's, an org-ref link's)
CITE_KEY_LEAD = r"^[a-z][a-z\-]{1,30}(?:19|20)\d\d[a-z0-9]{0,40}\s*[:：]\s+(?=[A-Z\"“])"
_LEAD_JUNK = lazy_re(
    r"^(?:[\s\-*+•]*:[a-z][a-z0-9_+-]{1,30}:\s+)+"  # ":scroll: Title": a GitHub emoji's shortcode
    r"|^[\s\-*+•·▪●◆■◇○►▶➤✅✔☑️🔥⭐🌟📌📄📝👉🏆🎉💡🔗|>#~=_:：\u2580-\u25ff]+"
    r"|^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]\s*)+"  # (joined: "🧑‍🔬")
    r"|^\[[ xX]\]\s+"  # a task list's box: "- [x] Title"
    # "cs.AI - Title", "stat.ML: Title": an arXiv daily list's category before the title
    r"|^(?:cs|stat|eess|math|econ|q-bio|q-fin|astro-ph|cond-mat|physics)\.[A-Z]{2}\s*[-–—:：]\s+"
    # "Jan: Title", "March 3: Title": a reading group's month or day for it, written as a
    # month is ("MAR: Masked Autoencoders", "APRIL: Active Preference …" are names)
    rf"|^{CAPITAL_MONTH}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s*[:：]\s+"
    # "arXiv:2406.10522v1: Title", "Paper_id: 2406.10522: Title": its arXiv id, then the title
    # ("2401.04088 | Title": a table's id column, read as the id's own)
    r"|^(?i:arxiv|paper[_ ]?id)\s*[:：]?\s*\d{4}\.\d{4,5}(?:v\d{1,2})?\s*[:：|–—-]\s+(?=\S)"
    r"|^\d{4}\.\d{4,5}(?:v\d{1,2})?\s*[:：]\s+(?=\S)"
    rf"|{COLUMN_LEAD}"
    rf"|{CITE_KEY_LEAD}"
    # "23rd: Title": a reading diary's day of the month, under the month's heading
    r"|^\d{1,2}(?:st|nd|rd|th)\s*[:：]\s+(?=\S)"
    # "N.d., Title": APA's "no date" where its year would be
    r"|^(?i:n\.\s?d\.),\s+(?=\S)"
    # "3B-03: Title", "P2-14: Title": a program's code for the paper's slot in its sessions
    r"|^[A-Z]?\d{1,2}[A-Z]{1,2}-\d{1,3}\s*[:：]\s+(?=[A-Z\"“])"
    # "Day 1 - Title", "Week 3 — Title": a course's session for it, before a dash
    r"|^(?i:day|week|session|class)\s?\d{1,2}\s?[-–—]\s+"
    # "Sections 1+2 from Title", "Chapter 3 of Title": the part of it a course assigns
    r"|^(?i:(?:sections?|secs?\.|chapters?|ch\.)\s*\d[\d.]*(?:\s*(?:[+,&–-]|and)\s*\d[\d.]*)*"
    r"\s+(?:from|of|in)\s+)(?=[A-Z\"“])"
    rf"|{PRESENTATION_LEAD}"
    # "박*재 Title", "`최*식`, `임*종`: Title": who presents it, the name masked for privacy
    r"|^(?:`{0,3}\s*[\uac00-\ud7a3\u4e00-\u9fff]\*{1,2}[\uac00-\ud7a3\u4e00-\u9fff]{0,2}\s*`{0,3}"
    r"\s*[,，、]?\s*)+[:：]?\s+"
)
# "1901.A Comprehensive Survey": the arXiv month it came out (YYMM), glued on by a point
_MONTH_LEAD = lazy_re(r"^[0-2]\d(?:0[1-9]|1[0-2])\.(?=[A-Za-z][\w\-]*[\s:])")
_JUNK_CHARS = r"\s\-–—|:：,，;；、~=_*#>\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d"
# "SAM", "MonoGS": a model's short name (not "Re": one capital makes no name)
_SHORT_NAME = lazy_re(r"[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*")
# "Title… ⬆️74", "Title ⭐ 9": a daily list's upvote or star count after a title
_COUNT_BADGE = lazy_re(r"\s*(?:⬆️?|👍|⭐|🔥|❤️?|♥|👀)\s*\d{1,6}\s*$")
# matched from where a run of junk starts: a long run of ", , ," is not retried from each comma
_TAIL_JUNK = lazy_re(rf"(?<![{_JUNK_CHARS}])[{_JUNK_CHARS}]+$")
_ASCII_JUNK = "-|:,;~=_*#>"  # _JUNK_CHARS's ASCII characters but spaces
_QUOTED = lazy_re(r"[\"“”„「『《«]\s?([^\"“”„「」『』《》«»\n]{4,300}?)\s?[\"“”」』》»]")
# ``Title'': TeX's quotes, as people who write in LaTeX type them on web pages too
# '”Language Is Power: A Critical Survey of “Bias” in NLP”': a quotation holding a quoted word
_NESTED_QUOTED = lazy_re(r"[\"“”]([^\"“”\n]{3,300}“[^“”\n]{1,60}”[^\"“”\n]{0,300}?)[\"”]")
_TEX_QUOTED = lazy_re(r"``([^`\n]{4,300}?)''")
# '"I am proud of our colleagues," says Mori': a quotation of words someone said
_SPOKEN = lazy_re(
    r",?\s*(?:(?:he|she|they)\s+|[A-Z][\w.\'’-]+\s+)?"
    r"(?:says|said|adds|added|notes|noted|explains|explained|told)\b"
)
# "Sutton 的教材《Reinforcement Learning: An Introduction》", 'the textbook "Title"': a book;
# 'Known as the “Hollywood of the North”', 'the so-called “scaling laws”': a nickname
_NOT_A_PAPER_BEFORE = lazy_re(
    # (and an organisation's name: "研究組織「Model Evaluation & Threat Research」")
    r"(?:教材|教科书|书籍|专著|組織|机构|機関|研究所|公司|会社|企業|团队|\btext\s?book|\bbook"
    r"|\b(?:known\s+as|dubbed|nicknamed|so-called|referred\s+to\s+as)(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
# 'Title” by Professor A and his student B” won': names caught between two closing quotes
_BY_NAME = lazy_re(r"^\s*by\s+[A-Z]")
# 'Bates, David, et al. “Big Data In Health Care: Title.Health Affairs 33': a citation's
# title whose closing quote a copy lost, its point run into the journal's name
_UNCLOSED_QUOTE = lazy_re(r"“([A-Z0-9][^“”\"\n]{8,300}?[a-z0-9)?])\.(?=[A-Z][A-Za-z]|arXiv)")
# "论文《How Neural Networks Extrapolate 获得了……": a guillemet the writer never closed, the
# English title ending where the Chinese resumes
_UNCLOSED_GUILLEMET = lazy_re(
    r"《\s*([A-Za-z][^《》\u3400-\u9fff\n]{8,250}?)\s*(?=[\u3400-\u9fff])"
)
# a title run into its first author's name, the line breaks of a copy lost: a lower-case
# letter (or a closing bracket), then "First [M.] Last" and a comma, semicolon, "and" or an
# affiliation ("…Known-Item RetrievalSamarth Bhargav (University of Amsterdam)*; …")
# (or the title's own point: "…Learning Graph Topology.Nima Dehmamy, Albert-Laszlo Barabasi")
_GLUED_NAMES = lazy_re(
    r"(?:(?<=[a-z]{3})|(?<=[A-Za-z]\))|(?<=[A-Za-z][a-z][.?!])(?<!Mr\.|Dr\.|Ms\.|St\.|vs\.))"
    r"(?=[A-Z][a-z]+(?:\s[A-Z]\.?)*\s(?:[A-Z][\w'’-]+)(?:,|;|\s+and\s|\s\([A-Z]))"
)
# "by Exploiting both Static …": a title's own "by", a capitalised verb and a small word
# ("by Manning and Schütze", "by Manning et al.": a surname that ends so is a byline)
_NOT_A_BYLINE = lazy_re(r"[A-Z][a-z]+ing\s+(?!and\b|et\b)[a-z]")
# "Vincent Gramoli (University of Sydney),", "Dae R. Jeong (KAIST)": a name and its
# affiliation, then another author or the end
_AFFILIATED_NAME = lazy_re(
    r"(?<=\s)([A-Z][\w'’\-]+(?:\s[A-Z]\.)?\s[A-Z][\w'’\-]+)\s"
    r"\((?!(?i:oral|spotlight|poster|highlight|best|award|survey|code|pdf|video|slides)\b)"
    r"(?![^()]*(?:19|20)\d\d)"  # ("(SIGIR 2019)" after a title: its venue, no affiliation)
    r"[^\W\d_][^()]{1,99}\)(?=,|;|\s+and\s|\s*$)"
)
_BY = lazy_re(r"^(.{6,300}?),?\s+(?:(?:co-?)?authored\s+|written\s+)?(?:by|By|BY)\s+(.{2,})$")
# "Generative Modeling by Estimating Gradients ... by Song Yang": a title with "by" in it
_BY_LAST = lazy_re(r"^(.{6,300}),?\s+(?:by|By|BY)\s+(.{2,80}?)$")
# (" ~ ": a tilde too; "Title --Jim Gray 1976", "Title -Joseph M. Hellerstein": a dash glued
# to the name after it)
_DASH = lazy_re(r"^(.{6,300}?)\s+(?:[–—~-]{1,2}\s+|-{1,2}(?=[A-Z][a-z.]))(.{2,})$")
# "Title · Coding Agent / Skill Discovery", "Title · Open-Source VLA Model": the topics a list
# writes after the title's one dot, after four words or more (never "A · B", names)
_DOTTED_TAGS = lazy_re(
    r"^(?=(?:[^\s·]+\s+){3}[^\s·])([^·]{6,300}?)\s+·\s+"
    r"([^·]{2,80}(?:\s/\s[^·/]{2,80})+|[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,4})$"
)
_DASH_LAST = lazy_re(r"^(.{6,300})\s+(?:[–—~-]{1,2}\s+|-{1,2}(?=[A-Z][a-z.]))(.{2,}?)$")
_PAREN_TAIL = lazy_re(r"^(.{4,300}?)\s*[(（]([^()（）]{2,300})[)）]\s*[.。]?$")
_PAREN_LEAD = lazy_re(r"^[(（]([^()（）]{2,300})[)）]\s*(.{4,})$")
# "Transformer用于目标检测- End-to-End Object Detection with Transformers": a Chinese lead, a
# dash and the English title
CHINESE_LEAD_DASH = lazy_re(
    r"^(.{0,60}[\u4e00-\u9fff])\s*[-–—]{1,2}\s*([A-Za-z][^\u4e00-\u9fff]{8,300})$"
    # "开放世界持续学习Open-world continual learning: …": the translation glued on, no dash
    r"|^(.{0,60}[\u4e00-\u9fff])([A-Z][a-z\-]*(?:\s+\S+){2}[^\u4e00-\u9fff]{0,300})$"
)


def glossed_parts(match: re.Match[str]) -> tuple[str, str]:
    """The Chinese lead and the English title of a CHINESE_LEAD_DASH match, dashed or glued."""
    if match.group(1) is not None:
        return match.group(1), match.group(2)
    return match.group(3), match.group(4)


_CITED_BEFORE_DASH = lazy_re(
    r"^(.{6,300}?)\s*[(（]([^()（）]{2,300}?(?:19|20)\d\d(?:\s*[,;]\s*[^()（）,;]{1,40})?)\s*[)）]"
    r"\s*[–—-]{1,2}\s"
)
# "Title (Hendrycks et al., 2023). Read pgs. 2-6.": a syllabus's citation, then what to read
_CITED_BEFORE_REMARK = lazy_re(
    r"^(.{6,300}?)\s*[(（]([^()（）]{2,120}?(?:19|20)\d\d)[a-z]?\s*[)）]\s*[.,;:]\s+\S"
)
# "Title (Vaswani et al., 2017) The transformer paper.", "Title (Brown et al., 2020, GPT-3) Shows
# …": a reading list's citation after its title, then what the paper does
_CITED_BEFORE_SENTENCE = lazy_re(
    r"^(.{6,300}?)\s*[(（]([A-Z][^()（）]{1,120}?(?:19|20)\d\d[a-z]?"
    r"(?:\s*,\s*[^()（）,;]{1,40})?)\s*[)）]\s+(?=[A-Z][a-z]*[\s\-])"
)
# "IEEE Micro 18", "Nature Communications 2022", "RA-L 21": a venue's name and its year
CODE_VENUE = lazy_re(
    r"((?:[A-Z]|ar[Xx]iv\b)[\w&.\-]*(?:\s+[\w&.\-]+){0,5}?)\s+['’]?((?:19|20)\d\d|\d\d)"
)
# "Title (Dao et al., 2022)", "Title (Press and Wolf, 2017)": a link's text ending in its citation
_CITED_LINK_TAIL = lazy_re(
    r"^(.{6,300}?)\s*[(（]([A-Z][^()（）]{0,60}?(?:\bet\s?al\.?|\sand\s|&)[^()（）]{0,40}?,?\s*"
    r"(?:19|20)\d\d[a-z]?)\s*[)）]$"
)
# (and the list's emoji marks after them: "Title (2023) [Paper] ⭐ 💸")
_BRACKET_TAIL = lazy_re(
    r"^(.{4,300}?)\s*(?:\[[^\[\]]{1,80}\]\s*)+"
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]\s*){0,6}$"
)
# "Authors. [Title]": a title in brackets that link nowhere, after its authors
_BRACKETED_LAST = lazy_re(r"(?<=[.,:;])\s+\[([^\[\]]{10,300})\]\s*\.?$")
_BRACKET_LEAD = lazy_re(r"^(?:\[[^\[\]]{1,60}\]\s*|【[^【】]{1,40}】\s*)+(.{4,})$")


def after_bracket_tags(text: str) -> str:
    """TEXT without the bracketed tags that lead it ("[2021-IEEE Network] Title", "【CVPR】 Title"),
    the cut the candidates call "after_bracket"."""
    bracket = _BRACKET_LEAD.match(text)
    return bracket.group(1) if bracket else text


# "Ada Moss - [ICML] Title": a venue's tag after a dash, inside the text: who presents the
# paper, then its venue and title; a cut too long
_DASHED_TAG = lazy_re(r"\S\s+[-–—]\s+\[[A-Z][A-Za-z]{1,15}(?:\s?['’]?\d{2,4})?\]\s+\S")
_LABEL = lazy_re(r"^([^:：\n]{1,30}?)\s*[:：]\s*(.{3,})$")
# "■ 论文 | Title": PaperWeekly's label of a paper's title, a bar for its colon
_TITLE_BAR = lazy_re(r"^\W{0,3}(论文|論文|paper|title)\s*[|｜]\s*(.{3,})$", re.IGNORECASE)
# "… Title Link: url Authors: A, B": a field's label run on after the title's value
_INLINE_FIELD_WORD = lazy_re(rf"(?:{RUN_ON_FIELD}|\s+(?:authors?|作者))$", re.IGNORECASE)
_FIELD_AFTER = lazy_re(
    r"^(.{6,300}?)\s+(?:title|标题|题目|abstract|摘要|link|链接)\s*[:：]\s*(.+)$", re.IGNORECASE
)
# "Title报告人:Name摘要:…": a title run into the labels of its other fields (a pasted post)
_CJK_FIELD_AFTER = lazy_re(
    r"^(.{6,300}?[A-Za-z0-9)）?!])\s*(?:报告人|主讲人|讲者|作者|摘要|单位|机构|论文链接|论文地址|"
    r"代码链接|代码|链接)\s*[:：]\s*(.+)$"
)
_DOUBLE_DASH_SUBTITLE = lazy_re(r"\s+--\s+[A-Z]")


def _subtitle_dash(base: str, match: re.Match[str]) -> bool:
    """Whether MATCH cuts BASE at LaTeX's dash before a subtitle ("Text to Speech -- An
    Overview", as arXiv writes it), not before names."""
    before, after = match.group(1), match.group(2)
    return (
        _DOUBLE_DASH_SUBTITLE.match(base, len(before)) is not None
        and looks_like_name_list(before) < NAMED_SHARE  # ("Silver et al. -- Title")
        and (common_word(after.split()[0]) or looks_like_name_list(after) < NAMED_SHARE)
    )


# "[Batch Normalization; Ioffe, Szegedy.](…)": a link's text, its title, then its names
_LINKED_SEMICOLON_NAMES = lazy_re(r"^([^;；]{3,300}?)\s*[;；]\s*([^;；]{3,120}?)\.?$")
NAMED_SHARE = 0.8  # of a part's letters in names, for the part to be names
# the run of separators is possessive: a letter follows it, so giving back a separator never
# matches, and each of the 300 starts would retry a long run (", , , …") char by char
# "Attention is all you need;A. Vaswani": a reference list's title, then its first author
_SEMICOLON_NAMES = lazy_re(r"^([^;；]{6,300}?)\s*[;；]\s*([^;；]{3,200})$")
_AUTHORS_LABEL = lazy_re(r"^(.{6,300}?)[\s,.;]++(?:authors?|作者)\s*[:：]\s*(.+)$", re.IGNORECASE)
_SENTENCE = lazy_re(
    r"(?<=[^\s.A-Z]{2}[.?!])(?<!\bvs\.)(?<!\bal\.)(?<!\bcf\.)(?<!\betc\.)(?<!\bFig\.)"
    r"(?<!\bEq\.)(?<!\bNo\.)\s+(?=[A-Z\"“\u4e00-\u9fff]|arXiv\b|doi:)|(?<=[a-z]{2}\.)\s+(?=\d{4})"
    # "Title. 33rd Annual Meeting of …": a venue's edition opens the next sentence
    r"|(?<=[a-z]{2}\.)\s+(?=\d{1,3}(?:st|nd|rd|th)\s+[A-Z])"
)
_TRAIL_PAREN_META = lazy_re(
    r"\s*[(（\[][^()（）\[\]]{0,80}(?:\d{4}|et al|oral|spotlight|poster|best|award)"
    r"[^()（）\[\]]{0,40}[)）\]]\s*$",
    re.IGNORECASE,
)

# "Title (one of Best Papers)", "Title (Oral)", "Title (awarded at SIGIR 2015)": a remark
# after a title, never part of it; a year range ("(2005-2025)") may be the title's own, and
# "(Vaswani et al.)" is left to the cut before the names
_TRAIL_REMARK = lazy_re(
    r"\s*[(（][^()（）]{0,40}(?:\b(?:oral|spotlight|poster)s?\b|\bbest\b|\baward(?:s|ed)?\b)"
    r"[^()（）]{0,40}[)）]\s*$|\s*[(（]\s*(?:19|20)\d\d\s*[)）]\s*$"
    # "Title (Sec 4 and the relevant portion of Sec 5)", "(Chapters 1-3)", "(optional)": what
    # a reading list asks of it
    r"|\s*[(（]\s*(?:(?:(?:only|just)\s+)?(?:sec(?:tion)?s?\.?|§|ch(?:apter)?s?\.?|pp?\.|pages?)\s*\d|"
    r"optional\b|required\b|skim\b)[^()（）]{0,80}[)）]\s*$"
    # "(aka YOLO)", "(thanks, alexobednikov)", "(Short Papers)", "(???)", "(from Meta)", "(a
    # fully open sourced coding model)": a note on the entry
    r"|\s*[(（]\s*(?:aka\s|a\.k\.a\.?\s|thanks\b|(?:short|long)\s+papers?\s*[)）]|\?{2,}\s*[)）]"
    r"|from\s+(?-i:[A-Z])|(?-i:an?\s+[a-z]))"
    r"[^()（）]{0,60}?[)）]?\s*$"
    # "(from Meta) (use text instructions to modify images)": the maker, then notes
    r"|\s*[(（]\s*from\s+(?-i:[A-Z])[^()（）]{0,40}[)）](?:\s*[(（][^()（）]{0,80}[)）]){1,3}\s*$"
    # '(“Here's the paper you need to read today” - Sasha Rush)': a quotation about it
    r"|\s*[(（]\s*[“\"][^()（）“”\"]{3,120}[”\"][^()（）]{0,40}[)）]\s*$",
    re.IGNORECASE,
)

# a match starts where a run of separators starts: ", , , ..." is not tried from each comma
# ("Title. ACL 2017", "Title (CVPR'19)", "Title. EMNLP,2017；")
_VENUE_YEAR_IN = lazy_re(
    r"(?<![\s,(（\[【])[\s,(（\[【]+(?:In\s+)?([A-Z][A-Za-z\-]{1,14}|[aA]r[xX]iv)(?:\s?['(（]|,\s?|\s)?"
    r"(?:19|20)?\d\d\b"
    r"|(?<=\S),\s*[aA]r[xX]iv:\s?\d{4}\.\d{4,5}\b"  # "Title, arXiv:1511.04587, 2015."
)
# "Title---CVPR2018", "Title.---arXiv 2021.05.05": a venue glued on by a run of dashes
_DASHED_VENUE = lazy_re(
    r"(?<=\S)(?:\s*(?:-{2,3}|[–—]{1,2})\s*|\s+-)(?=(?:[A-Z][A-Za-z\-]{1,14}|[aA]r[xX]iv)\s?['(（]?\s?"
    r"(?:19|20)?\d\d\b)"
)
GLUED_YEAR_TAIL = lazy_re(r"\s+[A-Za-z]{2,12}(?:19|20)\d\d(?:\s+[A-Z][A-Za-z]{1,15})?\s*$")
_UNDERSCORED_VENUE = lazy_re(r"(?<=\w)_([A-Za-z]{2,20}(?:19|20)\d\d)$")  # "Title_CVPR2017"
_DASHED_WORD_END = lazy_re(r"\S-{2,3}\s*[A-Za-z]{2,15}$")
# "Title 2019 2019.3.14", "Title -2019.9.3": a date, a year before it or not, ending a line
# after its title (a year alone may end a title: "Lecture 1: Intro  Karpathy  2016" is none)
_YEAR_DATE_TAIL = lazy_re(
    r"(?<!\s)\s+(?:-\s*)?(?:(?:19|20)\d\d\s+(?:-\s*)?)?(?:19|20)\d\d[./-]\d{1,2}(?:[./-]\d{1,2})?\s*$"
)
# "Denoising Diffusion Probabilistic Models June 2020", "… Thermodynamics 2015": a reading
# log's date of the paper after a word of its title
# (one space apart: "Title    Fei-Fei Li    2016" is a table copied as text, its columns apart)
_MONTH_YEAR_TAIL = lazy_re(rf"(?<=[a-z]) (?:{CAPITAL_MONTH}\.? )?(?:19|20)\d\d\s*$")
# "Highway Networks - 2015", "Wide Residual Networks- 2016": a reading list's year after a
# dash ending the line ("SemEval-2020", with no space, is a name)
_DASH_YEAR_TAIL = lazy_re(r"(?:(?<!\s)\s+[-–—]\s*|(?<=[a-z])[-–—]\s+)((?:19|20)\d\d)\s*$")
# "Out of the Tar Pit 2005, a paper on …": a year right after the title, then a remark
_YEAR_THEN_REMARK = lazy_re(r"(?<=\S)\s+(?:19|20)\d\d,\s+(?=[a-z])")
# "Title. In EMNLP W-NUT Workshop 2019.": a citation's title before its "In Venue"
_IN_VENUE = lazy_re(r"(?<=[^\s.])\.\s+In\s+(?=[A-Z])")
# "Quicksort. Hoare (1962).", "Engineering a Sort Function. Bentley, McIlroy (1993).": a title,
# then its authors' surnames and the year
_NAME_WORDS = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
_TITLE_SURNAMES = lazy_re(
    rf"^(.{{4,300}}?)\.\s+({_NAME_WORDS}(?:(?:,\s*|\s+(?:and|&)\s+){_NAME_WORDS})*"
    r"(?:\s+et\s+al\.?)?\s*\((?:19|20)\d\d[a-z]?\))\.?$"
)
# "Show, Attend and Tell", "Look, Listen and Learn": a title's head of single words listed,
# no label before it
_WORDS_LISTED = lazy_re(r"[A-Z][a-z]+(?:,\s[A-Z][a-z]+)+,?\s(?:and|&|or)\s[A-Z][a-z]+[!?.]?")
_VOLUME_CUT_TAIL = lazy_re(r",\s*[A-Z][A-Za-z&.'\- ]{2,60},\s*(?:Vol|No|pp)\.?$")
# "Title, in Proceedings of Supercomputing '92, …", "Title, Proceedings of ACL 1998:768-774":
# where a cited paper appeared, after its title
_PROCEEDINGS_TAIL = lazy_re(r"(?<=\S{3}),\s+(?:[Ii]n:?\s+)?(?:the\s+)?Proc(?:eedings|\.)\s.*$")


def _before_proceedings(title: str) -> str:
    """TITLE without the proceedings a citation names after it, if any."""
    return _PROCEEDINGS_TAIL.sub("", title) if "Proc" in title else title


# "Merullo et al. (2024) Title", "Heimersheim & Nanda (2024) Title": a reading list's names
# and year before each title
# ("Minh et. al (2013) Title", "Schaul et.al (2015) Title": the forms a hand-written list gives;
# "Geiger et al. (2021) – Title": a dash between)
_CITED_LEAD = lazy_re(
    rf"^({_NAME_WORDS}(?:(?:,\s*|\s+(?:and|&)\s+){_NAME_WORDS})*(?:\s+et\.?\s?al\.?)?,?"
    r"\s*\((?:19|20)\d\d[a-z]?\))(?:[.:,]|\s[–—-])?\s+(\S.{8,})$"
)
# "(Allen & Hospedales, 2019): Title", "[(J. Alammar, 2018)](…): *Title*": the citation in
# brackets (a course's link to the paper), then a colon and the title
# ("[Lee et al., 2020] Title. IEEE TNSRE 28(12):2647–2659.": in square brackets, no colon)
_BRACKETED_CITED_LEAD = lazy_re(
    # (not "[May 2026] Title", "(Spring 2024): Title": a date)
    rf"^([(\[])(?!(?:{CAPITAL_MONTH}|Spring|Summer|Fall|Autumn|Winter|Week)\b)"
    rf"({_NAME_WORDS}(?:(?:,\s*|\s+(?:and|&)\s+){_NAME_WORDS})*(?:,?\s+et\.?\s?al\.?)?,?"
    r"\s+(?:19|20)\d\d[a-z]?)(?:\)\s*[:：]|\]\s*[:：]?)\s+(\S.{8,})$"
)
# "Rubin and Berant 2021: Title", "Komeili, Shuster, and Weston 2021: Title", "Lage et. al.,
# 2019, Title", "Alayrac, et al., 2022, Title": the names and the year, a colon or a comma,
# then the title
# (surnames in mixed case: "CVPR 2023: Title" is a venue's, "Spring 2023: …" a term's)
_LEAD_SURNAMES = (
    r"(?!(?:Spring|Summer|Fall|Autumn|Winter|Week|Since|Until|From|In|At|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
    # ("Tom B. Brown", "Rémi Louf")
    r"[A-Z][a-zà-öø-ÿ][\w'’.-]*(?:\s[A-Z]\.)?(?:\s[A-Z][a-zà-öø-ÿ][\w'’.-]*){0,2}"
)
_YEAR_POINT = lazy_re(r"\.\s")
_SEVERAL_NAMES = lazy_re(r",|\sand\s|&|\bet\.?\s?al\b")  # two authors or more
_YEAR_COLON_LEAD = lazy_re(
    # ("Ramesh , Pavlov , ve Sutskever , 2021, Title": spaced commas, Turkish's "and", "et al.")
    rf"^({_LEAD_SURNAMES}(?:(?:\s?,\s*(?:(?:and|ve)\s+|&\s*)?|\s+(?:and|ve|&)\s+)"
    rf"{_LEAD_SURNAMES})*(?:,?\s+(?:et\.?\s?al\.?|ve\s+diğerleri))?\s?,?\s+(?:19|20)\d\d[a-z]?)"
    # ("Vaswani et al., 2017 — Title. https://…. Start here.")
    r"(?:\s*[:：]\s+|,\s+(?![\"'“‘])|\.\s+(?=[A-Z])|\s+[—–]\s+)"
    r"(\S.{8,})$"
)
# "2017: Henderson: Title", "2016: Warren B. Powell: Title": the year, a name, then the title
_YEAR_NAMES_COLON = lazy_re(
    rf"^((?:19|20)\d\d)\s*[:：]\s*({_LEAD_SURNAMES}(?:\s+et\.?\s?al\.?)?)\s*[:：]\s+(\S.{{8,}})$"
)
# "Szita et al., Learning Tetris using the Noisy Cross-Entropy Method", "Mohan et al. Learning
# Grounded Language …": the names, then the title
_ETAL_LEAD = lazy_re(
    rf"^((?:{_NAME_WORDS}(?:,\s*|\s+(?:and|&)\s+))*{_NAME_WORDS},?\s+et\.?\s?al(?:\.,?|,))"
    r"\s+(?!(?:19|20)\d\d\b)(\S.{8,})$"  # (not "Hong et. al., 2020, Title": the year first)
)
# "Chen et al.: Learning Flat Latent Manifolds with VAEs": one surname, then the title
_SURNAME_ETAL_COLON = lazy_re(
    r"^([A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?\s+et\.?\s?al\.?)\s*[:：]\s+(\S.{8,})$"
)
# a paper host's name in brackets after a link's title, naming where the link goes
_HOST_TAIL = lazy_re(
    r"\s*\((?:hugging\s?face(?:\s+(?:daily\s+)?papers)?|hf\s+papers|arxiv|alphaxiv|openreview|"
    r"papers\s+with\s+code)\)$",
    re.IGNORECASE,
)
# "John Schulman et al.: Title", "Raffel, C., et al.: Title": whole names, then a colon
# "Sepp Hochreiter, Jürgen Schmidhuber (1997): Title": full names, the year in brackets
# (never without the year: "Individual Gain, Collective Loss: Title" reads as two names)
_NAMES_DATED_COLON = lazy_re(
    r"^([^():：\[\]]{2,300}?)\s*(\((?:19|20)\d\d[a-z]?\))\s*[:：]\s*(\S.{8,})$"
)
# "Ilya Sutskever, Oriol Vinyals, Quoc V. Le: Title": whole names, then a colon (each a
# person's whole name: "Individual Gain, Collective Loss: Title" is no list of them)
_LISTED_COLON = lazy_re(r"^([^:：\[\]()]{5,300}?)\s*[:：]\s*(\S.{8,})$")
_MIDDLE_INITIAL = lazy_re(r"\s[A-Z]\.\s")
_LIST_PARTS = lazy_re(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _whole_names(text: str) -> bool:
    """Whether TEXT is three persons' whole names or more, or two with an initial among them,
    and nothing else ("A B, C D and E F"; not "Quiet Replay, Loud Forgetting")."""
    from papercli.importers.names import one_full_name

    parts = _LIST_PARTS.split(text.strip())
    if len(parts) < 2 or not all(one_full_name(part) for part in parts):
        return False
    return len(parts) >= 3 or any(_MIDDLE_INITIAL.search(part) for part in parts)


_NAMES_ETAL_COLON = lazy_re(r"^([^:：\[\]]{2,80}?,?\s+et\.?\s?al\.?)\s*[:：]\s*(\S.{8,})$")
# a subtitle after a quoted phrase's colon, to the end of the line: no sentence in it (not
# '"Title": a paper that shows …. It …')
_SUBTITLE_AFTER = lazy_re(r"[:：]\s+[A-Z][^.!?。\n]{0,250}$")
# a title that opens with a quoted phrase and goes on after its colon (the match ends at it)
_QUOTED_HEAD = lazy_re(r"[\"“][^\"“”]{3,200}[\"”](?=" + _SUBTITLE_AFTER.pattern + ")")
_TRAILING_ADDRESS = lazy_re(r"[\s,.;]*(?:https?://|www\.)\S+\s*$")
_ETAL_POINT = lazy_re(r"\bal\.\s+\S")  # "et al. Title": no comma after the names
# "He, Zhang, Ren, Sun: Deep residual learning": a seminar's surnames, a colon, the title
SURNAMES_COLON = lazy_re(
    r"^((?:[A-Z][a-z'’-]+,\s*)+(?:[A-Z][a-z'’-]+|others|et\s+al\.?))\s*:\s+(\S.{8,})$"
)
# "Berners-Lee T, Hendler J. The Semantic Web [J]. Scientific American, 2001": the Chinese
# national citation style (GB/T 7714): names, title, a bracketed document type
_DOC_TYPE = lazy_re(r"\s*\[\s*(J|C|M|D|A|R|S|P|N|Z|G|EB/OL|J/OL|C/OL|DB/OL|DB|OL)\s*\]")
# ("201801 Title", "2017ACL Title", "1606.08415 Title": a notes list's month, venue or arXiv
# number before each title)
_YEAR_LEAD = lazy_re(
    r"^[(\[【]?(\d{4}\.\d{4,5}|(?:19|20)\d\d[./-](?:0[1-9]|1[0-2])(?!\d)"  # "2016.10 Title"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])?(?:[A-Z][A-Za-z]{1,9})?)[)\]】]?"
    r"(?:[\s.:|]+|,\s+|\s*[-–—_]\s*)((?:[A-Z\d\"“]|[a-z]{1,8}[A-Z]).{8,})$"  # ("cryoSPARC: …")
)
# "Title, Fu. [Paper] [DC-UNet]": the bracketed labels after an entry, then its first author's
# surname after a comma
_TAGS_TAIL = lazy_re(r"(?:\s*\[[^\[\]]{1,40}\])+\s*$")
_SURNAME_TAIL = lazy_re(r"^(.{8,300}?),\s+([A-Z][\w'’\-]{1,30})\.?\s*$")
_YEAR_MONTH = lazy_re(r"((?:19|20)\d\d)\d\d")
# "NIPS-Title", "ICML-workshop-Title": a venue and its track glued to the title by dashes
_VENUE_DASH = lazy_re(
    r"^([A-Za-z][\w&@.]{1,15}(?:-(?:[Ww]orkshops?|WS|[Oo]ral|[Ss]potlight))?)\s*[-–—]\s*(\S.{3,})$"
)
_NAMES_DOT_YEAR = lazy_re(
    r"^(.{10,300}?)\s+(?:[A-Z][\w'’-]+(?:\s+et\s+al\.?)?(?:\s*(?:&|and|,)\s*[A-Z][\w'’-]+)*"
    r"|[A-Z][\w-]*-AI|[A-Z][\w-]*\s+Team)(?:\s*\([^()]{1,40}\))?\s+·\s+(?:19|20)\d\d$"
)
_CITED_YEAR_LEAD = lazy_re(r"^\(\d{4}\)\.\s*")
# "LIU Haitao.Paper recommendation[J]": a copy without spaces runs the title onto the names
# ("Junpeng Chen.A Pattern Ontology": an article after a surname; "Studer,V.Richard": an initial)
_NAMES_DOT = lazy_re(
    r"\.(?:\s|(?<=al\.)(?=[A-Z\u4e00-\u9fff])|(?<=[a-z]\.)(?=A\s+[A-Za-z])"
    r"|(?<![,，][A-Z]\.)(?=[A-Z\u4e00-\u9fff][a-z\u4e00-\u9fff]))(?![A-Z][.,](?:\s|$))"
)
_PAPER_TYPES = frozenset({"J", "C", "A", "D", "J/OL", "C/OL", "DB/OL"})
_COMMA = lazy_re(r",\s+(?=[A-Z\u4e00-\u9fff]|(?:19|20)\d\d\b)")
_COLON = lazy_re(r"\s*[:：]\s*")


@dataclass
class Candidate:
    """A possible title: its text, how it was cut from its line, and what was left over."""

    text: str
    line: int  # index in the page's line list
    how: set[str] = field(default_factory=set)
    rest: str = ""  # the text left after the cut (authors, venue...)
    score: float = 0.0
    url: str = ""  # where the candidate links to, when it is a link's text


def strip_number(text: str) -> tuple[str, bool]:
    """TEXT without a leading list number or bullet, and whether there was a number."""
    text = _LEAD_JUNK.sub("", text)
    match = _NUMBER.match(text)
    if match and match.end() < len(text):
        return _LEAD_JUNK.sub("", text[match.end() :]), True
    return text, False


# "Best Paper Award", "Outstanding Paper 1", "Honorable Mention": an award's name
AWARD_NAME = (
    r"(?:(?:best|outstanding|distinguished|honou?rable|test[\s\-‐‑]of[\s\-‐‑]time|runner[\s-]up)"
    r"\b[^:：\n]{0,40}?\b(?:awards?|papers?|mentions?|prizes?)(?:\s+#?\d{1,2})?|"
    r"honou?rable\s+mentions?|"
    r"[a-z0-9][\w\-]{1,20}\s+certifications?)"  # TMLR's "Survey Certification", "J2C Certification"
)
# "Title - Best Paper", "Title - ICML'16 Best Paper Award": an award after a dash
_DASHED_AWARD_TAIL = lazy_re(
    r"\s+[-–—]\s+(?:[A-Z][A-Za-z]{1,10}\s?['’]?\d{2,4}\s+)?" + AWARD_NAME + r"\W{0,2}$",
    re.IGNORECASE,
)
# "Title - Transformer 논문", "Title - T5 论文 (skimmed)", "Title - GPT-3 paper": the paper's
# short name and the word "paper" after a dash, then perhaps a note
_DASHED_PAPER_NOTE = lazy_re(
    r"\s+[-–—]\s+\S(?:(?!\s[-–—]\s).){0,30}?\s?(?:논문|论文|論文|(?i:paper)\b)"
    r"(?:\s(?:(?!\s[-–—]\s).){0,60})?$"
)
# "Spotlight Paper: Title", "Oral paper 3: Title": how a program presents the paper
PRESENTED = (
    r"(?:spotlight|oral|poster|contributed|accepted|featured|selected)\s+papers?(?:\s+#?\d{1,2})?"
)
_YEAR_BEFORE_TITLE = r"(?:19|20)\d\d_(?=[A-Za-z])"  # "2020_Title": a repost's year
# "paper:Title", "论文标题：Title": a title label, never part of the title (also a feature)
TITLE_LABEL = lazy_re(
    # ("paper_id: 2405.18634v1, title: Title": a record's id field before its title's)
    r"^\W{0,3}(?:(?:(?:[a-z]{1,10}[_ ]?)?id\s*[:：=]\s*[\w./:-]{3,40}\s*[,，;|]\s*)?"
    r"(?:paper\s*)?title|paper|reference|t[íi]tulo|titre|titel|judul|제목|art[íi]culo|artigo|"
    r"标题|题目|论文标题|论文题目|论文名称|英文标题|论文|(?:论文)?全称|"
    # "论文二：", "第一篇：": a label numbered in words
    r"(?:论文|論文)[一二三四五六七八九十]{1,3}|第[一二三四五六七八九十\d]{1,3}篇|"
    r"paper\s+(?:review|summary|notes?|reading)|"
    r"(?:reading|paper)\s+of\s+the\s+(?:day|week|month)|"
    + PRESENTED
    # a course's reading list: "Optional: Title (1981)", "Background: Title", "Required reading:",
    # a reading group's "Main discussion paper:", "Additional reading/background paper:"
    + r"|(?:optional|required|background|supplement(?:al|ary)|additional|further|recommended)"
    r"(?:(?:\s*/\s*|\s+)(?:discussion|readings?|background))*(?:\s+papers?)?"
    r"|(?:main|related|follow[\s-]?up|primary|secondary|assigned|core|key)"
    r"(?:(?:\s*/\s*|\s+)(?:discussion|readings?|background))*\s+(?:papers?|readings?)"
    + r"|论文(?:原文|名|解读|笔记|精读|阅读|翻译|翻譯)|"
    r"(?:文章|原文)(?:标题|题目|地址)|原文|原标题|原標題|英文原题|(?:参考|推荐|阅读)?文献|"
    # "Best Paper Award: Title", "🏆 Outstanding Paper: Title": an award, never the title's
    + AWARD_NAME
    + r"|標題|題目|論文標題|論文題目|論文名稱|英文標題|論文|(?:論文)?タイトル|논문(?:\s*제목)?|"
    # "对应的论文为：", "本文的论文是：": a sentence that announces the paper
    r"[\u4e00-\u9fff()a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,30}?(?:论文|論文)[为是為])\W{0,2}\s*[:：]"
    # "论文翻译:2020_Title": a reposted translation's year before its title
    rf"(?:\s*{_YEAR_BEFORE_TITLE})?"
    # "Paper Summary #6 - Title": a blog's series of paper posts, numbered
    r"|^\W{0,3}paper\s+(?:review|summary|notes?|reading)s?\s*#\s*\d{1,3}\s*[-–—:：]"
    # "[Paper - ResNet - Title](…)", "[Paper AlexNet - Title](…)": the word, then the nickname
    r"|^\W{0,3}paper\s+(?:[-–—]\s+|(?=(?-i:[A-Z])[\w.-]{1,20}\s+[-–—]\s))"
    # "Paper talk - Title": a workshop's schedule, the slot's kind before the paper it holds
    r"|^\W{0,3}(?:paper|contributed|spotlight|oral)\s+(?:talk|presentation)s?\s*[-–—:：]",
    re.IGNORECASE,
)
_YEAR_PREFIX = lazy_re(rf"^{_YEAR_BEFORE_TITLE}")
# "[2403.01744] Title": the title of an arXiv page as a browser tab shows it
_ARXIV_TAB = lazy_re(r"^\[\d{4}\.\d{4,5}(?:v\d+)?\]\s*(?=\S)")


WRAP_WORDS = 6  # words, at most, of an entry's title wrapped onto the item's next line


def _wrapped_title(lines: list[Line], index: int, whole: str) -> str | None:
    """The title of list item INDEX with the few words it wrapped onto the item's next line,
    or None (see _wrapped_onto)."""
    line = lines[index]
    if line.kind != "item" or not line.first or not title_case(whole):
        return None
    return _wrapped_onto(lines, index, whole, labelled=False)


def _wrapped_onto(lines: list[Line], index: int, title: str, labelled: bool) -> str | None:
    """TITLE, on line INDEX, with the few words it wrapped onto the next line of its paragraph
    (TITLE ends in a letter, mid-phrase; the next line is those words, capitalised, and nothing
    else: no names, no sentence's end), or None. A LABELLED title's next line ("**原文标题：**
    Title … Improves" / "Chemical Reasoning") holds no markup and no Chinese either."""
    line = lines[index]
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    if nxt is None or nxt.first or nxt.block != line.block or nxt.urls:
        return None
    more = nxt.text.strip()
    # (a labelled title cut mid-phrase: "**原文标题：** … Understanding of" / "Images and
    # Videos", "… Omnimodal Alignment" / "across Language with Real-time …")
    if labelled and FIELD_LINE.match(more):
        return None  # "Title: …" / "authors: Tri Dao": the record's next field
    midway = labelled and bool(_OPEN_PHRASE_END.search(title) or more[:1].islower())
    most = LABELLED_WRAP_WORDS if labelled else WRAP_WORDS
    if not 1 <= len(more.split()) <= most or not (more[:1].isupper() or midway):
        return None
    ends = r"[.!?:;。：]$" if labelled else r"[.!?:;。]$"
    if not re.search(r"[A-Za-z,]$" if midway else r"[A-Za-z]$", title) or re.search(ends, more):
        return None
    joined = _NAMES_JOIN.search(more) is not None
    if labelled and not midway:
        # ("**Title:** …" / "Jun Xu, Hang Li": its authors; not "Practice, and Feedback")
        joined = joined and looks_like_name_list(more) >= LABELLED_NAMES_SHARE
    if not midway and (joined or one_full_name(more)):
        return None  # "Title" / "Jun Xu and Hang Li": its authors, not the rest of its title
    if labelled and (nxt.spans or CJK_CHAR.search(more)):
        return None
    return f"{title} {more}"


_NAMES_JOIN = lazy_re(r",|\sand\s|&|\bet al\b")
# "… Understanding of", "… through Thinking,": a phrase that goes on past its line's end
_OPEN_PHRASE_END = lazy_re(
    r"(?:,|\s(?:of|for|and|with|through|in|on|to|the|a|an|via|from|across|by|under|into|at))$"
)
LABELLED_WRAP_WORDS = 12  # words a labelled title may run on over, at most
LABELLED_NAMES_SHARE = 0.5  # of the next line a name list, at least, for it to be no title's
# "Code:", "论文链接：", "Authors: …": a line that is one labelled field of a record
_AUTHORS_FIELD = lazy_re(r"^\W{0,3}(?:authors?(?:/owners?)?|作者)\s*[:：]", re.IGNORECASE)
FIELD_LINE = lazy_re(r"^\W{0,3}[^\s:：]{1,20}(?:\s[^\s:：]{1,20})?\s*[:：]")
# "Authors: …", "Comments: 5 pages": a listing's field, a capitalised name and a colon
LISTED_FIELD = lazy_re(r"^[A-Z][A-Za-z\-]{1,20}(?: [A-Za-z\-]{1,20})?:\s")
FIELD_WRAP_LINES = 2  # lines a field's value may run on over, at most


def _field_continued(lines: list[Line], index: int, title: str) -> str | None:
    """TITLE, a labelled field's value on line INDEX, with the lines it runs on over up to
    the next field of its paragraph (an arXiv listing: "Title: … in real-world" / "clinical
    settings?" / "Authors: …"), or None when no field line follows them."""
    line = lines[index]
    if not re.search(r"[A-Za-z\-,]$", title):
        return None  # "Title (2003)", "Title.": a value that ends where its line does
    more: list[str] = []
    for nxt in lines[index + 1 : index + 2 + FIELD_WRAP_LINES]:
        if nxt.first or nxt.block != line.block or nxt.urls or nxt.spans:
            return None
        if LISTED_FIELD.match(nxt.text.strip()):
            return f"{title} {' '.join(more)}" if more else None
        if len(more) == FIELD_WRAP_LINES or looks_like_name_list(nxt.text.strip()) >= 0.9:
            return None  # ("Title: …" / "Dan Brown, Eve Black" / "Subjects: …": its authors)
        more.append(nxt.text.strip())
    return None


# "Required Keynote Paper", "Optional Reading": a syllabus's label on the link to a paper
READING_LABEL = lazy_re(
    r"(?:(?:required|optional|suggested|recommended|additional|further|keynote|key|main|core)"
    r"\s+){1,3}(?:papers?|readings?|articles?)\W*",
    re.IGNORECASE,
)


def labelled_link(line: Line, span: Span) -> bool:
    """Whether SPAN links with a label rather than a title ("[Paper](…) Title", "[PDF](…)",
    "[Required Reading](…) - Title")."""
    if span.kind != "link":
        return False
    text = line.text[span.start : span.end].strip()
    return resource_word(text) or READING_LABEL.fullmatch(text) is not None


def _ends_inside_bold(line: Line, text: str) -> bool:
    """Whether TEXT, found on LINE, starts at or before a bold span and ends inside it."""
    start = line.text.find(text)
    if start < 0 or len(line.spans) < 2:
        return False
    end = start + len(text)
    return any(span.kind == "bold" and start <= span.start < end < span.end for span in line.spans)


def note_link(span: Span) -> bool:
    """Whether SPAN links to a file beside the page (a reader's note, "detection/SSD.md")."""
    return span.kind == "link" and bool(span.url) and _RELATIVE_NOTE.match(span.url) is not None


_RELATIVE_NOTE = lazy_re(r"^(?![a-z][a-z0-9+.-]*:|www\.|#|/)[^\s]+\.(?:md|html?|ipynb|pdf)$", re.I)
_BARE_BRACKETS = lazy_re(r"^\[([^\[\]]{4,300})\](?!\()(.*)$")
# "Title | Proceedings of the 30th ACM SIGKDD Conference …", "Title | ACM Transactions on …": a
# publisher's page title, as a browser's tab shows it
_PUBLISHER_TAB = lazy_re(
    r"^([^|]{10,300}?)\s+\|\s+((?:Proceedings of|(?:ACM|IEEE)\s+Transactions on|Journal of)\b.*)$"
)
# "Title [1]", "Title [9, 30, 50]", "Title [3-5]": a citation mark
_CITATION_MARK = lazy_re(r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,9}\]")


def _without_citation_marks(text: str) -> str:
    """TEXT without the citation marks at its end, read one mark at a time from the end (a
    regular expression anchored at the end tries every start: quadratic on a run of marks)."""
    first = len(text) - len(text.lstrip())
    end = len(text)
    while True:
        close = end
        while close > 0 and text[close - 1].isspace():
            close -= 1
        start = text.rfind("[", first, close) if text[close - 1 : close] == "]" else -1
        if start <= first or _CITATION_MARK.fullmatch(text, start, close) is None:
            break
        end = start
    return text if end == len(text) else text[:end].rstrip()


# "Title (PAD)", "Title(DualE)": a one-word nickname after the title is not part of it
_NICKNAME = lazy_re(r"\s*[(（](?=[^()（）\s]*[A-Z])[^()（）\s]{2,30}[)）]$")
_SHORTCODE = lazy_re(r":[a-z0-9_+\-]{2,30}:")
# "Title(@uwaterloo.ca)", "Title(@Google Research etc)": the authors' affiliation after a title
_AFFILIATION_TAIL = lazy_re(r"(?<=\S.{3})\s*[(（]@[^()（）@]{2,80}[)）]$")
# ("(CCF-A-2021) Title", "(AAAI 2021) Title", "(EMNLP'23) Title": a rank or a venue and its
# year in brackets)
_TAG_YEAR = r"(?:19|20)\d\d|(?<=[A-Za-z])\s?['’]\d\d"  # "2021", "EMNLP'23"
# ("(Review) Title", "(Oral) Title": the kind of paper or talk in brackets)
_KIND_TAG = (
    r"[(（](?i:review|survey|tutorial|overview|(?:oral|spotlight|poster|contributed|invited)"
    r"(?: presentation| talk)?|highlight|position(?: paper)?|best paper)(?:\s?#?\d{1,3})?\s?[)）]"
)
_LEAD_KIND = lazy_re(rf"^{_KIND_TAG}\s*(?=\S.{{8}})")


def _after_nick_and_makers(line: Line, whole: str) -> str:
    """WHOLE without a bold name and the bold makers before its title ("**ASPIRE**
    **[NVIDIA]** ASPIRE: Agentic Skills …"): the list's own names for its entries."""
    spans = line.spans
    if len(spans) < 2 or spans[0].kind != "bold" or spans[1].kind != "bold":
        return whole
    nick = line.text[spans[0].start : spans[0].end]
    makers = line.text[spans[1].start : spans[1].end]
    between = line.text[spans[0].end : spans[1].start]
    if between.strip() or not (makers.startswith("[") and makers.endswith("]")):
        return whole
    if not whole.startswith(nick) or len(nick) > 40:
        return whole
    after = line.text[spans[1].end :].strip()
    return after if len(after) >= 8 else whole


def _without_linked_labels(text: str, line: Line) -> str:
    """TEXT without the bracketed labels of LINE's links that end it ("Title [research]
    [translation]": the links' own words, whatever they are)."""
    labels = {line.text[span.start : span.end] for span in line.spans if span.kind == "link"}
    while text.endswith("]"):
        start = text.rfind("[")
        if start < 0 or text[start + 1 : -1] not in labels:
            break
        text = text[:start].rstrip()
    return text


PULL_QUOTE_WORDS = 12  # words, at least, of a sentence quoted alone on its line


def _pull_quote(raw: str, match: re.Match[str]) -> bool:
    """Whether MATCH, a quoted span of RAW, is a whole line's quoted sentence ('"DAM pushes the
    boundaries of …, enabling …."'): a takeaway, no title (a title quoted alone ends without
    its sentence's full stop)."""
    quoted = match.group(1).rstrip()
    return (
        match.start() == len(raw) - len(raw.lstrip())
        and not raw[match.end() :].strip()
        and quoted.endswith(".")
        and len(quoted.split()) >= PULL_QUOTE_WORDS
        and _CLAIM_VERB.search(quoted) is not None
    )


# what a sentence says of a work ("X sets a new frontier", "it is effective", "must design"),
# which a paper's title, cited with its full stop inside the quotes, seldom says
_CLAIM_VERB = lazy_re(
    r"\b(?:is|are|was|were|has|have|does|do|can|must|will|should|would|could|may|sets|marks|"
    r"makes|shows|offers|enables|provides|pushes|unlocks|establishes|highlights|outperforms|"
    r"mitigates|demonstrates|suggests|reveals|proves|opens|brings|delivers|achieves|"
    r"represents|remains|allows|helps|lets)\b"
)


def without_kind_tag(title: str) -> str:
    """TITLE without the kind of paper a list writes before it ("(Review) Title")."""
    return _LEAD_KIND.sub("", title) if title[:1] in "(（" else title


_LEAD_TAGS = lazy_re(
    r"^(?:(?:\[[^\[\]]{1,40}\]|【[^【】]{1,40}】|"
    rf"[(（][^()（）]{{0,16}}?(?:{_TAG_YEAR}|CCF-?[ABC])[^()（）]{{0,12}}[)）])\s*)+"
    r"(?=\S.{3})"
)
_LEAD_VENUE_TAG = lazy_re(
    rf"^[(（][^()（）]{{0,16}}?(?:{_TAG_YEAR})[^()（）]{{0,12}}[)）]\s*(?=\S.{{8}})"
)
# "Autores:", "Auteurs :", "Autoren:", "Yazarlar:", "Авторы:": the label in other languages
# (in the case they are written in: "AutoRAS: …" is a title)
AUTHOR_WORDS = (
    r"(?-i:[Aa]utor(?:es|as)?|[Aa]uteurs?|[Aa]utoren|[Aa]utori|[Yy]azarlar|[Tt]ác giả|[Аа]вторы?)"
)
# "저자/연도: A, B (2020)", "Authors/Year: …": the label of names and the year after them
AND_YEAR = r"(?:\s?/\s?(?:years?|연도|년도|年份|年|発表年))?"
# "…Known-Item RetrievalSamarth Bhargav (University of Amsterdam)*; Georgios Sidiropoulos (…)":
# an accepted-papers export's title glued to its first author, each name with its affiliation
_GLUED_AFFILIATED = lazy_re(
    r"(?<=[a-z0-9?!)’'])([A-Z][\w'’\-]+(?: [A-Z][\w'’.\-]+){1,2} \([^()\n]{2,80}\)\*?;)"
)
# "TKDE'22 Title", "Dataset@NIPS'21 Title": the venue and its year in one word before the title
_LEAD_VENUE_WORD = lazy_re(r"^[A-Za-z][\w@&.\-]{1,30}['’]\d\d\s+(?=\S.{8})")
# "arXiv 2023.11, Title, [Website](…)", "CoRL 2023 oral, Title": where and when it came out
# (and its kind), then a comma and the title
_LEAD_VENUE_DATE = lazy_re(
    r"^[A-Za-z][\w@&\-]{1,15}\s+(?:19|20)\d\d(?:\.\d{1,2})?"
    r"(?:\s+(?i:oral|poster|spotlight|submission|workshop|findings|main))?\s*,\s+(?=\S.{8})"
)
# "resNet[2] Identity Mappings in …", "Audio Style Transfer[1] Title": a series' nickname and the
# paper's number in it, glued, before the title
_NUMBERED_NICKNAME = lazy_re(
    r"^[A-Za-z][\w\-]{0,18}(?: [\w\-]{1,18}){0,2}\[\d{1,2}\]\s+(?=[A-Z\"“].{8})"
)
TAGGED_CHARS = 600  # a title and its tags are no longer than this
# (a note in lenticular brackets after a title may be a sentence: "Title【applied paper, for …】")
# "Title (译)", "Title(译 zz)": a blog's mark of its own translation or repost of the paper
_TRANSLATED = r"[(（]\s*(?:译|翻译|转载?|zz)(?:\s*zz)?\s*[)）]"
_TRANSLATION_MARK = lazy_re(rf"(?<=\S.{{3}})\s*{_TRANSLATED}$")
# "Title (#1443)": a conference's number for the paper
_PAPER_NUMBER = r"[(（]\s*#\s*\d{1,5}\s*[)）]"
_TAIL_TAGS = lazy_re(
    rf"(?<=\S.{{3}})(?:\s*(?:\[[^\[\]]{{1,40}}\]|【[^【】]{{1,160}}】|{_TRANSLATED}|{_PAPER_NUMBER}))+$"
)
_TAIL_OPEN = lazy_re(r"(?<=\S.{3})\s*(?:\[[^\[\]]{0,30}|[(（][^()（）]{0,40})$")
_LINK_SYNTAX = lazy_re(r"^\[([^\[\]]{4,})\]\([^()]*\)$")


def _untag(text: str) -> str:
    """TEXT without the tags a list puts around a title: "[CVPR] [12:fire:] Title [code]",
    "【Title】", a markdown link left as text "[Title](Title)", an unclosed "Title (Name"."""
    text = _SHORTCODE.sub("", text).strip()
    link = _LINK_SYNTAX.match(text)
    if link:
        text = link.group(1)
    if text.startswith("【") and text.endswith("】") and "【" not in text[1:-1]:
        text = text[1:-1].strip()
    text = without_tail_tags(_LEAD_TAGS.sub("", text))  # (a longer text: no title, untouched)
    if _open_paren(text) or text.count("[") > text.count("]"):
        text = _TAIL_OPEN.sub("", text)
    if text.count("[") < text.count("]") and text.endswith("]"):
        text = text[:-1]
    return text


def without_open_tail(title: str) -> str:
    """TITLE without an unclosed parenthesis at its end ("Title(Vaswani" → "Title"): a title
    never ends inside brackets; and without a site's tab title after it ("Title - 某某的文章 -
    知乎", a post's link text copied from the browser's tab). Applied to the chosen title only
    (its candidate keeps its cut and what was left after it, where the authors are)."""
    if "的文章" in title or "知乎" in title:
        title = _TAB_TITLE.sub("", title).strip() or title
    if _open_paren(title):
        return _TAIL_OPEN.sub("", title).strip() or title
    return title


# " - 郑思泽的文章 - 知乎", "——论文泛读 - 某某的文章", " - 知乎": Zhihu's tab title after a post's
# own ("——论文泛读", the post's label of what it is, goes with it)
_TAB_TITLE = lazy_re(
    r"(?:\s*——[\u3400-\u9fff]{2,8})?\s+-\s+(?:[^\s-][^-\n]{0,30}?的文章(?:\s+-\s+知乎)?|知乎)$"
)


# "Title (Word2Vec)", "Title (Sparsely-Gated MoE)": a nickname the writer put after the title
_NICKNAME_AFTER = lazy_re(
    r"^(.{12,}?)(?:\s*[(（]([^()（）\s]{2,20}(?:\s[^()（）\s]{1,20})?)[)）]"
    r"|\s*[|｜]\s*([^|｜\s]{2,20})"  # "Title | SASRec", a table's cell of two
    # "Title — ResNet", "Title — InstructGPT / RLHF": a list's name for it, after a dash
    r"|\s+[—–]\s+([^\s—–/]{2,20}(?:\s/\s[^\s—–/]{2,20})?))$"
)
# "(Oral)", "(Extended Version)", "(Part II)": how or in which version it came out
_TRACK_WORDS = frozenset(
    re.split(
        r"\s+",
        "oral spotlight poster highlight award best paper outstanding honorable mention short "
        "long demo workshop findings preprint draft extended version part revised full "
        "supplementary appendix abridged",
    )
)


def coauthor_remark(text: str) -> tuple[int, int, list[str]] | None:
    """Where a remark naming who wrote a paper with the page's owner starts and ends in TEXT,
    and their names ("Title (with /Gaoming Wang/, /Xueyuan Wan/)", "Title (joint with A. Bee)");
    None when there is none ("Title (with Sparse Microphones)": its own words)."""
    from papercli.importers.digest.references import names_only
    from papercli.importers.names import common_word, parse_names

    for match in _WITH_REMARK.finditer(text, MIN_TITLE_BEFORE) if "with" in text.lower() else ():
        names = _EMPHASIS_MARKS.sub("", match.group(1))
        people = parse_names(names) if names_only(names) else []
        if people and not any(common_word(word) for name in people for word in name.split()):
            # (the title ends before the space, or the full stop, before the bracket)
            return len(text[: match.start()].rstrip(" \t.,")), match.end(), people
    return None


MIN_TITLE_BEFORE = 12  # characters of a title, at least, before a remark on who wrote it
# "(with A. Bee and C. Dee)", "(joint with /Ada Moss/)": who wrote it with the page's owner
_WITH_REMARK = lazy_re(
    r"[(（]\s*(?:joint(?:ly)?\s+|work\s+)?with\s+([^()（）]{3,300})[)）]", re.IGNORECASE
)
_EMPHASIS_MARKS = lazy_re(r"(?<![\w/])[/*_]+|[/*_]+(?![\w/])")  # "/Ada Moss/", "*Ada Moss*"


def without_nickname(title: str) -> tuple[str, str | None]:
    """TITLE without a nickname at its end, in parentheses or after a bar, and the nickname
    ("Efficient Estimation of Card Representations (Card2Vec)"). An acronym of the title's
    own words stays ("Gaussian Error Linear Units (GELUs)", "… Smoothing and Mapping (riSAM)"),
    as do "(and Beyond)", "(2005-2025)", "(Extended Version)", "(Equus quagga)" and
    "GPT-4V(ision)"."""
    match = _NICKNAME_AFTER.match(title)
    if match is None:
        return title, None
    head = match.group(1).rstrip(" :-–—")
    nickname = match.group(2) or match.group(3) or match.group(4)
    words = nickname.replace(" / ", " ").split()
    if not all(any(ch.isupper() or ch.isdigit() for ch in word) for word in words):
        return title, None
    if not any(ch.isalpha() for ch in nickname) or {w.lower() for w in words} & _TRACK_WORDS:
        return title, None  # "(Part II)", "(Oral)": a remark, for strip_remark
    piped = match.group(2) is None  # a field of its own, whatever its letters
    if not piped and any(_abbreviates(part, head) for part in re.split(r"[\s\-]+", nickname)):
        return title, None
    return head, nickname


def _abbreviates(nickname: str, title: str) -> bool:
    """Whether NICKNAME's capitals (or letters) are initials of TITLE's words, in order
    ("GELUs", "riSAM", "NeRFs")."""
    capitals = re.sub(r"[^A-Z]", "", nickname)
    letters = (capitals if len(capitals) >= 2 else re.sub(r"[^A-Za-z]", "", nickname)).lower()
    initials = iter(word[0].lower() for word in re.split(r"[\s\-]+", title) if word)
    return len(letters) >= 2 and all(ch in initials for ch in letters)


def _open_paren(text: str) -> bool:
    """Whether TEXT opens more parentheses (either width) than it closes."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def strip_remark(text: str) -> str:
    """TEXT without the remarks in parentheses at its end ("Title (one of Best Papers)",
    "Title (from Meta) (Oral)")."""
    for _ in range(3):
        remark = _TRAIL_REMARK.search(text) if text.endswith((")", "）")) else None
        if remark is None or remark.start() <= 4:
            break
        text = text[: remark.start()]
    return text


# "Title (IEEE Signal Processing Magazine 2017)", "Title （TNN 2009）": where and when it came
# out, in capitalised words and a year ("(Ronan Collobert, ICML 2008)" names its author too)
_VENUE_YEAR_REMARK = lazy_re(
    r"\s*[(（]\s*((?:[A-Z][\w&.\-/]*|arXiv)(?:\s+(?:[A-Z][\w&.\-/]*|of|on|and|for|in|the|&)){0,7})"
    r",?\s+((?:19|20)\d\d)\s*[)）]$"
)


def venue_year_remark(title: str) -> tuple[str, str, int] | None:
    """TITLE without the venue and year in parentheses at its end, that venue and that year."""
    match = _VENUE_YEAR_REMARK.search(title) if title.endswith((")", "）")) else None
    if match is None or len(title[: match.start()].split()) < 3:
        return None
    return title[: match.start()].rstrip(), match.group(1), int(match.group(2))


def _inside_quotes(head: str) -> bool:
    """Whether HEAD leaves a quotation open ('... Guestrin. "Xgboost' before ': A Scalable')."""
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


# what a link that labels a title's resources says: "Title [paper](…) [code](…)"
_LINK_WORDS = (
    r"(?:paper|pdf|code|project)\s+link|code[\s_]+reference|"
    r"code\s?\((?:pytorch|tensorflow|tf|jax|keras|caffe2?|mxnet|paddle|matlab|torch|official)\)|"
    r"paper|pdf|arxiv|code|github|gitlab|project(?:\s+page)?|page|website|homepage|"
    r"link|video|slides?|blog|demo|data(?:set)?|models?|poster|talk|bib(?:tex)?|abs(?:tract)?|"
    r"html|doi|open\s?review|hf|huggingface|tweet|thread|twitter|youtube|zhihu|notes?|review|"
    r"(?:论文|代码|项目)(?:地址|链接|下载)|论文|代码|链接|主页|项目|视频|博客|解读|笔记|知乎|原文"
)
# (a run of spaces is entered at its start only: a search tried at each of its spaces would
# read the rest of the run each time)
_LINK_LABEL = lazy_re(
    rf"(?:[\[(【]\s*|(?<!\s)\s*)(?:{_LINK_WORDS}|\d{{1,3}})\s*[\])】]?", re.IGNORECASE
)
# the labels of those that never end a title: "Title [Paper] [[Code]]" (not "[Review]")
_RESOURCE_WORDS = (
    r"paper|pdf|code(?:[\s_]+reference)?\d?|arxiv|abs|project(?:\s+page)?|page|website|homepage|"
    r"video|slides|blog|github|doi|"
    r"(?:alternative|alternate|free|author'?s'?|open|preprint)\s+(?:pdf|version|copy|link)|"
    r"(?:open|view|read)\s+(?:doi|paper|article|full\s+text)|"  # a card's button
    r"(?:my\s+)?repo|open\s?review|bib(?:tex)?|html|data(?:set)?|demo|poster|summary|notes?|colab|notebook|"
    r"(?:论文|代码|项目)(?:地址|链接|下载)|原文(?:链接)?|论文|代码|链接|项目主页|解读|笔记|"
    r"nature|science|pnas|acm|ieee|springer"  # "[[nature]](…)": the journal's own page
)
# ("Title [Paper] [Review]": a review's link after the paper's; "A Survey [Review]" alone is
# the paper's kind)
_LINK_LABELS = lazy_re(
    rf"(?:\s*\[{{1,2}}(?:{_RESOURCE_WORDS})\]{{1,2}})+(?:\s*\[{{1,2}}reviews?\]{{1,2}})?$",
    re.IGNORECASE,
)
# " arxiv:2210.08863 📈 205", " — arXiv:2607.07433": the paper's arXiv id (and a count) after it
_ARXIV_ID_TAIL = lazy_re(
    r"\s*[-–—,]?\s+ar[Xx]iv\s*:\s*\d{4}\.\d{4,5}(?:v\d{1,2})?(?:\s+\W{1,2}\s*\d{1,7})?\s*$"
)
# the name of a paper's PDF after its title, a tab or spaces apart ("Title    1612.04010.pdf")
# (a file named by an id or a slug, or one a gap apart: not "… Gaussian Processes.pdf")
_PDF_NAME_END = lazy_re(r"(?:\s{2,}|\s(?=[\w.\-]*[\d_]))[\w.\-]{1,80}\.pdf$", re.IGNORECASE)
# "Title (link)": the link to it, its address lost; "Title (English)": the language of the notes
_LOST_LINK_TAIL = lazy_re(
    r"\s*[(（]\s*(?i:link|here|english|korean|chinese|japanese|한국어|영어|中文|英文"
    r"|日本語)\s*[)）]$"
)
# "(paper) (notes (incomplete))", " link", " PDF", " Repo": the bare labels of lost links
_BARE_LABELS_END = lazy_re(
    rf"(?:\s*[(（](?i:{_RESOURCE_WORDS})(?:\s*[(（][^()（）]{{1,20}}[)）])?[)）])+$"
    r"|(?<=[a-z)\]])\s+(?:link|PDF|Repo)$"
)
# "Title [PDF] 摘要": a link's label in brackets, then the bare labels of more links after it
_LABELS_THEN_WORDS = lazy_re(
    rf"(?:\s*\[{{1,2}}(?:{_RESOURCE_WORDS})\]{{1,2}})+(?:\s+(?:{_RESOURCE_WORDS}|摘要|abstract))+$",
    re.IGNORECASE,
)


# a name's particle ending a cut before names: the name it belongs to was cut off it
_PARTICLE_END = lazy_re(r"\s(?:von|van|de|der|den|del|della|di|du|da|le|la|ten|ter)$")
# "[link]", "[pdf] [slides]": bracketed words closing a line, links whose address was lost
_BRACKETED_WORDS_END = lazy_re(r"(?:\s*\[[A-Za-z\u4e00-\u9fff ]{1,12}\])+$")


def link_label(text: str) -> bool:
    """Whether TEXT is only a link's label ("paper", "[Code]", "PDF")."""
    return _LINK_LABEL.fullmatch(text.strip()) is not None


LABELS_TAIL = 200  # characters at a title's end searched for link labels (a run is no title's)


def without_link_labels(title: str) -> str:
    """TITLE without the link labels or hashtags after it ("Title [paper] [code]" in an
    awesome list, "Title #PaperWeekly" in a blog's post titles)."""
    words = title.split()
    kept = len(words)
    made = _BY_MAKER_END.search(title, max(0, len(title) - 80)) if " by " in title else None
    if made is not None and made.start() >= 8 and _names_maker(made.group(1)):
        return without_link_labels(title[: made.start()])  # "Title (CLIP) by OpenAI"
    while kept > 2 and _HASHTAG.fullmatch(words[kept - 1]):
        kept -= 1
    if kept < len(words):  # ("Title -- #industry #Adobe": the dash before the tags too)
        title = " ".join(words[:kept]).rstrip(" -–—|")
    title = _TRANSLATION_MARK.sub("", title) if title.endswith((")", "）")) else title
    library = _LIBRARY_LINK_END.search(title, max(0, len(title) - 40))
    if library is not None and library.start() >= 4:  # "Title ACM DL": a library's link, bare
        title = title[: library.start()]
    library = _LIBRARY_LINK_HEAD.match(title)
    if library is not None:
        title = title[library.end() :]
    report = _REPORT_TAIL.search(title, max(0, len(title) - 30)) if "ep" in title[-20:] else None
    if report is not None and report.start() >= 8:
        title = title[: report.start()]
    pages = (
        _PAGES_TAIL.search(title, max(0, len(title) - 30)) if title[-1:] in "0123456789p." else None
    )
    if pages is not None and pages.start() >= 8:  # "Title, pages 115–164": where it is printed
        # ("Title, pp": a cut at the point of "pp. 404-411")
        title = title[: pages.start()]
    volume = JOURNAL_TAIL.search(title, max(0, len(title) - 90)) if ":" in title[-16:] else None
    if volume is not None and volume.start() >= 12:
        title = title[: volume.start()]  # "Title, Psychological Review, 114(2): 211-244"
    volume = _VOLUME_CUT_TAIL.search(title, max(0, len(title) - 80)) if "," in title else None
    if volume is not None and volume.start() >= 12:
        title = title[: volume.start()]  # "Title, Cognitive Science, Vol": cut at "Vol. 14"
    cited = _ARXIV_ID_TAIL.search(title) if "rxiv" in title[-60:].lower() else None
    if cited is not None and cited.start() >= 8:  # "Title arxiv:2210.08863 📈 205": its id
        title = title[: cited.start()]
    if title[-4:].lower() == ".pdf":
        named = _PDF_NAME_END.search(title, max(0, len(title) - 100))
        if named is not None and named.start() >= 8:  # "Title    1612.04010.pdf": its file
            title = title[: named.start()]
    bar = _BAR_LABEL_END.search(title, max(0, len(title) - LABELS_TAIL))
    if bar is not None and bar.start() >= 8:  # "Title | paper": a link's label after a bar
        title = title[: bar.start()]
    if title.endswith((")", "link", "PDF", "Repo")):
        # "Title (paper) (notes (incomplete))", "Title link", "Title PDF": labels left bare
        lost = _BARE_LABELS_END.search(title, max(0, len(title) - LABELS_TAIL))
        if lost is not None and lost.start() >= 8:
            return title[: lost.start()].rstrip(" -–—|,")
    if title.endswith("]") and "[" in title:
        head, _, inner = title[:-1].rpartition("[")
        if head.strip() and inner.strip() == head.strip():
            return head.strip()  # "Fast R-CNN [Fast R-CNN]": a topic named as its paper's link
    if not title.endswith("]"):
        labels = _LABELS_THEN_WORDS.search(title, max(0, len(title) - LABELS_TAIL))
        return title[: labels.start()].rstrip() if labels and labels.start() >= 4 else title
    bare = _LINK_LABELS.sub("", title).rstrip(" -–—|,")
    return bare if len(bare) >= 4 else title


# "Title | paper", "Title | blog post": the bare label of the link after a bar; "Title| PDF|
# Github|[PPT][]": a run of them, the first bar glued on (links whose addresses were empty)
_BAR_LABEL = (
    r"\s*\|\s*(?:paper|pdf|arxiv|code|github|blog(?:\s+post)?|video|slides|link|website|pptx?"
    r"|poster|\[[A-Za-z]{1,12}\](?:\[\d{0,3}\])?)"
)
_BAR_LABEL_END = lazy_re(
    rf"(?:(?<=\S)\s+(?={_BAR_LABEL[3:]})|(?={_BAR_LABEL}{_BAR_LABEL}))(?:{_BAR_LABEL})+$",
    re.IGNORECASE,
)
# the bare text of a link to a paper's page in a digital library, after its title, or the
# library's name after a dash or a bar, as a browser's tab shows it ("Title - ACL Anthology")
_LIBRARY_LINK_END = lazy_re(
    r"\s+(?:[-–|]\s+)?(?:ACM\s+DL|IEEE\s+Xplore|DBLP|Semantic\s+Scholar|Google\s+Scholar)$"
    r"|\s+[-–|]\s+(?:ACL\s+Anthology|arXiv(?:\.org)?|OpenReview(?:\.net)?|ResearchGate"
    r"|ACM\s+Digital\s+Library|ScienceDirect|SpringerLink|Papers\s+with\s+Code|PMLR"
    r"|IEEE\s+(?:Journals\s+&\s+Magazine|Conference\s+Publication))$"
    # "Title | npj Digital Medicine", "Title | Nature Communications": a journal's tab title
    r"|\s+\|\s+(?:npj(?:\s+[A-Z][a-z]+){1,4}|Nature(?:\s+[A-Z][a-z]+){0,3}|Scientific\s+Reports"
    r"|PLOS\s+[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+){0,3}|Springer(?:Link)?|MDPI|PubMed|PNAS)$",
    re.IGNORECASE,
)
# '"Title. Technical report"': the kind of document, quoted with its title
_REPORT_TAIL = lazy_re(r"[.,]\s*(?:technical\s+report|tech\.\s*rep(?:ort)?\.?)$", re.IGNORECASE)
# "ISCA Archive - Title", "IEEE Xplore: Title": a library's name before a title, as its tab shows
_LIBRARY_LINK_HEAD = lazy_re(
    r"^(?:ISCA\s+Archive|IEEE\s+Xplore|ScienceDirect|PubMed|SpringerLink|ACM\s+Digital\s+Library)"
    r"\s*[-–|:]\s+(?=\S.{8})"
)

# ", Psychological Review, 114(2): 211-244", " Computational Linguistics 24/1: 97-123", ",
# Proceedings of ACL 1998:768-774": a journal's name, its volume (and issue), the pages
JOURNAL_TAIL = lazy_re(
    r",\s*[A-Z][A-Za-z&.'\- ]{2,60}?,?\s+\d{1,4}(?:\s*(?:/\s*\d{1,4}|\(\d{1,4}\)))?"
    r"\s*:\s*\d{1,5}(?:\s*[–-]\s*\d{1,5})?\.?$"
)
_PAGES_TAIL = lazy_re(r",\s*(?:(?:pages|pp\.?)\s*\d{1,5}\s*[–-]\s*\d{1,5}|pp\.?)$")

# "Title by Google Research", "Title by FAIR/Meta": the company or school that made it
_BY_MAKER_END = lazy_re(r",?\s+by\s+([A-Z][\w.&/,\- ]{1,60})$")
_MAKER_WORD = lazy_re(
    r"openai|google|deepmind|microsoft|meta|facebook|fair|salesforce|nvidia|amazon|apple|ibm|"
    r"baidu|alibaba|tencent|bytedance|huawei|yahoo|ai2|allen|laion|anthropic|mistral|"
    r"university|institute|labs?|laborator(?:y|ies)|research|college|school|academy|inc|corp|"
    r"cornell|mit|stanford|berkeley|cmu|ucla"
)


def _names_maker(said: str) -> bool:
    """Whether SAID, a few capitalised words, names a company or a school ("Google
    Research", "Microsoft and UCLA", "FAIR/Meta"), never a person."""
    words = [w for w in re.split(r"[\s/,&.]+", said.strip().lower()) if w]
    # ("by Grouping Extreme and Center Points": a maker's word inside the title's own words)
    return 0 < len(words) <= 8 and any(_MAKER_WORD.fullmatch(w) for w in (words[0], words[-1]))


# (or glued on: "Use Long Contextshttps://arxiv.org/abs/2307.03172")
_ADDRESS_TAIL = lazy_re(r"(?:\s+|(?<=[a-z]))<?https?://[^\s<>]{4,300}>?$")
# "In Proceedings of the …", "In Findings of the …": a reference's venue, never a title
_IN_PROCEEDINGS = lazy_re(r"^In (?:Proceedings|Findings|Advances|Workshop|Transactions) (?:of|in) ")


_OWN_NOTES = lazy_re(
    r"^my\s+(?:own\s+)?(?:notes|thoughts|summary|review|takeaways)\s+(?:on|of|about)\s", re.I
)
_BIBTEX_FIELD = lazy_re(r"^[a-z]{2,20}\s*=\s*\{")


# "Best Paper Award", "Honorable Mention (Research Papers)", "Test of Time Award": an award's
# name, made of award words alone
_AWARD_WORD = (
    r"(?:best|outstanding|distinguished|honou?rable|mentions?|papers?|awards?|prizes?|student|"
    r"open|artifacts?|reviewers?|runners?-up|test|of|time|the|research|track|demo|short|long|"
    r"main|conference|finalists?|winners?)"
)
_AWARD_NAME = lazy_re(
    rf"(?i:(?:{_AWARD_WORD}\s+){{0,6}}(?:awards?|prizes?|mentions?)"
    rf"(?:\s+{_AWARD_WORD}){{0,3}}(?:\s*\([^()]{{1,60}}\))?)"
)
AWARD_NAME_CHARS = 120


def award_name(text: str) -> bool:
    """Whether TEXT is an award's name alone ("Best Paper Award", "Test of Time Award")."""
    return len(text) <= AWARD_NAME_CHARS and _AWARD_NAME.fullmatch(text) is not None


def never_a_title(text: str) -> bool:
    """Whether candidate TEXT is never a title: where a paper appeared ("In Findings of the
    Association for Computational Linguistics"), a BibTeX field or the end of its value
    ("title={Title}", "Generalize: Implicit Reasoning}"), the reader's own notes ("My Notes
    on Autoencoders"), a venue's long name alone ("Transactions on Machine Learning
    Research"), an award's name ("Best Paper Award")."""
    if text[:3] == "In " and _IN_PROCEEDINGS.match(text) is not None:
        return True
    if text[:3].lower() == "my " and _OWN_NOTES.match(text):
        return True  # "My Notes on Autoencoders and Variants": the reader's own notes
    if text.endswith("}") and _BIBTEX_FIELD.match(text):
        return True  # "title={Title}": a BibTeX entry's field, read with its entry
    if venue_name_alone(text):
        return True  # "Computer Vision and Pattern Recognition": where it appeared
    if award_name(text):
        return True  # "Best Paper Award", "Honorable Mention (Research Papers)": an award's
    return text.endswith("}") and text.count("}") > text.count("{")


# "Title #PaperWeekly", "Title #NLP #对话系统#": hashtags after a title (no title's own words)
_HASHTAG = lazy_re(r"#(?!\d+$)[^#]{1,40}#?")


# "Title, 18 June 2021", "Title, Feb 27, 2021": the day the paper came out, after its title
_DATE_TAIL = lazy_re(
    rf",\s*(?:\d{{1,2}}\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}},?)\s+((?:19|20)\d\d)$"
    r"|,\s*((?:19|20)\d\d)[./-](?:0[1-9]|1[0-2])$",  # "Title, 2021.08": its year and month
    re.IGNORECASE,
)


# "Title – April 7th", "Title - May 19": a reading group's date for it, with no year
_DASH_DAY_TAIL = lazy_re(
    rf"(?<!\s)\s+[-–—]\s*{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*$", re.IGNORECASE
)


# "07.10.23 - Title", "2023-10-07 – Title", "15/01/2024: Title": the day a log took it in;
# "2104.05694 Title": the paper's arXiv id
_DATE_OR_ID_LEAD = lazy_re(
    r"^(?:(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)"
    r"\s*(?:[-–—|:]\s+|\s[-–—|:]\s*)|\d{4}\.\d{4,5}(?:v\d{1,2})?\s+(?=[A-Z]))(?=\S.{8})"
)


def without_date_or_id_lead(title: str) -> str:
    """TITLE without the day or the arXiv id written before it ("07.10.23 - Title")."""
    lead = _DATE_OR_ID_LEAD.match(title)
    return title[lead.end() :] if lead is not None else title


def without_date_tail(title: str) -> tuple[str, int | None]:
    """TITLE without the date after it ("Title, 18 June 2021", "Title – April 7th"), and
    that date's year when it has one."""
    match = _DATE_TAIL.search(title) or _DASH_YEAR_TAIL.search(title)
    if match is None or match.start() < 8:
        day = _DASH_DAY_TAIL.search(title)
        if day is not None and day.start() >= 8:
            return title[: day.start()].rstrip(), None
        return title, None
    return title[: match.start()].rstrip(), int(match.group(1) or match.group(2))


def model_name(text: str) -> bool:
    """Whether TEXT is a model's short name: one word, a capital first, two capitals or digits
    at least ("SAM", "MonoGS", not "Re")."""
    return _SHORT_NAME.fullmatch(text) is not None


_NOTE_PATH = lazy_re(r"^(?:[\w.-]{1,40}/){1,4}([^/]{8,300}?)\.(?:md|markdown|pdf)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)  # a line's cuts and a page's repeated lines tidy alike
def tidy(text: str) -> str:
    """A candidate's text with edge punctuation, quotes and markup leftovers removed."""
    text = " ".join(text.split())
    text = _LEAD_JUNK.sub("", text)
    text = TITLE_LABEL.sub("", text).lstrip()
    filed = _NOTE_PATH.match(text) if "/" in text else None
    if filed is not None and len(filed.group(1).split()) >= 3:
        text = filed.group(1)  # "Papers/Scaling Laws of … for Now.md": a note filed by title
    text = _without_citation_marks(_ARXIV_TAB.sub("", text))
    if not text.isascii():  # (every badge is an emoji)
        text = _COUNT_BADGE.sub("", text)
    last = text[-1:]  # (junk at the end: its last character is junk)
    if last.isspace() or not last.isascii() or last in _ASCII_JUNK:
        text = _TAIL_JUNK.sub("", text)
    text = strip_remark(text)
    if "@" in text:
        text = _AFFILIATION_TAIL.sub("", text)
    dotted = _DOTTED_TAGS.match(text) if " · " in text else None
    if dotted is not None:  # "Title · Coding Agent / Skill Discovery": the paper's topics
        text = dotted.group(1)
    nickname = _NICKNAME.search(text) if "(" in text or "（" in text else None
    if nickname and len(text[: nickname.start()].split()) >= 3:
        text = text[: nickname.start()]
    for left, right in (
        ('"', '"'),
        ("“", "”"),
        ("'", "'"),
        ("《", "》"),
        ("「", "」"),
        ("‘", "’"),
        ("【", "】"),
    ):
        if text.startswith(left) and text.endswith(right) and len(text) > 2:
            text = text[1:-1].strip()
    if not _QUOTED_HEAD.match(text):  # '“I just stopped …”: Motivations …' keeps its quotes
        text = text.strip("\"“”'‘’")
    if _ENCLOSED.fullmatch(text):  # "##### [Maxout Networks]": a link without its address
        text = text[1:-1].strip()
    elif text.endswith("]") and "[" not in text:  # a cut inside such a link: its end alone
        text = text[:-1].rstrip()
    text = _MONTH_LEAD.sub("", text)
    if text.endswith(".") and not text.endswith(("..", "et al.", " al.")):
        text = text[:-1]
    elif text.endswith("。") and not CJK_CHAR.search(text):
        text = text[:-1]  # "Attention Is All You Need。": a Chinese page's full stop
    # "Title. SIGIR": a cut just before "(2020)" (a letter or a hyphen ends it)
    venue = _TAIL_VENUE.search(text) if text[-1:].isalpha() or text.endswith(("-", "\n")) else None
    if venue and len(text[: venue.start()].split()) >= 2:
        word = venue.group(1)
        name = find_venue_year(word)[0]
        if name is not None and name not in PREPRINTS and (word == name or word.isupper()):
            text = text[: venue.start()]
    return undoubled(text.strip())


DOUBLED_CHARS = 10


def undoubled(text: str) -> str:
    """TEXT once where it is written twice ("Title Title": a title, then a link labelled with it
    again)."""
    half = len(text) // 2
    if half >= DOUBLED_CHARS and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return text


_TAIL_VENUE = lazy_re(r"(?:(?<=\w)[.,]|(?<=[?!]))\s+([A-Z][A-Za-z\-]{1,12})$")
_ENCLOSED = lazy_re(r"\[[^\[\]]{4,}\]")


# "论文《你所需要的是注意力》(Attention Is All You Need)": a translated title and the original,
# perhaps labelled, perhaps with its nickname ("(英文:Planning-oriented Driving;简称UniAD)")
GLOSS_LABEL = r"(?:英文(?:名称?|标题|题目)?\s*[:：]\s*)?"
_QUOTED_GLOSS = lazy_re(
    # (Korean news quotes its translation in single quotes: "‘하나보다 둘이 낫다’(Two is …)")
    # (a quotation in Latin letters is no translation: 'Och “Title” (foundations of …)' glosses
    # nothing, the brackets hold the writer's remark)
    r"(?:[《“「][^》”」\n]{0,80}[\uac00-\ud7af\u3400-\u9fff][^》”」\n]{0,80}[》”」]"
    r"|‘[^’\n]{0,80}[\uac00-\ud7af\u4e00-\u9fff][^’\n]{0,80}’)"
    r"\s*[(（]\s*"
    + GLOSS_LABEL
    + r"([A-Za-z][^()（）;；\n]{8,200}?)\s*(?:[;；]\s*简称[^()（）\n]{1,30})?[)）]"
)
_PAPER_BEFORE = lazy_re(r"(?:论文|文章)\s*$")
_CJK_NEXT = lazy_re(r"\s*[\u3400-\u9fff]")
# '课题组的论文“基于……的学习方法 (Emoji-Powered Representation Learning …)”获得了最佳论文奖':
# a paper's translated title and its original in one pair of quotes (the translation may quote)
_PAPER_QUOTES_GLOSS = lazy_re(
    r"(?:论文|文章)\s*[“\"]([^\n]{2,100}?)\s*[(（]([A-Za-z][^()（）\n]{8,200}?)[)）]\s*[”\"]"
)
# "their paper Title Words.", "the paper titled “Title”", "论文题目：Title": a title named in prose
_CUED = lazy_re(
    r"\b(?:paper|article|publication|work)(\s*,?\s*(?:titled|entitled|called|named))?"
    r"\s*[:,]?\s+([\"“'‘]?)([A-Z][^.!?\"”\n]{10,200}?)"
    r"(?=[\"”]|['’](?!\w)|[.!?]\s|[.!?]?$|,\s+(?:by|which|and)\b)"
    r"|(?:论文|文章|等人的)(?:标题|题目|名称)?\s*[:：为是]?\s*([A-Z][^。！？\n\u3400-\u9fff]{10,200}?)"
    r"(?=\s*[\u3400-\u9fff。！？(（]|$)",
)
# "There were honorable mentions for the papers: A, B, and C.": titles listed after a cue,
# parted by commas (a comma inside a title is followed by a small letter: "Out of sight, not
# out of mind: …")
_PAPERS_LISTED = lazy_re(r"\b(?:the\s+)?papers\s*:\s+([A-Z][^\n]{20,1500}?)(?:\.\s|\.?$)")
_LIST_PIECE_SEP = lazy_re(r",\s+(?:and\s+)?(?=[A-Z])|\s+and\s+(?=[A-Z])")
LISTED_TITLES = 3  # titles, at least, in such a list


def _listed_title(piece: str) -> bool:
    """Whether PIECE of a cued list reads as a paper's title (two to thirty words, a capital
    first)."""
    words = piece.split()
    return 2 <= len(words) <= 30 and piece[:1].isupper()


# a name after "by": two to four capitalised words, a footnote mark or two after each ("Dai*")
_AUTHOR_AFTER_BY = r"[A-Z][\w'’\-]*\.?\*{0,2}(?:\s[A-Z][\w'’\-]*\.?\*{0,2}){1,3}"
_NAMES_AFTER_BY = lazy_re(
    rf"{_AUTHOR_AFTER_BY}((?:(?:,\s|,?\sand\s){_AUTHOR_AFTER_BY}){{1,40}})?(\set\.?\sal\.?)?\s*"
)
# "…presented to A and B for their paper Title words." : an award sentence names its title
# after "for their paper", in sentence case as often as not, and runs on after it
# "paper", "2015 ICLR paper", "FoSSaCS 1998 paper": the words an award sentence calls the
# winning paper by, after "for their"
PAPER_CALLED = (
    r"(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w\-]*\s+)?(?:(?:19|20)\d\d\s+)?(?:paper|work|article)"
)
AWARDED_CUE = (  # "for their paper", "for their 2015 ICLR paper", "for their FoSSaCS 1998 paper"
    rf"\bfor\s+(?:his|her|their|its|the)\s+{PAPER_CALLED}\s*(?:titled|entitled)?\s*[:,]?\s+"
)
_AWARDED_FOR = lazy_re(
    AWARDED_CUE + r"([\"“]?)([A-Z][^\n]{8,250}?)"
    r"(?=[\"”]|[.!?](?:\s|$)|\s+(?:in which|which|where)\b|,\s+(?:by|which|and|where)\b"
    r"|\s+(?:from|at|in)\s+(?:[A-Z]{2,}\w*|the)\b|\s*\((?:arXiv|pdf|paper|link)\)|$)"
)
# 'a paper by A and B, “Title,” was honored with the conference's Resource Award': a quoted
# title an award sentence goes on to honour
_QUOTED_AWARDED = lazy_re(
    r"[\"“]([A-Z][^\"“”\n]{8,250}?)[,.]?[\"”],?\s+(?:(?:was|were|has\s+been)\s+"
    r"(?:honou?red|recogni[sz]ed|selected|named|awarded|chosen)|(?:won|wins|received|receives|"
    r"earned|took\s+home))\b[^.\n]{0,80}?\b(?i:awards?|prizes?|mention|best\s+papers?)\b"
)
_PAPER_SAID = lazy_re(r"\b(?:paper|article|publication)s?\b|论文", re.IGNORECASE)
# '提交的“Visual Chirality”(视觉手性)论文荣获……': a quoted English title the sentence calls a paper
_QUOTED_THEN_PAPER = lazy_re(
    r"[“\"]([A-Z][^“”\"\n\u3400-\u9fff]{3,200}?)[”\"]\s*(?:[(（][^()（）\n]{1,30}[)）])?\s*(?:这篇)?论文"
)
# Korean and Japanese prose calling a quoted English title a paper: "‘Title’라는 논문을 발표한다",
# "논문 제목은 ‘Title’이다", "「Title」という論文"
_QUOTED_PAPER_KO_JA = lazy_re(
    r"[‘“「『]([A-Z][^’”」』\n]{8,200}?)[’”」』]\s*(?:이?라는|という|と題(?:した|する))?\s*(?:논문|論文)"
    r"|(?:논문|論文)\s*(?:의\s*)?(?:제목은|명은|タイトルは|題目は)\s*[‘“「『]([A-Z][^’”」』\n]{8,200}?)[’”」』]"
    # Korean news quotes a title in straight single quotes: "논문인 'Title'이 채택돼"
    r"|논문(?:인|은|을|으로|로)?\s*'([A-Z][^'\n]{8,250}?)'(?=[\uac00-\ud7af]|\s|[,.]|$)"
)
# "… included Best Paper Winners “Generative Image Dynamics” from …": an award names its paper
_AWARD_THEN_QUOTED = lazy_re(
    AWARD_NAME
    + r"(?:\s+(?:winners?|recipients?|awardees?|honorees?))?\s*(?:goes\s+to|went\s+to|[:,])?"
    r"\s*[“\"]((?-i:[A-Z0-9])[^“”\"\n]{3,200}?)[”\"]",
    re.IGNORECASE,
)
# "With Pythia: A Suite for Analyzing ..., the researchers ...": a "Name: Phrase" inside a sentence
_INITIAL_BEFORE = lazy_re(r"(?<![\w.])[A-Z]\.\s$")  # "J. " right before a span: a name's initial
_COLON_TITLE = lazy_re(
    r"(?<![\w:])([A-Z][\w\-]{1,30}(?:\s[A-Z0-9][\w\-]*){0,3}:\s[A-Z][^,.;!?()\[\]\n]{10,160})"
)
# "wav2vec 2.0: A Framework ...", "OWSM v3.1: Better ...": a model's name opens its title, it is
# no label ("Paper:", "Oral:") to cut off
_MODEL_NAME = lazy_re(r"^\W*(?:[a-z]+\d+[a-z]+\b.*|.*\s(?:v?\d+\.\d+|v\d+))\s*$")
# an English title in Chinese prose, its reference number after it: "…分别是来自IEEE Fellow的A
# Comprehensive Survey on Graph Neural Networks[1] 来自…"
_CITED_SPAN = lazy_re(
    r"(?<=[\u3400-\u9fff，、：（])([A-Z][\w\-']*(?:[ :,]+[\w\-']+){3,30}?)\s*\[\d{1,3}\]"
)
_CJK_RUN = lazy_re(r"[\u3400-\u9fff]{4}")
# "DETR(End-to-End Object Detection with Transformers),使用…": a name, its paper's title in
# brackets, then the page's Chinese words on it
_NAMED_BEFORE_CJK = lazy_re(
    r"^([^\u3400-\u9fff()（）]{1,40}?)\s*[(（]([A-Z][^\u3400-\u9fff()（）]{15,300}?)[)）]"
    r"\s*[,，;；:：]?\s*(?=[\u3400-\u9fff])"
)
_BEFORE_CJK = lazy_re(
    r"^([A-Z][^\u3400-\u9fff()（）]{15,300}?[A-Za-z?!)])(?=\s*[,;]?\s*[\u3400-\u9fff])"
)
# "Go or ", "Less is ", "Match, Compare, or ": title words joined to the span after them
_JOINED_BEFORE = lazy_re(r"[A-Z][\w\-]*,?\s(?:or|and|vs\.?|is|are|to|of|the|not)\s$")
_PREPOSITION = lazy_re(
    r"^(?:With|In|From|Using|Like|Unlike|Following|Through|Via|After|Before|Since|Beyond|See)\s+"
)
_REFERENCE_CUE = lazy_re(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|\bet al\b|\s&\s|\[pdf\]|[A-Za-z]['’‘]\d\d(?!\d)", re.IGNORECASE
)
_NAME_START = lazy_re(r"\s(?=[A-Z\u00c0-\u00de][\w\-'’]*[,.\s])")
_NAMES_END = lazy_re(
    r"\s*[(（]\s*(?:19|20)\d\d|\s[-–—]\s|\.\s+(?:In|Proc)|\bIn\s+Proc|\[|(?<=\bet al\.)\s"
    r"|\s(?=[A-Za-z][\w ]{0,30}['’‘]\d\d(?!\d))|$"  # "..., et al. PNAS’07", "Hale, S.A. SIGCHI’14"
)


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "under",
        "via",
        "with",
        "without",
    ]
)


# The key cell of a table of one paper's fields ("| **标题** | Title |", "| 作者 | A, B |")
_ROW_KEYS = (
    ("title", TITLE_KEY),
    ("authors", lazy_re(r"作者|authors?", re.I)),
    (
        "alt",
        lazy_re(
            r"[论論]文中文名(?:[称稱]|字)|中文(?:[标標][题題]|[题題]目|名(?:[称稱]|字)?)|[译譯]名"
        ),
    ),
    (
        "venue",
        lazy_re(
            r"[会會][议議]|期刊|[发發]表[于於]?|收[录錄][于於]|来源|出[处處]"
            r"|venue|conference|journal|published in",
            re.I,
        ),
    ),
)


def row_key(lines: list[Line], index: int) -> str:
    """What the key cell left of value cell INDEX names ("title", "authors", "venue"), or ""
    when line INDEX is no value cell of such a row."""
    line = lines[index]
    if line.kind != "cell" or line.cell != 1 or not index:
        return ""
    key = lines[index - 1]
    if key.row != line.row or key.cell != 0:
        return ""
    text = field_key(key.text)
    return next((name for name, pattern in _ROW_KEYS if pattern.fullmatch(text)), "")


def row_value(lines: list[Line], index: int, name: str, end: int | None = None) -> str | None:
    """The value cell of the row keyed NAME at or after line INDEX, within the next twelve
    lines and before line END."""
    for k in range(index, min(index + 12, len(lines), len(lines) if end is None else end)):
        if row_key(lines, k) == name:
            return lines[k].text
    return None


_GAP_MARKS = r"\s|·•/,，、\-–—:："  # what stands between the links of a run
_LINK_GAP = lazy_re(rf"[{_GAP_MARKS}]*")
_BRACKETED_GAP = lazy_re(rf"[{_GAP_MARKS}\[\]]*")  # (and "] [" between "[[a](…)] [[b](…)]")
_SPACES = lazy_re(r"\s*")
# a cut that holds more than a title: a sentence break, a field bar, a year
_MORE_FIELDS = lazy_re(r"\w[.?!]\s+\S|\s\|\s|(?<!\d)(?:19|20)\d\d(?!\d)")
_NAMES_START = lazy_re(r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?, ")
# the lookbehind starts a match only where a run of separators starts: the same leftmost
# match, without retrying a long run (", , , …") from each of its characters
_BARE_ADDRESS = lazy_re(
    r"(?<![\s(（\[【<:：,，|\-–—])[\s(（\[【<:：,，|\-–—]*(?:https?://|www\.)", re.IGNORECASE
)
_ADDRESS_TEXT = lazy_re(r"\s*(?:https?://|www\.)\S+\s*", re.IGNORECASE)
_RESOURCE_LINK = lazy_re(rf"\[?(?:{_RESOURCE_WORDS})\]?", re.IGNORECASE)
# ("Title [papers](…)": after a title, a link labelled in the plural is its paper's too; "Papers"
# is a site's menu)
_TAIL_LINK = lazy_re(rf"\[?(?:{_RESOURCE_WORDS}|(?-i:papers))\]?", re.IGNORECASE)


def resource_word(text: str) -> bool:
    """Whether TEXT names a resource a link leads to ("Slides", "[PDF]", "Code"), no title."""
    return _RESOURCE_LINK.fullmatch(text.strip()) is not None


# "Title (1st)", "Title - 2nd": the reader's pass over it, in a reading log
_READ_PASS = lazy_re(r"\s*(?:[(（]\d{1,2}(?:st|nd|rd|th)[)）]|\s[-–—]\s?\d{1,2}(?:st|nd|rd|th))$")
# "Title 약 3천번 인용", "Title (3247회 인용된 2017년 논문)", "Title (cited by 3,000)": how often
# it is cited, a remark on it
_CITED_COUNT_TAIL = lazy_re(
    r"\s*(?:[(（]\s*)?(?:약\s*)?[\d,.]{1,7}\s*(?:천|만)?\s*(?:번|회)\s*인용[^()（）]{0,20}[)）]?$"
    r"|\s*[(（]\s*cited\s+(?:by\s+)?[\d,.]{1,9}\s*[km]?(?:\s+times)?\s*[)）]$",
    re.IGNORECASE,
)
_RATING_END = lazy_re(r"\s*[(（]\d{1,2}[)）]\s*$")


_CREDIT_END = lazy_re(
    r"\s+[-–—]\s+(?:(?:reviewed|review|presented|notes?|summary|summarized)\s+by|by)\s+"
    r"[^\s\-–—][^\-–—]{0,60}$",
    re.IGNORECASE,
)


def _link_run(line: Line, gap: Regex, label: Regex) -> int | None:
    """Where the run of links that ends LINE starts, each link's text matching LABEL and the
    text between them GAP; None when the line ends otherwise."""
    text = line.text
    end = len(text.rstrip())
    rated = _RATING_END.search(text, 0, end + 1)
    if rated is not None:  # "[paper] [code] (4)": the reader's rating after the links
        end = rated.start()
    credit = _CREDIT_END.search(text, max(0, end - 120), end + 1)
    if credit is not None:  # "[PAPER] [NOTE] - review by Woongwon": who read it, after them
        end = credit.start()
    start = None
    cut = end  # (a link of the credit after the run, "review by [Woongwon](…)", is not in it)
    for span in reversed([s for s in line.spans if s.kind == "link" and s.start < cut]):
        if span.end > end or not gap.fullmatch(text, span.end, end):
            break
        if not label.fullmatch(text[span.start : span.end].strip()):
            break
        start = end = span.start
    return start


def _autolinks_only(line: Line) -> bool:
    """Whether LINE has no markup but links written as their own address ("Title
    <https://arxiv.org/abs/…>"): its text reads as plain text with the address after it."""
    return all(
        span.kind == "link" and _ADDRESS_TEXT.fullmatch(line.text[span.start : span.end])
        for span in line.spans
    )


def before_nickname_link(line: Line) -> tuple[str, str] | None:
    """The title before the one link that ends its line when the link's text is a short name
    ("Human-level control through deep reinforcement learning [Deep Q-learning](…)"), and
    that name."""
    links = [s for s in line.spans if s.kind == "link"]
    if len(links) != 1:
        return None
    text = line.text
    link = links[0]
    if not 1 <= link.start < link.end <= len(text) or text[link.start - 1] != " ":
        return None
    if link.end < len(text.rstrip(" *_")):
        return None  # (the link ends the line, its marks aside)
    name = text[link.start : link.end].strip()
    head = strip_number(text[: link.start].strip())[0]
    if not 1 <= len(name.split()) <= NICKNAME_WORDS or len(head.split()) < 4:
        return None
    if _LINK_LABEL.fullmatch(name) or head.endswith(
        (",", ":", "：", "-", "–", "—", "by", "and", "&")
    ):
        return None  # (a resource's label is cut elsewhere; "Title by [Name](…)", "Talk --
        # [Name](…)" name a speaker)
    return head, name


NICKNAME_WORDS = 3  # words of a link's text, at most, for it to be a paper's short name


_DATE_TAG = lazy_re(r"(?:19|20)\d\d(?:[./\-]\d{1,2}){0,2}")
_SHORT_LINK_TEXT = lazy_re(r"\S+(?:\s\S+){0,3}")  # a link's text of four words at most


def _bracketed(text: str, span: Span) -> bool:
    """Whether the link SPAN of TEXT stands in square brackets of its own ("[[arxiv](…)]")."""
    return text[span.start - 1 : span.start] == "[" and text[span.end : span.end + 1] == "]"


def _trailing_tags_start(line: Line) -> int | None:
    """Where the run of tags that ends LINE starts: code spans of three words at most, bold
    hashtags ("Title `PAMI` `Microsoft`", "Title **#arxiv2019**"), after a title's words."""
    end = len(line.text.rstrip())
    start = None
    for span in reversed(line.spans):
        piece = line.text[span.start : span.end].strip()
        tag = span.kind == "code" or (span.kind == "bold" and piece.startswith("#"))
        if not tag or line.text[span.end : end].strip() or len(piece.split()) > 3:
            break
        start = end = span.start
    return start if start is not None and start >= 10 else None


def _tagged_brackets(line: Line, start: int, run: list[Span]) -> bool:
    """Whether the links of RUN, from START, each stand in brackets of their own right after
    a code tag ("Title `2024` [[arxiv](…)] [[Leaderboard](…)]")."""
    if not all(_bracketed(line.text, s) for s in run):
        return False
    return any(s.kind == "code" and not line.text[s.end : start - 1].strip() for s in line.spans)


def _before_link_labels(line: Line) -> tuple[str, str] | None:
    """The title before the run of resource links that ends its line ("Title [paper](…) |
    [code](…)"), and those links' text: their words are no part of the title."""
    start = _link_run(line, _LINK_GAP, _LINK_LABEL)
    text = line.text
    # "Title, [Google Research](…), [arXiv](…)": a comma's list of links, one a known label
    listed = _link_run(line, _BRACKETED_GAP, _SHORT_LINK_TEXT) if line.spans else None
    run = [s for s in line.spans if s.kind == "link" and listed is not None and s.start >= listed]
    known = [bool(_LINK_LABEL.fullmatch(text[s.start : s.end].strip())) for s in run]
    comma = listed is not None and text[:listed].rstrip().endswith(",")
    if (
        listed is not None
        and len(run) >= 2
        and listed < (len(text) if start is None else start)
        and (comma or _tagged_brackets(line, listed, run))
        and any(known)
        and not all(known)
    ):
        # ("Title `2024` [[arxiv](…)] [[Leaderboard](…)]": bracketed labels, one known)
        start = listed - (0 if comma else 1)
    if start is None:
        return None
    for span in line.spans:  # "Title. `ACL Findings(2021)` [PDF]": a code tag before them too
        if span.kind == "code" and span.start >= 10 and not text[span.end : start].strip():
            start = span.start
    head = strip_number(text[:start].strip())[0]
    dated = line.opening_span("code")
    if dated is not None and _DATE_TAG.fullmatch(text[dated.start : dated.end].strip()):
        head = text[dated.end : start].strip()  # "`2024.02` Title, [arXiv](…)": when, first
    tags = [m for m in _VENUE_YEAR_IN.finditer(head) if m.end() == len(head)]
    if tags and tags[-1].start() >= 10 and find_venue_year(tags[-1].group(0))[0]:
        head = head[: tags[-1].start()]  # "Title ICDM2018 [Paper](…)": the venue tag too
    return (head, text[start:]) if len(head) >= 6 else None


# What ends the names of an author-first citation and starts its title: "(2016). " (APA),
# "(2016) " (Harvard), ", 2016. " (Harvard), ". 2016. " (ACM), ": " (LNCS, "Quill, A.: Title")
_CITATION_YEAR = lazy_re(
    r"\s\((?:(?:19|20)\d\d[a-z]?(?:,[^()]{0,20})?|(?i:in\s+press|forthcoming|under\s+review|"
    r"en\s+prensa|en\s+revisi[óo]n|sous\s+presse|no\s+prelo|im\s+druck)(?:,[^()]{0,30})?)\)"
    r"[.,]?\s+(?=\S)|[.,]\s(?:19|20)\d\d[a-z]?\.\s+(?=\S)"
)
_LNCS_NAMES = lazy_re(r"^[^:]{4,300}?\b[A-Z]\.:\s+(?=\S)")
_APA_NAMES = lazy_re(r"[^\W\d_][\w'’\-]+,\s(?:[A-Z]\.|[A-Z][a-z]+\s[A-Z]\.)")
_QUOTED_LEAD = lazy_re(r"^[\"“]([^\"“”]{4,300}?)[.,]?[\"”]|^«\s?([^«»]{4,300}?)[.,]?\s?»")
_APA_TITLE_END = lazy_re(r"(?<=[\w)’'\"”])([.?!])(?:\s+|$)")


def _citation_title(whole: str, add: Callable[..., None]) -> None:
    """The title of an author-first citation (APA, Harvard, ACM, LNCS): after its names and
    the year or colon that ends them, up to the sentence's end (the title's own "?" kept),
    whatever its case ("Grover, A., & Leskovec, J. (2016). node2vec: ... . In ...")."""
    from papercli.importers.names import read_name_list

    cut = _CITATION_YEAR.search(whole, 0, 600)
    if cut is not None:
        names_end, title_start = cut.start(), cut.end()
    else:
        lncs = _LNCS_NAMES.match(whole)
        if lncs is None:
            return
        names_end, title_start = whole.rindex(":", 0, lncs.end()), lncs.end()
    if names_end < 3:
        return
    if not (cut is not None and "(" in cut.group(0) and _APA_NAMES.match(whole)):
        names, share = read_name_list(whole[:names_end])
        if not names or share < 0.9:
            return
    after = whole[title_start:]
    quoted = _QUOTED_LEAD.match(after)
    if quoted is not None:  # '(1994). "Title." Technical Report …': the quotes end it
        add(quoted.group(1) or quoted.group(2), "cited", after[quoted.end() :])
        return
    end = _APA_TITLE_END.search(after, 0, 400)
    if end is None:
        return
    title = after[: end.start()] + ("" if end.group(1) == "." else end.group(1))
    title = _before_proceedings(title)  # "Title, In Proceedings of the 30th Annual Meeting …"
    if 4 <= len(title) <= 300:
        add(title, "cited", after[end.end() :])


_NAME_LIST_END = lazy_re(r"\s*[:：]\s+(?=[A-Z\"“])")
_JOINED_NAMES = lazy_re(r"\s(?:and|&)\s|\bet\.?\s?al\b")
_FIRST_PHRASE = lazy_re(r"[,.;:(]")
_CITED_YEAR = lazy_re(r"(?<![\d.])(?:19|20)\d\d(?!\d|\.\d)|arXiv:\s?\d{4}\.\d{4,5}", re.I)
_NAME_WORD = lazy_re(r"[A-Z]\.?|(?:[A-Z][^\W\d_A-Z]+['’-]?)+\.?|[a-z]{1,3}|[A-Z]\.-?[A-Z]\.")
_ETAL_END = lazy_re(r",?\s+et\.?\s?al\.?$")


def names_lead_of(text: str) -> tuple[str, str] | None:
    """The names that open a citation TEXT before its colon and its title, and the rest ("Dan
    Klein and Christopher Manning: Title, ACL 2003.", "Ryan McDonald et al.: Title, 2005."):
    every name a person's full name. (Names before a comma, "A, B, Title, NIPS, 1994.", made
    wrong papers on unseen pages; "Names. Title. Venue" is read by its sentences.)"""
    match = _NAME_LIST_END.search(text, 0, 300)
    if match is None or not _full_names(text[: match.start()], alone=False):
        return None
    head, rest = text[: match.start()], text[match.end() :]
    if head.count(",") < 2 and not _JOINED_NAMES.search(head):
        return None  # "Various Lengths, Constant Speed: Title": two names need "and", "et al."
    if len(rest.split()) < 2 or _full_names(_FIRST_PHRASE.split(rest, 1)[0], True):
        return None  # "A, B, C: In Proceedings …": the names go on, no title follows them
    # a citation's: its year after the title ("Private Seeds, Public LLMs: Title" is a title)
    return (head, rest) if _CITED_YEAR.search(rest) else None


def names_dot_lead(text: str) -> tuple[str, str] | None:
    """The names that open TEXT before a period, every one a person's full name, and the
    title after it ("Stephen D. Brookes. A semantics for …", "David Janin and Igor Walukiewicz.
    On the …"); None when TEXT opens otherwise."""
    for dot in _NAMES_PERIOD.finditer(text, 0, 300):
        head, rest = text[: dot.start()], text[dot.end() :].strip()
        parts = _LIST_PARTS.split(head)
        if len(rest.split()) >= 2 and all(one_full_name(part) for part in parts):
            return head, rest
    return None


_NAMES_PERIOD = lazy_re(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z0-9\"“])")


def _etal_names(text: str) -> bool:
    """Whether TEXT, names that end "et al.", names people only ("John Schulman et al.",
    "Raffel, C., et al.")."""
    from papercli.importers.names import read_name_list

    names, share = read_name_list(_ETAL_END.sub("", text))
    return _full_names(text) or (bool(names) and share >= 0.95)


def _full_names(text: str, alone: bool = True) -> bool:
    """Whether TEXT is a list of people's full names ("Ryan McDonald et al." too), nothing
    more; one full name ALONE counts too."""
    from papercli.importers.names import read_name_list

    bare = _ETAL_END.sub("", text)
    names, share = read_name_list(bare)
    if not names or share < 0.95:
        return False
    if len(names) == 1 and not (alone or bare != text):
        return False  # (one name before a colon may be a nickname: "Marked Personas: …")
    # every name whole and written as names are ("Leak, Cheat, Repeat: …", "Private Seeds,
    # Public LLMs: …" name papers)
    return all(
        one_full_name(name) and all(_NAME_WORD.fullmatch(w) for w in name.split()) for name in names
    )


def _national_citation(whole: str, add: Callable[..., None]) -> None:
    """The title of a national-style citation: between its names' first ". " and its
    bracketed document type (found once each: linear in the line)."""
    kind = _DOC_TYPE.search(whole, 0, 1000)
    if kind is None:
        return
    head = whole[: kind.start()]
    # the names end at the first ". " not followed by another initial ("Le Q. V. Title")
    dot = next(_NAMES_DOT.finditer(head, 0, 320), None)
    if dot is None or not 2 <= dot.start() <= 300:
        return
    cut = dot.start()
    title = _CITED_YEAR_LEAD.sub("", head[dot.end() :].strip())
    if 4 <= len(title) <= 300 and "[" not in title and "]" not in title:
        add(title, "before_bracket", head[:cut])
        if kind.group(1) in _PAPER_TYPES:  # not a book [M], a patent [P], a web page [EB/OL]
            add(title, "cited")


def _mostly_full_names(text: str) -> bool:
    """Whether TEXT is a list of two or more people's names, all but one of them plain full
    names ("Seyed Kamyar Seyed Ghasemipour, Richard Semel, Shixiang Gu")."""
    from papercli.importers.names import read_name_list

    names, share = read_name_list(text)
    if len(names) < 2 or share < 0.95:
        return False
    whole = [n for n in names if all(_NAME_WORD.fullmatch(w) for w in n.split())]
    return len(whole) == len(names) and sum(map(one_full_name, names)) >= len(names) - 1


def _before_italic_names(line: Line, add: Callable[..., None]) -> None:
    """ "Title*A. Bee, C. Dee*": the title before an italic list of names ending the line."""
    from papercli.importers.digest.features import looks_like_names

    text = line.text.rstrip()
    for span in line.spans:
        if span.kind == "italic" and span.end >= len(text) - 1 and span.start >= 10:
            names = line.text[span.start : span.end]
            if looks_like_names(names) >= 0.6:
                add(strip_number(line.text[: span.start])[0], "before_names", names)


def title_case(text: str) -> bool:
    """Whether TEXT is written in title case (its words other than small ones capitalised)."""
    words = [w for w in text.split() if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _before_names(text: str) -> tuple[str, str] | None:
    """A reference line with nothing between title and authors ("Generative adversarial nets
    Goodfellow, I., Pouget-Abadie, J. (2014)"): the title is what comes before the first
    word from which the line reads as a list of names."""
    from papercli.importers.digest.features import looks_like_names

    if len(text) > 400 or not _REFERENCE_CUE.search(text):
        return None
    for k, match in enumerate(_NAME_START.finditer(text)):
        if k >= 30:
            break
        head, rest = text[: match.start()], text[match.end() :]
        if len(head) < 10 or len(head.split()) < 2:
            continue
        names = rest[: _NAMES_END.search(rest).start()]  # type: ignore[union-attr]
        if "(" in names or "（" in names:
            continue  # "Title (Devlin et al., 2019, NAACL)": the names are the paren's
        if names.count(",") + names.count(" and ") + names.count("&") >= 1 and (
            looks_like_names(names) >= 0.8
        ):
            return head.rstrip(" ,.;"), rest
    return None


# "**Drug safety:** Analyzing pharmacovigilance data and generating SQL queries. (paper_id: …)":
# a report's term in bold, then what it covers, a gerund's sentence with its point (Scholar's
# "Nerf: Representing scenes as …" is a title in sentence case: no bold term, no point)
_DEFINED_TERM = lazy_re(r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[A-Z])(?: [a-z][a-z\-]+){0,2}\s*[:：]?")
_DEFINITION = lazy_re(r"\s*[:：]?\s+([A-Z][a-z]+ing\s+[^.!?]{8,300}\.)(?:\s+\([^()]{1,300}\))?\s*$")


# "**Mixture-of-Depths:** Proposes dynamically allocating compute …": a name in bold, then
# what it does, a sentence opening with its verb
_DESCRIBED_AFTER = lazy_re(r"\s*[:：]?\s+[A-Z][a-z]{2,}(?:s|es)\s+(?:[a-z]|[A-Z]{2,})")


_MARKER = " -*•"  # a list's marker kept in a line's text, before the span that opens it


def bold_name_described(line: Line) -> str:
    """The bold name that opens LINE when a sentence about it follows ("**Name:** Proposes …"),
    else ""."""
    first = line.opening_span("bold", _MARKER)
    if first is None:
        return ""
    name = line.text[first.start : first.end].strip()
    if not (name.endswith((":", "：")) or line.text[first.end : first.end + 1] in (":", "：")):
        return ""
    return name if _DESCRIBED_AFTER.match(line.text, first.end) is not None else ""


def defines_a_term(line: Line) -> bool:
    """Whether LINE is a term in bold and its definition, a sentence: no paper's title."""
    first = line.opening_span("bold", _MARKER)
    if first is None:
        return False
    term = line.text[first.start : first.end].strip()
    definition = _DEFINITION.match(line.text, first.end)
    return (
        _DEFINED_TERM.fullmatch(term) is not None
        and definition is not None
        and sum(w[:1].isupper() for w in definition.group(1).split()[1:]) <= 2
    )


# a list's last field naming an entry's kind that no paper is ("… - 2015 - blog post",
# "… - スタンフォード大学コース", "… - 书籍")
_KIND_LAST = lazy_re(
    r"\s[-–—]\s*(?:[^\s\-–—|]{0,12}(?:ブログ記事|ブログ|コース|講義|書籍|動画|博客|课程|书籍|视频)"
    r"|(?i:blog\s+post|blog|online\s+course|course|book|textbook|video|lecture\s+notes))\s*$"
)


def calls_to_readers(text: str) -> bool:
    """Whether TEXT is a post's call to its readers, a sentence that is never a title
    ("本文由 … 精选推荐，社区目前已覆盖…，点击「阅读原文」即刻加入社区！")."""
    return text.count("，") >= 2 and _CALL_TO_READERS.search(text) is not None


# what a post asks of its readers: to click, scan, follow, join
# (not "点击率", a click-through rate, nor "加入我们的模块")
_CALL_TO_READERS = lazy_re(
    r"点击[「“\"]?(?:阅读原文|下方|这里|链接|关注|进入|加入)|扫码|扫描.{0,6}二维码"
    r"|关注(?:我们|公众号)|阅读原文|加入(?:社区|我们)(?!的)"
)


# "**[Segment Anything and Name It (Project)](https://github.com/…)**": software's name, marked
# so inside its own bold or linked span (not "**Title** ([Project](…))", a paper's page)
_SOFTWARE_NAMED = lazy_re(
    r"\s*\w[^()（）\[\]]{1,200}?\s*[(（\[]\s*"
    r"(?:project|code|repo|repository|software|tool|toolkit|library|demo|app|plugin)\s*[)）\]]\s*",
    re.IGNORECASE,
)


def _marked_software(line: Line) -> bool:
    """Whether LINE's bold or linked text is a name and the page's mark of software."""
    return any(
        span.kind in ("bold", "link") and _SOFTWARE_NAMED.fullmatch(line.text, span.start, span.end)
        for span in line.spans
    )


# "`2022 - 09 May` `UDA+USL` Title": tags that date the paper lead its line
_DATED_TAGS = lazy_re(r"^\W*(?:19|20)\d\d\b")


_AFFILIATION_MARKS = ("🏫", "🏛", "🏢")  # (a school, a building: where the authors work)


def candidates(lines: list[Line], index: int) -> list[Candidate]:
    """Every candidate title on line INDEX, deduplicated by text (their flags merged)."""
    line = lines[index]
    found: dict[str, Candidate] = {}
    cut_by_wrap: tuple[str, str] | None = None  # (a labelled title cut at its line end, whole)
    if "，" in line.text and calls_to_readers(line.text):
        return []
    if line.spans and ":" in line.text and defines_a_term(line):
        return []
    kind = _KIND_LAST.search(line.text, max(0, len(line.text) - 40))
    if kind is not None and not any(
        sp.kind == "link" and sp.end > kind.start() for sp in line.spans
    ):
        return []  # "**Title** - Christopher Olah - 2015 - ブログ記事": the list says what it is

    # "Title paper code" (the links "paper" and "code", a space apart): every cut over them
    # ends before them
    tail_start = _link_run(line, _LINK_GAP, _TAIL_LINK)
    label_tail = line.text[tail_start:].rstrip() if tail_start else ""
    described = bold_name_described(line)
    label_title = ""  # the text after a label link that opens the line, its title
    # "[Paper](…) Title", "[Required Reading](…) - Title": the link's label, then the title;
    # every cut that opens with the label starts after it
    # ("OpenReview  PDF  Video": links only, no title after the first)
    first = line.opening_span("link", _MARKER)
    second = next((sp for sp in line.spans[1:] if sp.kind == "link"), None)
    label_head = (
        line.text[first.start : first.end]
        if first is not None
        and labelled_link(line, first)
        and len(line.text[first.end : second.start if second else None].strip(" -–—:|")) >= 8
        else ""
    )

    def add(text: str, how: str, rest: str = "", url: str = "") -> None:
        text = " ".join(text.split())
        rated = _RATING_END.search(text) if text.endswith((")", "）")) else None
        probe = text[: rated.start()] if rated else text  # "Title [paper] [my repo] (1)"
        labels = _LINK_LABELS.search(probe) if probe.endswith("]") else None
        unlabelled = probe[: labels.start()] if labels and labels.start() >= 8 else None
        if label_tail and text.endswith(label_tail):
            unlabelled = text[: -len(label_tail)]
        if described and text.startswith(described.rstrip(":：")) and len(text) > len(described):
            return  # "Name: Proposes …": the name and the sentence about it
        labelled = label_head and text.startswith(label_head) and len(text) > len(label_head) + 4
        if labelled:
            text = text[len(label_head) :].lstrip(" -–—:：|")
        labelled = labelled or (label_title and tidy(text) == label_title)
        if unlabelled is not None and not _MORE_FIELDS.search(unlabelled):
            if tidy(unlabelled) in found:
                return  # the cut without its resource links is one already
            text = unlabelled
        text = tidy(text)
        passes = _READ_PASS.search(text) if text.endswith((")", "st", "nd", "rd", "th")) else None
        if passes is not None and passes.start() >= 8:
            text = text[: passes.start()]  # "Title (1st)": the reader's first pass over it
        counted = _CITED_COUNT_TAIL.search(text) if "인용" in text or "ited" in text else None
        if counted is not None and counted.start() >= 8:
            text = text[: counted.start()]  # "Title 약 3천번 인용": how often it is cited
        lost = _LOST_LINK_TAIL.search(text) if text.endswith((")", "）")) else None
        if lost is not None and lost.start() >= 2:
            text = text[: lost.start()]
        hosted = _HOST_TAIL.search(text) if text.endswith(")") else None
        if hosted is not None and hosted.start() >= 8:
            text = text[: hosted.start()]  # "Title (Hugging Face Papers)": where the link goes
        won = _DASHED_AWARD_TAIL.search(text, max(0, len(text) - 80)) if " " in text else None
        if won is not None and won.start() >= 8:
            text = text[: won.start()]  # "Title - ICML'16 Best Paper Award": what it won
        noted = _DASHED_PAPER_NOTE.search(text) if " - " in text or " – " in text else None
        if noted is not None and noted.start() >= 8:
            text = text[: noted.start()]  # "Title - GPT-1 논문": the paper's nickname, "paper"
        linked = how == "link" and "http" in text
        addressed = _ADDRESS_TAIL.search(text, max(0, len(text) - 300)) if linked else None
        if addressed is not None and addressed.start() >= 8:
            text = text[: addressed.start()]  # "[Title https://arxiv.org/abs/…](…)": its address
        if not (2 <= len(text) <= MAX_TITLE) or text.startswith(("http://", "https://")):
            return
        if " [" in text and _DASHED_TAG.search(text) is not None:
            return
        if how == "before_venue" and _DASHED_WORD_END.search(text):
            return  # "Title.---arXiv" cut before its date: the venue is no part of the title
        if how == "before_names" and _PARTICLE_END.search(text):
            return  # "… from the von" / "Neumann Style (Backus)": a surname's particle is its
        if how == "before_dash" and _ends_inside_bold(line, text):
            return  # "**Title** - **A - B**" cut at the dash between A and B
        cand = found.get(text)
        if cand is None:
            cand = found[text] = Candidate(text, index, rest=rest.strip())
        elif rest and not cand.rest.strip(" .,;:"):
            cand.rest = rest.strip()  # ("*Title*." found first: the point after it says nothing)
        if url and not cand.url:
            cand.url = url
        cand.how.add(how)
        if labelled:
            cand.how.add("link")  # the label's link is the title's

    raw = line.text.strip()
    if raw.endswith((")", "）", "]")) and _marked_software(line):
        return []
    if raw.startswith(_AFFILIATION_MARKS):  # "🏫 Meta AI、KAUST": the authors' institutions
        return []
    if _AUTHORS_FIELD.match(raw) and ("," in raw or " and " in raw):
        return []  # "Authors/Owner: A , B": a record's field of names
    whole, numbered = strip_number(raw)
    if label_head and whole.startswith(label_head) and len(whole) > len(label_head) + 4:
        whole = whole[len(label_head) :].lstrip(" -–—:：|")  # "[paper](…) 2024.05, Title"
        label_title = tidy(whole)
    untagged_line = after_code_tags(line)
    tags = line.text[: len(line.text) - len(untagged_line)] if untagged_line != line.text else ""
    if (tags.isupper() or _DATED_TAGS.search(tags)) and len(untagged_line) >= 8:
        # "`OBJECT DETECTION` `ECCV 2018` Title": a list's tags in capitals before each title
        # (not "`Dual learning` Xia et al., **Title**": a name for it before its citation)
        whole = strip_number(untagged_line)[0]
    venue_dated = _LEAD_VENUE_DATE.match(whole)
    tagged = _LEAD_VENUE_TAG.match(whole) or _LEAD_VENUE_WORD.match(whole) or venue_dated
    # ("Workshop@ICLR'21": a track at the venue)
    dated_lead = ""
    if tagged is not None and find_venue_year(tagged.group(0).replace("@", " "))[0]:
        whole = whole[tagged.end() :]  # "(EMNLP'23) Nick: Title": the venue, as a number is
        if tagged is venue_dated:
            dated_lead = tagged.group(0).rstrip(" ,")
    series = _NUMBERED_NICKNAME.match(whole)
    if series is not None:
        whole = whole[series.end() :]
    whole = _after_nick_and_makers(line, whole)
    tagged_at = _trailing_tags_start(line)
    tags_tail = line.text[tagged_at:].strip() if tagged_at is not None else ""
    if tags_tail and whole.endswith(tags_tail) and len(whole) > len(tags_tail) + 8:
        # "Title `Retrieval` `FAIR`", "Title **#arxiv2019**": a reading log's tags after it
        whole = whole[: -len(tags_tail)].rstrip()
        add(whole, "before_venue", tags_tail)
    elif tags_tail:
        add(strip_number(line.text[:tagged_at])[0], "before_venue", tags_tail)
    if numbered or (line.kind == "item" and line.marker == "1."):
        add(whole, "numbered")
    if dated_lead:  # "arXiv 2023.11, Title": dated as "2023 Title" is
        add(whole, "after_year", dated_lead)
    add(whole, "whole")
    year_lead = _YEAR_LEAD.match(whole)
    if year_lead is not None and _closes_unopened(year_lead.group(2)):
        year_lead = None  # "(2019 Wireless Communication)Title": the year opens a remark
    if year_lead is not None:  # "2017 Title", "[2019] Title": the year it came out, then the title
        lead = year_lead.group(1)
        month = _YEAR_MONTH.fullmatch(lead)
        venue = lead[4:] if lead[4:].isalpha() else ""
        said = f"arXiv:{lead}" if "." in lead else f"{venue} {lead[:4]}".strip()
        year_rest = _without_linked_labels(year_lead.group(2), line)
        venue_dash = _VENUE_DASH.match(year_rest) if not venue else None
        dashed_venue = venue_dash.group(1).replace("-", " ") if venue_dash is not None else ""
        if venue_dash is not None and find_venue_year(dashed_venue)[0]:
            # "2015-NIPS-Title", "2015-ICML-workshop-Title": a notes list's year, venue, title
            year_rest = venue_dash.group(2)
            said = f"{dashed_venue} {lead[:4]}"
        add(year_rest, "after_year", month[1] if month else said)
        glued = _BEFORE_CJK.match(year_rest) if not year_rest.isascii() else None
        if glued is not None:  # "2104.05694 Title 中文译名": the id, the title, its translation
            add(glued.group(1), "after_year", month[1] if month else said)
        surnamed = _SURNAME_TAIL.match(_TAGS_TAIL.sub("", year_rest))
        if surnamed is not None and not common_word(surnamed.group(2)):
            # "2017, Title, Fu. [[Paper]](…)": its first author's surname after it
            add(surnamed.group(1), "after_year", month[1] if month else said)
    if _ARXIV_TAB.match(whole):  # "[2406.13770] Elliptical Attention": an arXiv page's own title
        add(whole, "arxiv_tab")
    code = line.opening_span("code")
    if code is not None:
        # "`ICLR` [Title]", "`ARXIV` [Title that wraps" / "onto the next line]": a list's tag
        # of where the paper appeared, then its title in bare brackets
        after = line.text[code.end :].strip()
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if after.startswith("[") and "]" not in after and nxt is not None and not nxt.first:
            after = f"{after} {nxt.text.strip()}"
        bare = _BARE_BRACKETS.match(after)
        if bare is not None:
            add(bare.group(1), "untagged", bare.group(2))
            add(bare.group(1), "after_tag", bare.group(2))
    wrapped = _wrapped_title(lines, index, whole)
    if wrapped is not None:  # "1. ImageNet Classification with Deep Convolutional" / "Neural
        add(wrapped, "untagged")  # Networks": an entry's title wrapped onto its next line
    published = _PUBLISHER_TAB.match(whole)
    if published is not None:  # "Title | Proceedings of the 30th ACM SIGKDD …": the ACM DL's tab
        add(published.group(1), "arxiv_tab", published.group(2))
    if row_key(lines, index) == "title":
        add(whole, "labelled_cell")  # "| **标题** | Title |": a table of one paper's fields
    bases = [whole]
    for span in line.spans:
        piece = line.text[span.start : span.end]
        after = line.text[span.end :]
        if span.kind == "link":
            link_text = strip_number(piece)[0]
            lead = _YEAR_COLON_LEAD.match(link_text) if len(link_text) <= 400 else None
            if lead is not None and _SEVERAL_NAMES.search(lead.group(1)):
                link_text = lead.group(2)  # "[Rubin and Berant 2021: Title][ref]": names lead it
            dated = _NAMES_DATED_COLON.match(link_text) if len(link_text) <= 400 else None
            if (
                dated is not None
                and _SEVERAL_NAMES.search(dated.group(1))
                and looks_like_name_list(dated.group(1)) >= NAMED_SHARE
            ):
                # "[Felix A. Gers, Jürgen Schmidhuber (2000): Title](…)": whole names, the year
                link_text, after = dated.group(3), f"{dated.group(1)} {dated.group(2)} {after}"
            listed = _LISTED_COLON.match(link_text) if len(link_text) <= 400 else None
            names_first = listed is not None and _whole_names(listed.group(1))
            if listed is not None and names_first:
                # "[Ilya Sutskever, Oriol Vinyals, Quoc V. Le: Title](…)": every name whole
                link_text, after = listed.group(2), f"{listed.group(1)}. {after}"
            etal = _NAMES_ETAL_COLON.match(link_text) if len(link_text) <= 400 else None
            if etal is not None and _etal_names(etal.group(1)):
                # "[John Schulman et al.: Title](…)": the link's text names its authors first
                link_text, after = etal.group(2), f"{etal.group(1)}. {after}"
                names_first = True
            led = _ETAL_LEAD.match(link_text) if etal is None and len(link_text) <= 400 else None
            if led is not None:
                # "[Bengio, Yoshua, et al. A neural probabilistic language model](…)", "[Bai et
                # al. Constitutional AI: …](…)": the link's text is a citation, names first
                add(led.group(2), "after_cited_lead", f"{led.group(1)} {after}", span.url)
            parted = _LINKED_SEMICOLON_NAMES.match(link_text) if ";" in link_text else None
            if parted is not None and looks_like_name_list(parted.group(2)) >= NAMED_SHARE:
                # "[Batch Normalization; Ioffe, Szegedy.](…)": the link's text, then its names
                link_text, after = parted.group(1), f"{parted.group(2)} {after}"
            add(link_text, "link", after, span.url)
            if names_first and tidy(link_text) in found:
                # ("[A, B: **Title**](…)": the names the link's text gives, not the bold's rest)
                found[tidy(link_text)].rest = after.strip()
            citing = _CITED_LINK_TAIL.match(link_text) if len(link_text) <= 400 else None
            if citing is not None:  # "[Title (Dao et al., 2022)](…)": the link cites its paper
                add(citing.group(1), "link", f"({citing.group(2)}) {after}", span.url)
            bases.append(link_text)
        elif span.kind == "code" and span.start >= 10 and CODE_VENUE.fullmatch(piece.strip()):
            # "Title. `IEEE Micro 18` [Paper]": where and when, as a tag after the title
            add(strip_number(line.text[: span.start])[0], "before_venue", f"{piece} {after}")
        elif span.kind in ("bold", "italic"):
            if _LABEL_AFTER.match(after) and _short_label(piece):
                continue  # "**重要性**: ...", "**Code**: ...": a field's label
            if any(
                inner.kind == "link"
                and span.start <= inner.start
                and inner.end <= span.end
                and line.text[inner.start - 1 : inner.end + 1]
                == f"[{line.text[inner.start : inner.end]}]"
                and len(line.text[inner.start : inner.end].split()) >= 3
                for inner in line.spans
            ):
                continue  # "_Nickname [[Title](…)]_": a wholly italic item, its link the title
            names_led = names_dot_lead(piece) if ". " in piece else None
            if names_led is not None:
                # "**Davide Sangiorgi. A Theory of Bisimulation**": its names, then its title
                piece, after = names_led[1], f"{names_led[0]}. {after}"
            add(strip_number(piece)[0], span.kind, after)
            bases.append(strip_number(piece)[0])
    tex = _TEX_QUOTED.finditer(raw) if "``" in raw else iter(())
    nested = _NESTED_QUOTED.finditer(raw) if raw.count("“") + raw.count("”") >= 3 else iter(())
    for match in itertools.chain(_QUOTED.finditer(raw), tex, nested):
        spoken = match.group(1).endswith((",", ".", "!", "?")) and _SPOKEN.match(raw, match.end())
        before = raw[max(0, match.start() - 40) : match.start()]
        if spoken or _BY_NAME.match(match.group(1)) or _NOT_A_PAPER_BEFORE.search(before):
            continue  # what someone said, names between two closing quotes, a book, a nickname
        if _pull_quote(raw, match):
            continue  # '"X sets a new frontier in …, enabling …."': a card's quoted takeaway
        if not strip_number(raw[: match.start()])[0].strip() and _SUBTITLE_AFTER.match(
            raw, match.end()
        ):
            continue  # '1、“I just stopped using one”: Motivations, …': the title's quoted head
        add(match.group(1), "quoted", raw[match.end() :])
    unquoted = _UNCLOSED_QUOTE.search(raw) if "“" in raw and "”" not in raw else None
    if unquoted is not None:
        add(unquoted.group(1), "quoted", raw[unquoted.end() :])
    unclosed = _UNCLOSED_GUILLEMET.search(raw) if "《" in raw else None
    if unclosed is not None and "》" not in raw[unclosed.start() :]:
        add(unclosed.group(1), "quoted", raw[unclosed.end() :])  # "论文《Title 获得了……"
    bracketed = _BRACKETED_LAST.search(whole)
    if bracketed is not None:  # read as a quoted title: the brackets mark it the same way
        add(bracketed.group(1), "quoted", whole[: bracketed.start()])  # the names before it
    label = _TITLE_BAR.match(whole) or _LABEL.match(whole)
    if (
        label
        and not re.match(r"^https?$", label.group(1), re.I)
        and not _MODEL_NAME.match(label.group(1))
        and not _WORDS_LISTED.fullmatch(label.group(1).strip())
    ):
        after = _YEAR_PREFIX.sub("", label.group(2))  # "论文翻译:2020_Title"
        add(after, "after_label")
        bases.append(after)
        titled = TITLE_LABEL.match(whole) is not None
        wrapped = _wrapped_onto(lines, index, after, labelled=True) if titled else None
        if wrapped is None and titled:
            wrapped = _field_continued(lines, index, after)
        if wrapped is not None:  # "**原文标题：** Title … Improves" / "  Chemical Reasoning"
            add(wrapped, "after_label")
            cut_by_wrap = (tidy(after), tidy(wrapped))
    after_tags = after_bracket_tags(whole)
    if after_tags != whole:
        add(after_tags, "after_bracket")
        bases.append(after_tags)
    # (or a link to the reader's own note on it: "[DeepBox](detection/DeepBox.md) DeepBox: …")
    lead = next((sp for sp in line.spans if sp.kind in ("code", "bold") or note_link(sp)), None)
    if lead is not None and not line.text[: lead.start].strip():
        after = strip_number(line.text[lead.end :].strip().lstrip("|｜:： "))[0]
        # "**Nick** (Lab) Title", "**Nick** **[NVIDIA / MIT]** Title": who made it, after the name
        after = re.sub(r"^\s*(?:[(（][^()（）]{1,30}[)）]|\[[^\[\]]{1,60}\])\s*", "", after)
        if len(after) >= 4:
            add(after, "after_lead_span")
            bases.append(after)
    quoted_head = _QUOTED_HEAD.match(whole)
    colons = list(_COLON.finditer(whole))[:4]
    pieces = (line.text[sp.start : sp.end] for sp in line.spans if sp.kind == "link")
    linked = [(at, at + len(p)) for p in pieces if (at := whole.find(p)) > 0] if colons else []
    for match in colons:
        if whole.startswith("//", match.end()):
            continue  # "https://": no field's colon
        if any(start < match.start() < end for start, end in linked):
            continue  # "FastSpeech2: [FastSpeech 2: Fast …](…)": a cut from a label into a link
        if quoted_head is not None and match.start() == quoted_head.end():
            continue  # '“I just stopped using one”: Motivations, …': the title's own colon
        if match.start() >= 4 and not _inside_quotes(whole[: match.start()]):
            add(whole[: match.start()], "before_colon", whole[match.end() :])
            if match.start() > 12:
                bases.append(whole[: match.start()])
    for match in _QUOTED_GLOSS.finditer(raw[:4000]):
        add(match.group(1), "quoted_gloss", raw[match.end() :])
        if _PAPER_BEFORE.search(raw, max(0, match.start() - 8), match.start()):
            add(match.group(1), "called_paper")  # "他们的论文「中文」(English)"
    for match in _PAPER_QUOTES_GLOSS.finditer(raw[:4000]):
        if CJK_CHAR.search(match.group(1)):
            add(match.group(2), "paren_inner", match.group(1))
            add(match.group(2), "called_paper")
    for match in _CUED.finditer(raw[:2000]):
        named, chinese = match.group(3), match.group(4)
        title_end = match.end()
        if named and match.group(2) in ('"', "“"):  # an opened quote closes the title
            close = raw.find('"' if match.group(2) == '"' else "”", match.start(3), title_end + 200)
            named, title_end = (
                (raw[match.start(3) : close], close + 1) if close > 0 else (named, title_end)
            )
        # "the paper Anthropic released on Tuesday": a cue word then a plain sentence is not a
        # title; a title is quoted, announced ("titled"), or in title case
        if named and (match.group(1) or match.group(2) or title_case(named)):
            by = named.rfind(" by ")
            names = _NAMES_AFTER_BY.fullmatch(named, by + 4) if by > 0 else None
            if names is not None and (names.group(1) or names.group(2)):
                # "released with the paper Title by Generative Words by A, B and C": the names
                # of two authors or more ("A et al.") after the last "by" are no part of it
                add(named[:by], "after_cue", named[by:] + raw[title_end:])
            else:
                add(named, "after_cue", raw[title_end:])
        elif chinese and not (
            match.group(0).startswith("等人的")
            and (len(chinese.split()) < 4 or _CJK_NEXT.match(raw, match.end()))
        ):  # ("Moss 等人的 Sparse Gating Network 架构": a method's name, no paper's title)
            add(chinese, "after_cue", raw[match.end() :])
    for match in _AWARDED_FOR.finditer(raw[:2000]):
        add(match.group(2), "after_cue", raw[match.end() :])
        add(match.group(2), "awarded", raw[match.end() :])
    listed = _PAPERS_LISTED.search(raw, 0, 2000) if "papers:" in raw else None
    if listed is not None:  # "honorable mentions for the papers: A, B, Out of sight, not …, and C."
        named_ones = _LIST_PIECE_SEP.split(listed.group(1).rstrip(" ."))
        cased = sum(title_case(one) for one in named_ones)  # ("Out of sight, not …": some not)
        if (
            len(named_ones) >= LISTED_TITLES
            and all(_listed_title(one) for one in named_ones)
            and 3 * cased >= 2 * len(named_ones)
        ):
            for one in named_ones:
                add(one, "after_cue", raw[listed.end() :])
    for match in _QUOTED_AWARDED.finditer(raw[:2000]):  # '“Title,” was honored with …'
        if _PAPER_SAID.search(raw, max(0, match.start() - 200), match.start()):
            add(match.group(1), "awarded", raw[match.end() :])  # ('a paper by A, “Title,” …')
    if _CJK_RUN.search(raw):  # "…的A Comprehensive Survey on Graph Neural Networks[1] 来自…"
        for match in _CITED_SPAN.finditer(raw[:4000]):
            if title_case(match.group(1)):
                add(match.group(1), "quoted", raw[match.end() :])
    for match in _QUOTED_THEN_PAPER.finditer(raw[:2000]):  # "“Visual Chirality”(视觉手性)论文"
        add(match.group(1), "quoted", raw[match.end() :])
        add(match.group(1), "called_paper", raw[match.end() :])
    for match in _QUOTED_PAPER_KO_JA.finditer(raw[:4000]):
        title = match.group(1) or match.group(2) or match.group(3)
        add(title, "quoted", raw[match.end() :])
        add(title, "called_paper", raw[match.end() :])
    for match in _AWARD_THEN_QUOTED.finditer(raw[:2000]):
        add(match.group(1), "quoted", raw[match.end() :])
        add(match.group(1), "called_paper", raw[match.end() :])
    for match in _COLON_TITLE.finditer(raw[:2000]):
        if _JOINED_BEFORE.search(raw, max(0, match.start() - 40), match.start()):
            continue  # "Go or No Go: Title": the span starts inside the title's own words
        if match.group(1)[:3] in ("AM ", "PM "):
            continue  # "11:20 - 11:30 AM Spotlight Paper: Title": a time slot's hour
        if _INITIAL_BEFORE.search(
            raw, max(0, match.start() - 4), match.start()
        ) and not inverted_initials(raw[max(0, match.start() - 300) : match.start()]):
            # "A, B, Jason J. Jung: Title": the span starts inside a name, the title after it
            after = match.group(1).split(": ", 1)[1]
            if tidy(after) not in found:  # (a bold or linked title is one already)
                add(after, "colon_span", raw[match.end() :])
            continue
        named = _PREPOSITION.sub("", match.group(1))
        # the whole line (its list number aside) is already a candidate, not a span of prose
        if (match.start() > 0 or named != match.group(1)) and tidy(named) != tidy(whole):
            add(named, "colon_span", raw[match.end() :])
    glued = _BEFORE_CJK.match(whole)
    if glued is not None:  # "Title来自加州大学……": a title run straight into Chinese prose
        add(glued.group(1), "before_cjk", whole[glued.end() :])
    # (after a reading group's label too: "Main discussion paper: Xu et al. (2015) Title")
    unlabelled = TITLE_LABEL.sub("", whole, count=1).lstrip() if len(whole) <= 400 else ""
    if " , " in unlabelled:  # "Barham et al. , 2022, Title": a slip of the typist's
        unlabelled = unlabelled.replace(" , ", ", ")
    cited_lead = _CITED_LEAD.match(unlabelled) if unlabelled else None
    if cited_lead is None and unlabelled:
        cited_lead = _ETAL_LEAD.match(unlabelled)
        if cited_lead is not None and line.spans and _ETAL_POINT.search(cited_lead.group(1) + " x"):
            cited_lead = None  # "Sutton et al. [Title](…)": the link marks the title
    bracketed = None
    if cited_lead is None and unlabelled.startswith(("(", "[")):
        bracketed = _BRACKETED_CITED_LEAD.match(unlabelled)
    if bracketed is not None:
        # "[Lee et al., 2020] Title. IEEE TNSRE 28(12)": the title ends at its sentence's end
        title = bracketed.group(3)
        title = title.split(". ", 1)[0] if bracketed.group(1) == "[" else title
        add(_TRAILING_ADDRESS.sub("", title).rstrip(" ."), "after_cited_lead", bracketed.group(2))
        bases.append(title)
    year_led = False  # the names and year came by _YEAR_COLON_LEAD ("Moss, 2017 — Title")
    if (
        cited_lead is None
        and bracketed is None
        and unlabelled
        and (not line.spans or (len(line.spans) == 1 and linked_whole(line, " ,.;")))
    ):
        cited_lead = _YEAR_COLON_LEAD.match(unlabelled)
        year_led = cited_lead is not None
        if (
            cited_lead is not None
            and line.spans
            and not _YEAR_POINT.match(unlabelled, cited_lead.end(1))
        ):
            cited_lead = None  # (only "[Lenci, 2008. Title](…)": the link holds the names too)
    if cited_lead is not None:
        # "Vaswani et al. (2017) Title, https://arxiv.org/abs/…": the address is no part of it
        cited = _TRAILING_ADDRESS.sub("", cited_lead.group(2))
        cited = _before_proceedings(cited)
        gap = unlabelled[cited_lead.end(1) : cited_lead.start(2)]
        if year_led and ("—" in gap or "–" in gap or gap.startswith(".")):
            # "Vaswani et al., 2017 — Title. https://…. Start here.": a reading roadmap's note
            # runs on after the title ("A and B. 2012. Title. In Proceedings …": its venue)
            cited = cited.split(". ", 1)[0]
        add(cited, "after_cited_lead", cited_lead.group(1))
        bases.append(cited)
    dated = (
        _NAMES_DATED_COLON.match(unlabelled)
        if bracketed is None and unlabelled and not line.spans
        else None
    )
    if (
        dated is not None
        and _SEVERAL_NAMES.search(dated.group(1))
        and looks_like_name_list(dated.group(1)) >= NAMED_SHARE
    ):
        # "V. A. Almeida, G. B. França (2020): Title. Revista …, 38, pp. 1-18.": the names and
        # the year, a colon, then the title to its sentence's end
        cited = _TRAILING_ADDRESS.sub("", dated.group(3)).split(". ", 1)[0].rstrip(" .")
        add(cited, "after_cited_lead", f"{dated.group(1)} {dated.group(2)}")
        bases.append(cited)
    before_names = _before_names(whole)
    if before_names is not None:
        add(before_names[0], "before_names", before_names[1])
    tagged_names = _TAG_BEFORE_NAMES.fullmatch(whole) if ")" in whole or "）" in whole else None
    if tagged_names is not None and _mostly_full_names(tagged_names.group(2)):
        # "Title (Imitation learning) A B, C D": a session's tag between title and names
        add(tagged_names.group(1), "before_paren", whole[tagged_names.end(1) :])
    year_names = (
        _YEAR_NAMES_COLON.match(line.text.strip())
        if cited_lead is None and bracketed is None and unlabelled
        else None
    )
    if year_names is not None:  # "[2017: Henderson: Title](…)": a survey list's year and name
        add(year_names.group(3), "after_cited_lead", f"{year_names.group(2)} {year_names.group(1)}")
        bases[0] = year_names.group(3)
    names_lead = (
        names_lead_of(unlabelled)
        if cited_lead is None and bracketed is None and unlabelled
        else None
    )
    if names_lead is not None:  # "Dan Klein and Christopher Manning: Title, ACL 2003."
        add(names_lead[1], "after_cited_lead", names_lead[0])
        bases[0] = names_lead[1]  # no cut of the line keeps the names before its title
    elif cited_lead is None and bracketed is None and not line.spans:
        surname_lead = _SURNAME_ETAL_COLON.match(unlabelled)
        if surname_lead is None:  # "John Schulman et al.: Title", "Raffel, C., et al.: Title"
            surname_lead = _NAMES_ETAL_COLON.match(unlabelled)
            if surname_lead is not None and not _etal_names(surname_lead.group(1)):
                surname_lead = None
        if surname_lead is not None:  # "Chen et al.: Title", a round-up's heading for it
            add(surname_lead.group(2), "after_cited_lead", surname_lead.group(1))
    _national_citation(whole, add)
    _citation_title(whole, add)
    if unlabelled and unlabelled != whole:  # "Required Reading: Frankle, J., & Carbin, M. (2018)…"
        _citation_title(unlabelled, add)
    address = _BARE_ADDRESS.search(whole) if _autolinks_only(line) else None
    if address is not None and address.start() >= 6:  # "Title https://arxiv.org/abs/…"
        # ("Paper: Title Link: https://…": the address's label is no part of the title)
        head = _INLINE_FIELD_WORD.sub("", whole[: address.start()].rstrip(" :："))
        add(head, "before_bracket", whole[address.start() :])
        add(head, "untagged")
    nicknamed = before_nickname_link(line)
    if nicknamed is not None:  # "**Title [Deep Q-learning](…)**": the link names it short
        add(nicknamed[0], "before_bracket", nicknamed[1])
    labelled = _before_link_labels(line)
    if labelled is not None:  # the same cut as "Title [paper] [code]" written as plain text
        add(labelled[0], "before_bracket", labelled[1])
        add(labelled[0], "untagged")
        bases.append(labelled[0])
    carded = _NAMES_DOT_YEAR.match(whole) if len(whole) <= 400 and " · " in whole else None
    if carded is not None:  # "Title Gu & Dao · 2023", "Title Liu et al. (TACL 2024) · 2023"
        add(carded.group(1), "before_names", whole[carded.end(1) :].replace(" · ", ", "))
    surnames = _TITLE_SURNAMES.match(whole) if len(whole) <= 400 else None
    if surnames is not None:
        add(surnames.group(1), "before_names", surnames.group(2))
    affiliated = (
        _GLUED_AFFILIATED.search(whole, 0, 600) if ")*;" in whole or "); " in whole else None
    )
    if affiliated is not None:  # "TitleSamarth Bhargav (University of Amsterdam)*; Georgios …"
        add(whole[: affiliated.start(1)], "before_names", whole[affiliated.start(1) :])
    _before_italic_names(line, add)
    # (searched in the line's last 120 characters only: linear on a run of "[a][a]…")
    tail_at = max(0, len(whole) - 120)
    plain_labels = _BRACKETED_WORDS_END.search(whole, tail_at) if whole.endswith("]") else None
    if plain_labels is not None and plain_labels.start() >= 8:
        bases.append(whole[: plain_labels.start()])  # "Title (A et al., 2013) [link]", no link
    for base in list(dict.fromkeys(b.strip() for b in bases if b.strip())):
        untagged = _untag(base) if len(base) <= MAX_TITLE + 100 else base
        if untagged != base:
            add(untagged, "untagged")
        _cuts(base, add)
    if names_lead is not None:  # its cuts follow the names too: "Names: Title, ACL 2003."
        for text in list(found):  # ("Renn: Title", cut inside the names: no title)
            if names_lead[0].endswith(text.partition(":")[0].strip()) and ":" in text:
                del found[text]
        for cand in found.values():
            if names_lead[1].startswith(cand.text):
                cand.how.add("after_cited_lead")
                if names_lead[0] not in cand.rest:
                    cand.rest = f"{names_lead[0]}. {cand.rest}".strip()
    if cut_by_wrap is not None and found.get(cut_by_wrap[1]) is not None:
        found.pop(cut_by_wrap[0], None)  # the title up to its line's end is no title
    return list(found.values())


_LABEL_AFTER = lazy_re(r"^\s*[:：]")


def _short_label(text: str) -> bool:
    """Whether TEXT is short enough to be a field's label: two words, or six Chinese
    characters, at most."""
    text = text.strip(" :：*_")
    if CJK_CHAR.search(text):
        return len(text) <= 6
    return len(text.split()) <= 2


def without_tail_tags(text: str) -> str:
    """TEXT without the tags in brackets after it ("Title【Best Paper Award】", "Title [code]"),
    when it is short enough to be a title with them."""
    return _TAIL_TAGS.sub("", text).strip() if len(text) <= TAGGED_CHARS else text


def _byline(text: str) -> re.Match[str] | None:
    """TEXT cut at its first " by " into a title and a byline, when what follows reads as one
    ("… Storage by Exploiting both …" is the title's own "by")."""
    match = _BY.match(text)
    return match if match is not None and _reads_as_byline(match.group(2)) else None


def _before_byline(title: str, byline: str, add: Callable[..., None]) -> None:
    """Adds TITLE, cut before its BYLINE, and TITLE without the labels of its links
    ("Title [paper, video] by MIT")."""
    add(title, "before_by", byline)
    labelled = _BRACKET_TAIL.match(title) if title.endswith("]") else None
    if labelled is not None:
        add(labelled.group(1), "before_by", byline)


def _reads_as_byline(after: str) -> bool:
    """Whether AFTER, what follows a title's " by ", reads as its authors: no gerund running
    on in lower case, no title-cased English words (see _worded_on)."""
    return not _NOT_A_BYLINE.match(after) and not _worded_on(after)


# an English word's ending no given name or surname is likely to have ("Maximizing",
# "Incrementally", "Realistic"; "Jing" is a name: four letters before "ing" at least, and both
# words so: "Manning and Schütze" is a byline)
_WORD_ENDING = lazy_re(r"[A-Za-z]{4,}(?:ing|ly|tion|ive|ous|ic|al)$")


def _worded_on(after: str) -> bool:
    """Whether AFTER, what follows a title's " by ", opens with two words of a title-cased
    phrase, no names ("… Removing Outliers by Helping Attention Heads Do Nothing")."""
    from papercli.importers.names import common_word

    words = after.split()[:2]
    return len(words) == 2 and all(
        word[:1].isupper() and word.isalpha() and (common_word(word) or _WORD_ENDING.search(word))
        for word in words
    )


# "Title (Imitation learning)" before its names: a short tag in brackets after the title
_TAG_BEFORE_NAMES = lazy_re(r"(\S.{7,300}?)\s*[(（][^()（）]{2,40}[)）]\s*([^()（）]{3,400})")


_FOOTNOTE_MARK_END = lazy_re(r"(?<=[)）])\s*\[\d{1,3}\]$")


def _paren_cuts(text: str, add: Callable[..., None]) -> None:
    """The cuts around a closing parenthetical: "Title (Authors)", "中文（English Title）" (and
    before a footnote's mark: "Title (Princeton, Google, 2020) [6]")."""
    match = _PAREN_TAIL.match(_FOOTNOTE_MARK_END.sub("", text) if text.endswith("]") else text)
    if match:
        add(match.group(1), "before_paren", match.group(2))
        add(match.group(2), "paren_inner", match.group(1))
        inner = _byline(match.group(1))
        if inner:
            add(inner.group(1), "before_by", inner.group(2))


def _before_tagged_parens(text: str, add: Callable[..., None]) -> None:
    """ "Title (词法句法) (合作单位:华为) (ACL)": a Latin title before a run of parentheticals,
    one of them Chinese (a lab's tags: topic, partner, venue), none of them the title's."""
    head, groups = text.rstrip(" .。"), 0
    while groups < 5 and head.endswith((")", "）")):
        start = max(head.rfind("("), head.rfind("（"))
        if start < 0 or not 1 <= len(head) - start - 2 <= 40:
            return
        head, groups = head[:start].rstrip(), groups + 1
    tags = text[len(head) :]
    if groups >= 2 and len(head.split()) >= 3 and head.isascii() and CJK_CHAR.search(tags):
        add(head, "before_paren", tags.strip())


# a list of names run on after a title with no mark between them: its separator
_NAME_SEPARATOR = lazy_re(r"\s*[,;]\s+(?:and\s+)?|\s+and\s+")
# a title that runs straight into a name ends in a word, a bracket or a question
_GLUED_TITLE_END = lazy_re(r"[\w)?!]$")
_FUNCTION_WORD_END = lazy_re(
    r"\s(?:from|by|with|and|or|of|the|a|an|to|in|for|at|on|as|like|including|includes?|"
    r"featuring|between|among|via|per)$",
    re.IGNORECASE,
)
# the endings of a title's nouns, never of a given name ("Directions", "Components")
_TITLE_NOUN_END = lazy_re(r"(?:ions|ents|ings|ness|ity|ies|ics|ures|ages|sis|ism)$")
NAMES_AFTER_GLUE = 2  # full names, at least, after the first one glued to the title
_NAME_TOKEN = lazy_re(r"[A-Z\u00c0-\u00de][\w'’\-]*\.?")


COMMA_NAMES = 3  # full names in a row after a comma, at least, to end a title there
COMMA_PARTS = 12  # comma parts of a line, at most, tried as the title's end


def before_comma_names(base: str) -> tuple[str, str] | None:
    """A citation that writes its title, then its authors, all parted by commas ("Self-RAG:
    Learning to Retrieve, Generate, and Critique …, Akari Asai, Sandeep Subramanian, …"): the
    title ends at the first comma after which COMMA_NAMES full names follow; the title and
    the rest, or None."""
    parts = base[:2000].split(", ")
    for k in range(1, min(len(parts) - COMMA_NAMES + 1, COMMA_PARTS)):
        if all(one_full_name(part) for part in parts[k : k + COMMA_NAMES]):
            if k == 1:
                return None  # (the cut at the first comma is made for every line already)
            title = ", ".join(parts[:k])
            last = parts[k - 1].split()
            glued = " ".join(last[-2:])
            if len(title.split()) < 3 or looks_like_name_list(glued) >= 0.8 or one_full_name(glued):
                return None  # ("GPT Understands, Too Xiao Liu, …": a name glued to the title)
            return title, ", ".join(parts[k:])
    return None


def before_listed_names(base: str, least: int = NAMES_AFTER_GLUE) -> tuple[str, str] | None:
    """A title run straight into its list of authors ("Grad-CAM: … Localization Ramprasaath
    R. Selvaraju, Michael Cogswell, Abhishek Das"): the names after the first are all full
    names; the first is the words at the end of the title's part that are names (three at most,
    initials aside), up to a common word, and LEAST full names follow it. The title and the
    names, or None."""
    text = base.rstrip(" .;")
    if len(text) > 600 or ("," not in text and ";" not in text and " and " not in text):
        return None
    cuts = [(m.start(), m.end()) for m in _NAME_SEPARATOR.finditer(text)]
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(text)]
    k = len(starts)  # the trailing run of full names: parts k.. of the text
    while k > 1 and one_full_name(text[starts[k - 1] : ends[k - 1]]):
        k -= 1
    if len(starts) - k < least:
        return None
    first = text[: ends[k - 1]]  # the title, then the first name
    words = first.split(" ")
    taken, named = 0, 0
    for word in reversed(words):
        if not _NAME_TOKEN.fullmatch(word) or common_word(word.rstrip(".")):
            break
        initial = len(word.rstrip(".")) == 1
        if word.endswith(".") and not initial:
            break  # "Yugang. Jia": a stray point, no name's
        if not initial and (named == 3 or (named == 2 and _TITLE_NOUN_END.search(word))):
            break  # ("… Principal Directions Gus Tran": a title's noun before a full name)
        taken += 1
        named += not initial
    if named == 3 and not one_full_name(" ".join(words[len(words) - taken :])):
        taken -= 1  # "… Without Gradients Cyra Dalton": three words that are no one's name
    head = " ".join(words[: len(words) - taken])
    if named < 2 or len(head.split()) < 2 or not one_full_name(first[len(head) :]):
        return None
    if not _GLUED_TITLE_END.search(head) or _FUNCTION_WORD_END.search(head):
        return None  # "General Chairs: A, B", "… with talks from A, B": marked, or a sentence
    title = head.rstrip(" ,.;:")
    return (title, base[len(head) :].strip()) if len(title) >= 10 else None


_FIELD_GAP = lazy_re(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
# "Relevance based Language Models V. Lavrenko & W. B. Croft": a title run into names that
# begin with their initials, the first name's start plain where a full name's is not
_INITIALLED_TAIL = lazy_re(
    rf"(?<=[a-z0-9)?!’'])\s+({INITIALLED_NAME}(?:(?:\s*,|\s*&|,?\s+and)\s+{INITIALLED_NAME}){{0,30}})"
    r"[\s.]*$"
)
# names before the names: "A, Given" (a list's last given name, before its middle initial)
_GIVEN_NAME_LAST = lazy_re(r"[,;&]\s*(?:[A-Z][\w'’\-]+\s?){1,2}$|,[^,]*\band\s+[A-Z][\w'’\-]+$")
# "2001   Relevance based Language Models …": a year's column before the title
_YEAR_COLUMN = lazy_re(r"^(?:19|20)\d\d(?: {2,}|\t+)(?=\S)")


def _closes_unopened(text: str) -> bool:
    """Whether TEXT closes a bracket before it opens one ("Venue)Title")."""
    closing = text.find(")")
    return closing != -1 and not -1 < text.find("(") < closing


def year_column(text: str) -> str:
    """TEXT without the year's column before its title ("2001   Title …")."""
    column = _YEAR_COLUMN.match(text)
    return text[column.end() :] if column is not None else text


def before_initialled_names(base: str) -> tuple[str, str] | None:
    """The title and the names of a line that runs a title into names written with their
    initials first ("Title J. Allan, R. Papka & V. Lavrenko"), or None."""
    if len(base) > 600:
        return None
    found = _INITIALLED_TAIL.search(base, 10)
    if found is None or common_word(found.group(1).split()[-1]):
        return None
    if _GIVEN_NAME_LAST.search(base, 0, found.start()):
        return None  # "Ceren Budak, Justin M. Rao": a list of names, a middle initial in one
    head = base[: found.start()]
    if _FUNCTION_WORD_END.search(head):
        return None  # "Title by J. R. Whitfield": the byline's cut reads it
    return head, found.group(1)


def _cuts(base: str, add: Callable[..., None]) -> None:
    """The cuts of one base text: before ' by ', around dashes, parentheses, sentences."""
    # (what the patterns below need, looked for once: most of them are tried only then)
    yeared = "19" in base or "20" in base
    dashed = "-" in base or "–" in base or "—" in base or "~" in base
    opened = "(" in base or "（" in base
    glued = _BEFORE_CJK.match(base) if not base.isascii() else None
    if glued is not None:  # "paper title: Title 中文译名": the title before its translation
        add(glued.group(1), "before_cjk", base[glued.end() :])
    named = _NAMED_BEFORE_CJK.match(base) if not base.isascii() else None
    if named is not None:
        add(named.group(2), "paren_inner", named.group(1))
    glued = _GLUED_NAMES.search(base, 8)
    if glued is not None:  # "…Practical DeduplicationDutch T. Meyer, Microsoft Research; …"
        add(base[: glued.start()], "before_names", base[glued.start() :])
    titled = year_column(base)
    if titled != base and year_column(titled) == titled:
        _cuts(titled, add)  # the title's cuts, its year column aside (one column, no more)
    listed = before_listed_names(base) or before_initialled_names(base)
    if listed is not None:  # "Title Ramprasaath R. Selvaraju, Michael Cogswell, Abhishek Das"
        add(listed[0], "before_names", listed[1])
    commas = before_comma_names(base) if base.count(", ") >= COMMA_NAMES + 1 else None
    if commas is not None:  # "Self-RAG: Learning to Retrieve, Generate, …, Akari Asai, …"
        add(commas[0], "before_comma", commas[1])
    remark = coauthor_remark(base) if opened else None
    if remark is not None:  # "Title (with /A. Bee/, /C. Dee/). arXiv": who wrote it with the owner
        add(base[: remark[0]], "before_names", ", ".join(remark[2]))
    spaced = _AFFILIATED_NAME.search(base, 8) if "(" in base else None
    if (
        spaced is not None
        and len(base[: spaced.start(1)].split()) >= 3
        and one_full_name(spaced.group(1))  # not "… Understandable Consensus Algorithm (Raft)"
    ):
        # "Title Vincent Gramoli (University of Sydney), Rachid Guerraoui (EPFL)": a table's
        # title and author cells run together, a space apart
        add(base[: spaced.start(1)], "before_names", base[spaced.start(1) :])
    match = _byline(base)
    if match:
        _before_byline(match.group(1), match.group(2), add)
        when = _PAREN_TAIL.match(match.group(1)) if match.group(1).endswith(")") else None
        if when is not None and YEAR.search(when.group(2)):
            # "Title (2022, HotNets) by Dauterman, et. al.": when and where, then the byline
            add(when.group(1), "before_by", match.group(2))

    last = _BY_LAST.match(base) if " by " in base or " By " in base or " BY " in base else None
    if (
        last is not None
        and (match is None or last.group(1) != match.group(1))
        and _reads_as_byline(last.group(2))
    ):
        # the last " by " of a title with its own
        _before_byline(last.group(1), last.group(2), add)
    for match in list(_VENUE_YEAR_IN.finditer(base))[-2:]:
        if match.start() >= 10 and find_venue_year(match.group(0))[0]:
            add(base[: match.start()], "before_venue", base[match.start() :])
    glued = GLUED_YEAR_TAIL.search(base) if yeared and len(base) <= MAX_TITLE + 40 else None
    if glued is not None and len(base[: glued.start()].split()) >= 3:
        # "Title arXiv2022 Google", "Title MicroSoft2023": where and when, glued, then who
        add(base[: glued.start()], "before_venue", base[glued.start() :])
    underscored = _UNDERSCORED_VENUE.search(base) if "_" in base else None
    if underscored is not None and underscored.start() >= 2:
        # "Bag of Tricks for Image Classification_CVPR2018": a notes file's name for its paper
        add(base[: underscored.start()], "before_venue", underscored.group(1))
    for match in list(_DASHED_VENUE.finditer(base))[-2:] if dashed else []:
        if match.start() >= 10 and find_venue_year(base[match.end() :])[0]:
            add(base[: match.start()], "before_venue", base[match.end() :])
    for dated in (_YEAR_DATE_TAIL, _DASH_YEAR_TAIL, _YEAR_THEN_REMARK):
        match = dated.search(base) if yeared else None
        if match and len(base[: match.start()].split()) >= 3:
            add(base[: match.start()], "before_venue", base[match.start() :])
    match = _MONTH_YEAR_TAIL.search(base) if yeared else None
    if (
        match
        and len(base[: match.start()].split()) >= 3
        and not find_venue_year(base[max(0, match.start() - 40) :])[0]  # "… Surveys 2023"
    ):
        add(base[: match.start()], "before_venue", base[match.start() :])
    match = _IN_VENUE.search(base) if "In" in base else None
    if match and match.start() >= 10 and find_venue_year(base[match.end() :])[0]:
        add(base[: match.start()], "before_venue", base[match.end() :])
    if "，" in base:
        head, _, tail = base.partition("，")
        add(head, "before_cjk_comma", tail)
        _paren_cuts(head, add)  # "图注意力网络（Graph Attention Networks），ICLR 2018"
    for match in list(_COMMA.finditer(base))[:3]:
        if match.start() >= 6:
            add(base[: match.start()], "before_comma", base[match.end() :])
    colon = ":" in base or "：" in base
    match = _AUTHORS_LABEL.match(base) if colon else None
    if match:
        add(match.group(1), "before_authors", match.group(2))
    match = _SEMICOLON_NAMES.match(base) if ";" in base or "；" in base else None
    if match and len(match.group(1).split()) >= 2 and looks_like_name_list(match.group(2)) >= 0.8:
        add(match.group(1), "before_names", match.group(2))  # "Title;D. Bahdanau"
    match = (_FIELD_AFTER.match(base) or _CJK_FIELD_AFTER.match(base)) if colon else None
    if match:
        add(match.group(1), "before_field", match.group(2))
    match = _DASH.match(base) if dashed else None
    if match and not _subtitle_dash(base, match):
        add(match.group(1), "before_dash", match.group(2))
        add(match.group(2), "after_dash", match.group(1))
        tagged = after_bracket_tags(match.group(2))
        if tagged != match.group(2):  # "Ada Moss - [ICML] Title": who presents it, the venue
            add(tagged, "after_dash", match.group(1))
    match = _DASH_LAST.match(base) if dashed else None
    if match and not _subtitle_dash(base, match):
        add(match.group(1), "before_dash", match.group(2))
    match = CHINESE_LEAD_DASH.match(base) if not base.isascii() else None
    if match:  # "Transformer用于目标检测- End-to-End Object Detection with Transformers"
        lead, english = glossed_parts(match)
        add(english, "after_dash", lead)
    match = (
        (
            _CITED_BEFORE_DASH.match(base)
            or _CITED_BEFORE_REMARK.match(base)
            or _CITED_BEFORE_SENTENCE.match(base)
        )
        if opened and yeared
        else None
    )
    if match:  # "Title (A, B and C, 2015) — This paper presents ...", "… 2023). Read pgs. 2-6"
        add(match.group(1), "before_paren", match.group(2))
    _paren_cuts(base, add)
    if not base.isascii():
        _before_tagged_parens(base, add)
    meta = _TRAIL_PAREN_META.search(base) if opened or "[" in base else None
    if meta and meta.start() > 4:
        add(base[: meta.start()], "before_paren", base[meta.start() :])
        _paren_cuts(base[: meta.start()], add)  # "Title (中文译名) (Oral)": the gloss too
    match = _PAREN_LEAD.match(base) if base.startswith(("(", "（")) else None
    if match:
        add(match.group(2), "after_paren", match.group(1))
    match = _BRACKET_TAIL.match(base) if "[" in base else None
    if match:
        add(match.group(1), "before_bracket")
    gapped = _FIELD_GAP.split(base.strip()) if "  " in base or "\t" in base else []
    if len(gapped) > 1:  # "Title  Rupert Miller  1974  2,352 citations": a table copied as text
        add(gapped[0], "pipe_first", " | ".join(gapped[1:]))
    if "|" in base:
        parts = [p for p in base.split("|") if p.strip()]
        for k, part in enumerate(parts[:4]):
            add(part, "pipe_first" if k == 0 else "pipe_part", "|".join(parts[k + 1 :]))
    ended = "." in base or "?" in base or "!" in base  # (no sentence ends else: one part)
    sentences = [s for s in (_SENTENCE.split(base) if ended else [base]) if s.strip()]
    # a citation's initials ("Daniel Y. Fu") split its names many times: its title is still
    # the first sentence when names follow it (never so in a long paragraph of prose)
    cited = len(sentences) > 8 and _NAMES_START.match(sentences[1].strip()) is not None
    if 1 < len(sentences) <= 8 or cited:
        for k, sentence in enumerate(sentences[: 1 if cited else 4]):
            rest = " ".join(sentences[:k] + sentences[k + 1 :])
            add(sentence, f"sentence{min(k, 2)}", rest)
