"""The author-name-list parser: made-up lists in every layout, junk, and properties."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.importers.names import (
    looks_like_name_list,
    parse_names,
    read_name_list,
    split_name_list,
)

# --------------------------------------------------------------------------------------------
# Separators


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ann Kowal, Bert Nyqvist and Cora Pell", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("Ann Kowal, Bert Nyqvist, and Cora Pell", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("Ann Kowal and Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal & Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal; Bert Nyqvist; Cora Pell", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("Ann Kowal,Bert Nyqvist,Cora Pell", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("Ann Kowal、Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal，Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal\nBert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal<br>Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
    ],
)
def test_separators(text: str, names: list[str]) -> None:
    assert parse_names(text) == names


def test_the_name_after_comma_and_is_kept() -> None:
    assert parse_names("Dov Arkin, Eli Brand, and Fay Corwin")[-1] == "Fay Corwin"


# --------------------------------------------------------------------------------------------
# et al.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gil Dorsey et al.", ["Gil Dorsey"]),
        ("Gil Dorsey et al", ["Gil Dorsey"]),
        ("Gil Dorsey et. al.", ["Gil Dorsey"]),
        ("Gil Dorsey et.al.", ["Gil Dorsey"]),
        ("Gil Dorsey, Hal Ennis, et al.", ["Gil Dorsey", "Hal Ennis"]),
        ("Gil Dorsey and others", ["Gil Dorsey"]),
        ("Dorsey et al.", ["Dorsey"]),
        ("Dorsey et al., 2019", ["Dorsey"]),
        ("(Dorsey et al., 2019)", ["Dorsey"]),
        ("Gil Dorsey et al. arXiv.", ["Gil Dorsey"]),
        ("Paper: Gil Dorsey et al. A Made-Up Title.", ["Gil Dorsey"]),
        ("Gil Dorsey et al. A Made-Up Title About Things. In ICML 2020.", ["Gil Dorsey"]),
        ("王小明等", ["王小明"]),
        ("王小明等人", ["王小明"]),
        ("Gil Dorsey 等", ["Gil Dorsey"]),
    ],
)
def test_et_al_ends_the_list(text: str, names: list[str]) -> None:
    assert parse_names(text) == names


# --------------------------------------------------------------------------------------------
# Name orders and initials


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kowal, Ann and Nyqvist, Bert", ["Ann Kowal", "Bert Nyqvist"]),
        ("Kowal, Ann; Nyqvist, Bert", ["Ann Kowal", "Bert Nyqvist"]),
        ("Kowal, Ann M. and Nyqvist, B.", ["Ann M. Kowal", "B. Nyqvist"]),
        ("Kowal, Ann, Bert Nyqvist, et al.", ["Ann Kowal", "Bert Nyqvist"]),
        ("Kowal, Ann, et al.", ["Ann Kowal"]),
        ("Kowal, Ann, and Bert Nyqvist.", ["Ann Kowal", "Bert Nyqvist"]),
        ("Kowal, A., Nyqvist, B., & Pell, C.", ["A. Kowal", "B. Nyqvist", "C. Pell"]),
        ("Kowal, Nyqvist, Pell", ["Kowal", "Nyqvist", "Pell"]),
        ("Kowal, Christopher M.", ["Christopher M. Kowal"]),  # MLA: one author, inverted
        ("Kowal, Nyqvist", ["Kowal", "Nyqvist"]),
        ("A. B. Kowal, C. Nyqvist", ["A. B. Kowal", "C. Nyqvist"]),
        ("Kowal A.B., Nyqvist C.", ["A.B. Kowal", "C. Nyqvist"]),  # Vancouver order: display names
        ("B Kowal and C D Nyqvist", ["B Kowal", "C D Nyqvist"]),
        ("A.Jon Kowal Jr., Bert Nyqvist", ["A.Jon Kowal Jr.", "Bert Nyqvist"]),
        ("Ann Kowal, P.N.Nyqvist", ["Ann Kowal", "P.N.Nyqvist"]),
        ("Joan P. Company-Kowal et al.", ["Joan P. Company-Kowal"]),
        ("Chi Kowal, Bert Nyqvist", ["Chi Kowal", "Bert Nyqvist"]),
        ("Kung\u2011Hsiang Kowal, Bert Nyqvist", ["Kung-Hsiang Kowal", "Bert Nyqvist"]),
        ("He, Zhang, Ren, Sun", ["He", "Zhang", "Ren", "Sun"]),
        ("DongDong Kowal, YanTao Nyqvist", ["DongDong Kowal", "YanTao Nyqvist"]),
        ("Fernando CN Kowal, AKM Nyqvist", ["Fernando CN Kowal", "AKM Nyqvist"]),
        ("Martin Kowal, Jr. and Bert Nyqvist", ["Martin Kowal Jr.", "Bert Nyqvist"]),
        ("Jan van der Kowal and Ludo von Nyqvist", ["Jan van der Kowal", "Ludo von Nyqvist"]),
        ("Anne-Sophie Kowal-Pell, Bo O'Nyqvist", ["Anne-Sophie Kowal-Pell", "Bo O'Nyqvist"]),
        (
            "U. Kowal, M. Nyqvist, and K. Pell: A Made-Up Title",
            ["U. Kowal", "M. Nyqvist", "K. Pell"],
        ),
    ],
)
def test_orders_and_initials(text: str, names: list[str]) -> None:
    assert parse_names(text) == names


# --------------------------------------------------------------------------------------------
# LaTeX, markup, accents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('B. Sch\\"{a}fl and Ann Kowal', ["B. Schäfl", "Ann Kowal"]),
        ("{\\'E}mile Kowal, Bert Nyqvist", ["Émile Kowal", "Bert Nyqvist"]),
        ("\\c{C}a\\u{g}lar Kowal and Bert Nyqvist", ["Çağlar Kowal", "Bert Nyqvist"]),
        ('M{\\"u}ller, Ann and Nyqvist, Bert', ["Ann Müller", "Bert Nyqvist"]),
        ("Zoë Kowal, Bjørn Nyqvist, Màtyàs Pell", ["Zoë Kowal", "Bjørn Nyqvist", "Màtyàs Pell"]),
        ("[Ann Kowal](https://ak.example.org/), Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("**Ann Kowal**, *Bert Nyqvist*, _Cora Pell_", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("<b>Ann Kowal</b>, <i>Bert Nyqvist</i>", ["Ann Kowal", "Bert Nyqvist"]),
        ("*Ann Kowal, Bert Nyqvist.* Preprint'25", ["Ann Kowal", "Bert Nyqvist"]),
        # "+" marks equal contribution, "*" the corresponding author
        ("Ann Kowal+, Bert Nyqvist+, and Cora Pell*", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("👥 Ann Kowal, Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),  # an emoji label
    ],
)
def test_latex_and_markup(text: str, names: list[str]) -> None:
    assert parse_names(text) == names


# --------------------------------------------------------------------------------------------
# CJK


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("张三、李四", ["张三", "李四"]),
        ("张三，李四，王小明", ["张三", "李四", "王小明"]),
        ("张三; 李四", ["张三", "李四"]),
        ("张三和李四", ["张三", "李四"]),
        ("张三、李四与王小明", ["张三", "李四", "王小明"]),
        ("主讲人：王小明", ["王小明"]),
        ("李四、张三", ["李四", "张三"]),
        ("欧阳小明，司马光", ["欧阳小明", "司马光"]),
        ("张三，清华大学", ["张三"]),
        ("张三†，李四*", ["张三", "李四"]),
        ("作者：张三、李四", ["张三", "李四"]),
        ("作者: 张三（某某大学）、李四（某某研究院）", ["张三", "李四"]),
    ],
)
def test_cjk_names_keep_their_order(text: str, names: list[str]) -> None:
    assert parse_names(text) == names


# --------------------------------------------------------------------------------------------
# Affiliations, labels and trailing text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ann Kowal1, Bert Nyqvist2", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal1,2, Bert Nyqvist2,3", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal¹, Bert Nyqvist²*", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal†, Bert Nyqvist‡, Cora Pell✉", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("Ann Kowal$^{1}$, Bert Nyqvist$^{2}$", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal<sup>1</sup>, Bert Nyqvist<sup>1,2</sup>", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal,1Bert Nyqvist,2*Cora Pell1", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("*Ann Kowal, Bert Nyqvist* \\", ["Ann Kowal", "Bert Nyqvist"]),
        ("*Ann Kowal, Bert Nyqvist*\\", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal\\*, Bert Nyqvist\\*", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal (Acme University). arXiv.", ["Ann Kowal"]),
        ("Ann Kowal, Bert Nyqvist (Acme Instit", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal (Google), Bert Nyqvist (Acme University)", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal [MIT] and Bert Nyqvist [CMU]", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist, Google Research", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist, Acme University", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist. Preprint", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal and Bert Nyqvist. In NeurIPS 2020.", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal and Bert Nyqvist. 2019.", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal and Bert Nyqvist (2019)", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist, Arxiv 2024", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist, CVPR 2023", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist, Honorable Mention", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist https://example.org/paper.pdf", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal <ak@example.org>, Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist | [pdf] | [code]", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist (*: equal contribution)", ["Ann Kowal", "Bert Nyqvist"]),
        ("Authors: Ann Kowal, Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("**Authors**: Ann Kowal, Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Author(s): Ann Kowal", ["Ann Kowal"]),
        ("By Ann Kowal and Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("by Ann Kowal", ["Ann Kowal"]),
        (", by Ann Kowal and Bert Nyqvist (2019)", ["Ann Kowal", "Bert Nyqvist"]),
        ('"A Made-Up Title" by Ann Kowal et al.', ["Ann Kowal"]),
        ("A Made-Up Title by Ann Kowal, Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        (". Ann Kowal, Bert Nyqvist. ICML 2019.", ["Ann Kowal", "Bert Nyqvist"]),
        ("- Ann Kowal, Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("作者：Ann Kowal, Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("作者 | Ann Kowal、Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal, Bert Nyqvist（某某大学、某某公司）", ["Ann Kowal", "Bert Nyqvist"]),
    ],
)
def test_affiliations_labels_and_tails_are_dropped(text: str, names: list[str]) -> None:
    assert parse_names(text) == names


# --------------------------------------------------------------------------------------------
# Junk


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "This year's award went to a team that studied how models learn.",
        "we propose a new method for learning representations",
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Large Language Models",
        "Stretching and Folding",
        "Pyramid Blender: A Made-Up Title",
        "Learning From Noisy Crowds",
        "Think Twice Before You Leap",
        "Sparse Attention Meets Graph Rewiring",
        "Robust Point Cloud Segmentation",
        "ZQ-X9QA",
        "ChatBot",
        "Honorable Mention",
        "Outstanding Paper Award",
        "Runner-Up",
        "Kowal",  # one bare word is a surname only with "et al."
        "2019",
        "https://example.org/a/b",
        "[pdf] [code]",
        "这是一篇关于深度学习的论文",
        "Acme University",
    ],
)
def test_junk_is_not_a_name_list(text: str) -> None:
    assert parse_names(text) == []
    assert looks_like_name_list(text) == 0.0


def test_looks_like_name_list_ranks_lists_above_mixed_text() -> None:
    clean = looks_like_name_list("Ann Kowal, Bert Nyqvist and Cora Pell")
    mixed = looks_like_name_list("Ann Kowal and Bert Nyqvist. A Made-Up Title About Graphs.")
    assert clean == 1.0
    assert 0.0 < mixed < clean


def test_split_name_list_splits_without_judging() -> None:
    assert split_name_list("a b, c d and e f") == ["a b", "c d", "e f"]


# --------------------------------------------------------------------------------------------
# Properties

_SYLLABLES = ["ka", "zy", "xo", "vi", "qe", "jar", "wyn", "tov", "rix", "dal", "mek", "sor"]
_token = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3).map(
    lambda parts: "".join(parts).capitalize()
)
_latin_name = st.lists(_token, min_size=2, max_size=3).map(" ".join)
_han = st.sampled_from(list("张李王赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施"))
_cjk_name = st.lists(_han, min_size=2, max_size=3).map("".join)


@given(st.lists(_latin_name, min_size=1, max_size=8), st.sampled_from(["comma", "and", "semi"]))
@settings(max_examples=200)
def test_latin_lists_round_trip(names: list[str], style: str) -> None:
    if style == "comma":
        text = ", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1]
        text = names[0] if len(names) == 1 else text
    elif style == "and":
        text = " and ".join(names)
    else:
        text = "; ".join(names)
    assert parse_names(text) == names


@given(
    st.lists(_latin_name, min_size=2, max_size=6),
    st.sampled_from([". Preprint", ". In ICML 2021.", " (2019)", ", arXiv 2024", ". 2020."]),
)
@settings(max_examples=100)
def test_trailing_venue_and_year_do_not_change_the_names(names: list[str], tail: str) -> None:
    assert parse_names(", ".join(names) + tail) == names


@given(st.lists(_latin_name, min_size=1, max_size=6), st.integers(min_value=1, max_value=5))
@settings(max_examples=100)
def test_et_al_keeps_the_names_before_it(names: list[str], cut: int) -> None:
    kept = names[: min(cut, len(names))]
    assert parse_names(", ".join(kept) + " et al.") == kept


@given(st.lists(_cjk_name, min_size=1, max_size=8), st.sampled_from(["、", "，", ", "]))
@settings(max_examples=100)
def test_cjk_lists_round_trip(names: list[str], separator: str) -> None:
    assert parse_names(separator.join(names)) == names


@given(st.lists(st.tuples(_token, _token), min_size=2, max_size=6))
@settings(max_examples=100)
def test_bibtex_order_is_flipped(pairs: list[tuple[str, str]]) -> None:
    text = " and ".join(f"{last}, {first}" for first, last in pairs)
    assert parse_names(text) == [f"{first} {last}" for first, last in pairs]


@given(st.text(max_size=400))
@settings(max_examples=300)
def test_any_text_gives_clean_names_and_a_score(text: str) -> None:
    names = parse_names(text)
    assert all(name and name == name.strip() for name in names)
    assert all(sep not in name for name in names for sep in (",", ";", "、", "\n"))
    assert 0.0 <= looks_like_name_list(text) <= 1.0


@given(st.lists(st.sampled_from(["the", "of", "model", "we", "learn", "data", "a"]), min_size=3))
def test_lower_case_sentences_are_rejected(words: list[str]) -> None:
    assert parse_names(" ".join(words) + ".") == []


# --------------------------------------------------------------------------------------------
# Record formats (JSON / CSV author fields) use the parser where the old split went wrong


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("Ann Kowal, Bert Nyqvist, and Cora Pell", ["Ann Kowal", "Bert Nyqvist", "Cora Pell"]),
        ("Ann Kowal & Bert Nyqvist", ["Ann Kowal", "Bert Nyqvist"]),
        ("Ann Kowal et al.", ["Ann Kowal"]),
        ("张三、李四", ["张三", "李四"]),
        ('Sch\\"{a}fl, Bert and Kowal, Ann', ["Bert Schäfl", "Ann Kowal"]),
        ("Ann Kowal1, Bert Nyqvist2", ["Ann Kowal", "Bert Nyqvist"]),
        # Unchanged: the old split, and text the parser would drop is kept.
        ("Vaswani, Ashish", ["Ashish Vaswani"]),
        ("John Smith, Jr.; Ann Lee", ["John Smith, Jr.", "Ann Lee"]),
        ("Acme Research & Ann Kowal", ["Acme Research & Ann Kowal"]),
        ("danah boyd", ["danah boyd"]),
    ],
)
def test_record_author_fields(authors: str, expected: list[str]) -> None:
    from papercli.importers.records import parse_json

    result = parse_json(json.dumps([{"title": "T", "authors": authors}]), None)
    assert result.papers[0].authors == expected


@given(st.lists(_latin_name, min_size=1, max_size=6))
@settings(max_examples=50)
def test_read_name_list_agrees_with_its_parts(names: list[str]) -> None:
    text = ", ".join(names)
    assert read_name_list(text) == (parse_names(text), looks_like_name_list(text))


@pytest.mark.parametrize(
    "text",
    [
        "A. " * 7000,
        "[" * 20000,
        "a" * 20000,
        "a@" * 10000,
        "(" * 10000 + ")" * 10000,
        "\\'{e}" * 5000,
        "张三、" * 7000,
        "Ann Kowal, " * 2000,
        "Ann " + "ab " * 7000 + "x1",
    ],
)
def test_long_adversarial_inputs_are_read(text: str) -> None:
    """Every pattern is linear: these 20,000-character inputs come back at once."""
    names, score = read_name_list(text)
    assert all(name.strip() for name in names) and 0.0 <= score <= 1.0


_TRICKY = st.lists(
    st.sampled_from(
        [
            *"AaBbKkOo .,;:()[]{}<>\\*_&|-'\"、，；：（）【】等张李王@/#$^~0129\n",
            *("et al.", " and ", " by ", "http://x.org/", "<sup>1</sup>", "\\'{e}", "[A](u)"),
            *("Jr.", "Ann ", "Kowal", "Nyqvist"),
        ]
    ),
    max_size=80,
).map("".join)


@given(_TRICKY)
@settings(max_examples=400)
def test_markup_soup_never_breaks_the_parser(text: str) -> None:
    names, score = read_name_list(text)
    assert all(name and name == name.strip() for name in names)
    assert all(sep not in name for name in names for sep in (",", ";", "、", "\n", "<", ">"))
    assert 0.0 <= score <= 1.0


# --------------------------------------------------------------------------------------------
# The shipped vocabulary is the one the script fits (needs ../shared; skipped without it)

_EVAL = Path(__file__).resolve().parents[1] / "benchmarks" / "names_eval.py"
_REAL = Path(__file__).resolve().parents[1].parent / "shared" / "digests" / "real"


@pytest.mark.skipif(not _REAL.is_dir(), reason="../shared/digests/real not available")
def test_title_words_are_the_fitted_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("names_eval", _EVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "names_eval", module)  # its dataclasses look it up
    spec.loader.exec_module(module)
    from papercli.importers import names

    assert frozenset(module.title_words()) == names._TITLE_WORDS


def test_a_chinese_name_glossed_in_latin_script_is_read_by_its_latin_spelling() -> None:
    assert parse_names("何凱明 (Kaiming He), Microsoft") == ["Kaiming He"]
    assert parse_names("張翔宇(Xiangyu Zhang), 孙剑") == ["Xiangyu Zhang", "孙剑"]
    assert parse_names("劉壯 (Zhuang Liu) , 清華大學 (Tsinghua University)") == ["Zhuang Liu"]


def test_one_common_word_before_et_al_is_a_surname() -> None:
    assert parse_names("Edge et al., 2024") == ["Edge"]
    assert parse_names("Ho et al. (2020)") == ["Ho"]
    assert parse_names("Deep Learning") == []


def test_the_people_who_present_or_host_a_paper_are_not_its_authors() -> None:
    assert parse_names("In ACL 2020, presented by Xiong An Lee and Tongyao Zhu") == []
    assert parse_names("Reading group, hosted by Ann Lee") == []
    assert parse_names('"A Title" by Ann Lee and Bo Chen') == ["Ann Lee", "Bo Chen"]


def test_an_initial_makes_a_common_word_a_surname() -> None:
    assert parse_names("K. He and X. Zhang") == ["K. He", "X. Zhang"]
    assert parse_names("He, K., & Zhang, X.") == ["K. He", "X. Zhang"]
    assert parse_names("A. Survey") == []


def test_names_split_by_bars_with_their_chinese_forms() -> None:
    assert parse_names("Jiayu Ding (丁佳玙) | Siyuan Wang (王思远) | Xuanjing Huang (黄萱菁)") == [
        "Jiayu Ding",
        "Siyuan Wang",
        "Xuanjing Huang",
    ]
    assert parse_names("Junfei Ren | Tong Zhu | Wenliang Chen") == [
        "Junfei Ren",
        "Tong Zhu",
        "Wenliang Chen",
    ]
    assert parse_names("A. Smith, Bo Li | Paper | Code") == ["A. Smith", "Bo Li"]


def test_a_name_list_that_runs_on_into_its_sentence_ends_at_the_verb() -> None:
    text = "Alex Krizhevsky, Ilya Sutskever, and Geoffrey Hinton demonstrated the power of CNNs."
    assert parse_names(text) == ["Alex Krizhevsky", "Ilya Sutskever", "Geoffrey Hinton"]
    assert parse_names("Ada Quill, Ben Rowe and Ludwig van Beethoven") == [
        "Ada Quill",
        "Ben Rowe",
        "Ludwig van Beethoven",
    ]
    # a title is no name list for its capitals: one part never runs on into a sentence
    assert parse_names("Deep Residual Learning for Image Recognition") == []


def test_names_set_apart_by_pipes_as_an_anthology_lists_them() -> None:
    assert parse_names("Jacob Devlin | Ming-Wei Chang | Kenton Lee | Kristina Toutanova") == [
        "Jacob Devlin",
        "Ming-Wei Chang",
        "Kenton Lee",
        "Kristina Toutanova",
    ]


def test_a_long_run_of_chinese_without_a_dot_is_no_name() -> None:
    assert parse_names("建立深度学习的知识网") == []
    assert parse_names("于宁·曹、格尔德·科图姆") == ["于宁·曹", "格尔德·科图姆"]
    assert parse_names("欧阳娜娜、张三") == ["欧阳娜娜", "张三"]


def test_a_stray_point_after_a_name_leaves_no_trailing_space() -> None:
    # found by the markup-soup property above: "A Jr. ." kept the space before its point
    names = parse_names("Jr.\\.,A")
    assert all(name == name.strip() for name in names)


def test_a_name_list_read_twice_is_a_fresh_list_each_time() -> None:
    from papercli.importers.names import read_name_list

    first, share = read_name_list("Ada Quill, Ben Rowe and Cy Lund")
    first.append("Not A Name")
    again, again_share = read_name_list("Ada Quill, Ben Rowe and Cy Lund")
    assert again == ["Ada Quill", "Ben Rowe", "Cy Lund"]
    assert again_share == share


def test_a_form_of_address_is_no_part_of_a_name() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Kevin Krings (Univ. of Siegen), Prof. Dr. Thomas Ludwig (Siegen)") == [
        "Kevin Krings",
        "Thomas Ludwig",
    ]
    assert parse_names("Dr. Ada Quill and Prof. Ben Rowe") == ["Ada Quill", "Ben Rowe"]
    assert parse_names("Drew Houston and Ada Quill") == ["Drew Houston", "Ada Quill"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("DAVID GOLDBERG, et al.", ["DAVID GOLDBERG"]),
        (
            "Ben Eysenbach, XINYANG GENG, Sergey Levine",
            ["Ben Eysenbach", "XINYANG GENG", "Sergey Levine"],
        ),
        ("GUILLAUME SALHA-GALVAN", ["GUILLAUME SALHA-GALVAN"]),
        ("BENGIO Y, DUCHARME R", ["BENGIO Y", "DUCHARME R"]),
    ],
)
def test_names_in_capitals_are_names_as_written(text: str, names: list[str]) -> None:
    assert parse_names(text) == names


@pytest.mark.parametrize("text", ["BEST PAPER AWARD", "NEURAL MACHINE TRANSLATION", "MIT CSAIL"])
def test_capitals_that_name_no_one_are_no_names(text: str) -> None:
    assert parse_names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ashwin Devaraj, William Berkeley Sheffield, Byron C Wallace and Junyi Jessy Li",
            ["Ashwin Devaraj", "William Berkeley Sheffield", "Byron C Wallace", "Junyi Jessy Li"],
        ),
        (
            "Cheng Liu, Lei He, Huawei Li, Xiaowei Li.",
            ["Cheng Liu", "Lei He", "Huawei Li", "Xiaowei Li"],
        ),
        ("Ada Moss, Google Brain, Ben Lee", ["Ada Moss", "Ben Lee"]),
        ("Ada Moss, UC Berkeley, Ben Lee", ["Ada Moss", "Ben Lee"]),
        ("Ada Moss, Stanford University, Ben Lee", ["Ada Moss", "Ben Lee"]),
    ],
)
def test_a_person_named_like_a_place_among_persons_is_kept(text: str, names: list[str]) -> None:
    # one word of an affiliation ("Berkeley", "Huawei") in a name between names is the
    # person's; a company's or a school's name between them is not a person
    assert parse_names(text) == names


def test_an_elided_middle_of_a_name_list_is_skipped() -> None:
    # "A, B, C, ..., Y, Z": a digest leaves the middle authors out; the last ones still count
    for dots in ("...", "…"):
        assert parse_names(f"Ada Moss, Ivo Quill, Lea Stone, {dots}, Ken Ward, Jo Vance") == [
            "Ada Moss",
            "Ivo Quill",
            "Lea Stone",
            "Ken Ward",
            "Jo Vance",
        ]


def test_every_name_surname_first_with_and_before_the_last_pair_is_read_in_pairs() -> None:
    # MLA: "Quill, Mara, Renn, Tobias, and Wen, Lin E." (not a list of surnames alone)
    from papercli.importers.names import parse_names

    assert parse_names("Quill, Mara, Renn, Tobias, and Wen, Lin E.") == [
        "Mara Quill",
        "Tobias Renn",
        "Lin E. Wen",
    ]
    assert parse_names("Quill, Mara, and Renn, Tobias") == ["Mara Quill", "Tobias Renn"]
    assert parse_names("He, Zhang, Ren, and Sun") == ["He", "Zhang", "Ren", "Sun"]
