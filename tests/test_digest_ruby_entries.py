"""The reader of reference databases written as Ruby calls ("entry!('key', title('…'), …)")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import digest_all_found as _all_found
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND

from papercli.importers.digest.ruby_entries import ruby_entries_as_bibtex


def _database() -> str:
    page = "# encoding: utf-8\n\n"
    page += f"entry!('moss2017folding',\n  title('{TITLES[0]}'),\n"
    page += f"  author('{FIRST[0]} and {SECOND[0]}'),\n  arxiv(2017, '1707.00061'),\n)\n\n"
    page += f"entry!('quill2014quiet',\n  author('{FIRST[1]} and Bernhard Sch{{\\\"o}}lkopf'),\n"
    page += f"  title('{TITLES[1]}'),\n  recsys(2014),\n)\n\n"
    page += f"entry!('tarn2012ledger',\n  title('{TITLES[2]}'),\n  author('{FIRST[2]}'),\n"
    page += "  article('Decision Support Systems', 2012, 53), pages(418, 424),\n)\n\n"
    page += f"entry!('reed2015slow',\n  title('{TITLES[3]} in New York City\\'s Parks'),\n"
    page += f"  author('{FIRST[3]}'),\n  inproceedings('ACM Conference on Economics', 2015),\n)\n"
    return page


def test_a_ruby_reference_database_gives_each_entrys_fields() -> None:
    slow = f"{TITLES[3]} in New York City's Parks"
    found = _all_found(_database(), [*TITLES[:3], slow])
    assert found[TITLES[0]]["arxiv_id"] == "1707.00061"
    assert found[TITLES[0]]["year"] == 2017
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]
    assert found[TITLES[1]]["authors"] == [FIRST[1], "Bernhard Schölkopf"]
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("RecSys", 2014)
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == (
        "Decision Support Systems",
        2012,
    )
    assert found[slow]["venue"] == "ACM Conference on Economics"


def test_the_entries_keep_the_pages_line_count() -> None:
    page = _database()
    written = ruby_entries_as_bibtex(page)
    assert written != page
    assert written.count("\n") == page.count("\n")
    assert "@inproceedings{quill2014quiet, " in written


def test_two_entry_calls_are_no_database() -> None:
    page = "entry!('a', title('One Title Here'))\nentry!('b', title('Two Title Here'))\n"
    assert ruby_entries_as_bibtex(page) == page


def test_an_entry_never_closed_ends_the_reading() -> None:
    page = _database() + "entry!('open', title('Never Closed'\n" + "x" * 6000
    written = ruby_entries_as_bibtex(page)
    assert written.endswith("x" * 6000)
    assert "@misc{moss2017folding, " in written


@given(st.text(alphabet="entry!('x), title(\"\\\n 12", max_size=300))
def test_any_text_reads_without_error_and_keeps_its_lines(text: str) -> None:
    written = ruby_entries_as_bibtex(text)
    assert written.count("\n") == text.count("\n")


def test_code_arguments_are_cut_at_top_level_commas_only() -> None:
    from papercli.importers.digest.code_args import top_level_parts

    text = "a, \"b, c\", [d, e], f(g, h), 'i\\', j', `k, l`,"
    assert top_level_parts(text) == ["a", '"b, c"', "[d, e]", "f(g, h)", "'i\\', j'", "`k, l`"]
