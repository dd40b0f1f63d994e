"""Conventions shared by real pages read for errors in stop 90, written afresh with made-up
titles and names."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.conftest import digest_all_found as _all_found
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND


def _slug(title: str) -> str:
    return "-".join(title.lower().replace(":", "").split())


def test_a_notes_apps_table_of_links_to_slugged_pages_takes_the_shown_titles() -> None:
    page = (
        "# NEURIPS Papers\n\n- Papers: 4\n\n| Paper | Year | Field |\n|---|---:|---|\n"
        + "".join(
            f"| [[library/papers/2024-{_slug(title)}\\|{title}]] | [[library/years/2024\\|2024]] "
            f"| [[library/fields/mapping\\|Mapping]] |\n"
            for title in TITLES
        )
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["year"] == 2024
    assert found[TITLES[0]]["venue"] == "NeurIPS"
    assert "Papers: 4" not in found[TITLES[0]]["topics"]


def test_a_programmes_csv_rows_of_no_paper_are_passed_over_and_its_tracks_are_topics() -> None:
    header = "date,format,startTime,sessionName,sessionTracks,paperID,paperTitle,paperAuthors\n"
    plenary = '"Monday May 4, 2026",plenary,10:45,Opening Remarks,,,,\n'
    rows = "".join(
        f'"Monday May 4, 2026",zoom,12:00,Session 1A,Orchards and Maps,{400 + k},{title},'
        f'"{FIRST[k]}, {SECOND[k]} and Ivy Stone"\n'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(header + plenary + rows, TITLES)
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1], "Ivy Stone"]
    assert found[TITLES[1]]["topics"] == ["Orchards and Maps"]


def test_a_space_before_the_comma_after_the_names_keeps_the_title_whole() -> None:
    page = "## Sources\n\n" + "".join(
        f"* {name.split()[1]} et al. , 2022, {title}: https://arxiv.org/abs/2203.1{k}533\n"
        for k, (name, title) in enumerate(zip(FIRST, TITLES, strict=True))
    )
    page += "* Cloud documentation: https://cloud.example.com/docs/overview\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["authors"] == ["Tarn"]
    assert found[TITLES[2]]["year"] == 2022
    assert found[TITLES[2]]["arxiv_id"] == "2203.12533"


def test_a_scripts_pushed_citation_strings_are_its_papers() -> None:
    page = "var x = [];\n\n" + "".join(
        f'x.push("{k + 1}.\\t{one.split()[1].upper()}, {one[0]}. ; '
        f"{two.split()[1].upper()}, {two[0]}.. {title}. Em: Escola Regional de Pomares, 2018, "
        f'Rio Grande. Anais da Escola, v. 1, p. 1-4, 2018. ");\n\n'
        for k, (one, two, title) in enumerate(zip(FIRST, SECOND, TITLES, strict=True))
    )
    found = _all_found(page, TITLES)
    assert len(found[TITLES[1]]["authors"]) == 2
    assert found[TITLES[0]]["year"] == 2018


def _citation(k: int, title: str) -> str:
    return (
        f"{FIRST[k].split()[1]}, {FIRST[k][0]}., &amp; {SECOND[k].split()[1]}, {SECOND[k][0]}. "
        f"({2001 + k}). {title}. Proceedings of the Orchard Conference, 211–218."
    )


def test_a_docs_pages_function_links_before_citations_in_brackets_are_no_titles() -> None:
    items = "".join(
        f'<li><p><a class="reference internal" href="rank.html#pkg.f{k}" title="pkg.f{k}">'
        f'<code class="xref py py-func"><span class="pre">score_{k}()</span></code></a> '
        f"({_citation(k, title)})</p></li>\n"
        for k, title in enumerate(TITLES)
    )
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head><title>Results - docs</title></head>\n'
        '<body><nav><ul><li><a href="index.html">Home</a></li></ul></nav>\n'
        '<div role="main" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
        '<div itemprop="articleBody">\n<section id="results">\n<h1>Results from papers</h1>\n'
        f'<ul class="simple">\n{items}</ul>\n</section>\n</div>\n</div>\n</body>\n</html>\n'
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["year"] == 2002


def test_a_markdown_lists_code_names_before_citations_in_brackets_are_no_titles() -> None:
    page = "# Results from papers\n\n" + "".join(
        f"- `pkg.score_{k}()` ({_citation(k, title).replace('&amp;', '&')})\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[3]]["year"] == 2004


def _abstract(k: int) -> str:
    return (
        f'"Many recent approaches rely on large corpora. We study {k} of them, and show that '
        f'a ""simple"" method works. Our results hold across 9 benchmarks."'
    )


def test_a_csv_with_an_empty_header_row_reads_its_columns_from_their_cells() -> None:
    page = ",,,,,,\n" + "".join(
        f'WS26_{k + 1},{title},{_abstract(k)},"{FIRST[k]}, {SECOND[k]}",'
        f'"a{k}@x.org, b{k}@y.org",,\n'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["authors"] == [FIRST[2], SECOND[2]]


def test_a_csv_cut_without_its_header_takes_the_repeated_column_as_topics() -> None:
    tracks = ["Machine Learning for Orchards", "Mapping and Lidar"] * 2
    page = "".join(
        f'{3600 + k},{title},"{FIRST[k]}, {SECOND[k]} and Ivy Stone",{tracks[k]},Accept,'
        f"{_abstract(k)},Long\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1], "Ivy Stone"]
    assert found[TITLES[1]]["topics"] == [tracks[1]]


def test_prose_in_a_csv_shape_is_not_read_as_a_headerless_file() -> None:
    page = (
        "We met on Monday, as planned, and read three papers.\n"
        "The first, on maps, was long, dense and hard to follow.\n"
        "The second, on lidar, was short, clear and fun to read.\n"
        "The third, on orchards, was neither, nor, as far as we saw.\n"
    )
    assert _all_found(page, []) == {}


def test_a_labs_news_of_a_paper_on_a_title_to_appear_names_that_paper() -> None:
    page = "".join(
        f"- date: 0{k + 1} June 2021\n  headline: A paper on {title} is to appear in "
        f'Biometrika (<a href="https://arxiv.org/pdf/2002.0{k}033.pdf">arXiv link</a>).\n'
        for k, title in enumerate(TITLES[:2])
    )
    page += (
        "- date: 25 May 2021\n  headline: A perspective on twins was "
        '<a href="https://www.nature.com/articles/s43588-021-00072-5">published in Nature '
        "Computational Science</a>.\n"
        "- date: 20 May 2021\n  headline: Congratulations to Ada Moss, who starts as a "
        "lecturer in September.\n"
    )
    found = _all_found(page, TITLES[:2])
    assert found[TITLES[1]]["arxiv_id"] == "2002.01033"


def test_a_one_paper_notes_published_date_line_is_no_title() -> None:
    page = (
        f"# {TITLES[0]}\n\npublished date: 13 September 2019,\n\n"
        f"authors: {FIRST[0]}, {SECOND[0]}, {FIRST[1]}\n\n"
        "url: https://proceedings.mlr.press/v109/moss19a.html\n\n## Summary\n\n- Short notes.\n"
    )
    found = _all_found(page, TITLES[:1])
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0], FIRST[1]]
    assert found[TITLES[0]]["year"] == 2019


def test_a_file_whose_lines_end_in_returns_alone_imports_every_row(
    tmp_path: Path, run_installed: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    rows = "".join(
        f'{k + 5},Poster,{title},"{FIRST[k]}, Orchard Lab; {SECOND[k]}, Meadow Institute"\r'
        for k, title in enumerate(TITLES)
    )
    page = tmp_path / "papers.csv"
    page.write_bytes(("Paper ID,Type,Title,Author(s)\r" + rows).encode())
    env = {"PAPERCLI_DB": str(tmp_path / "lib.json")}
    done = run_installed("import", str(page), "--format", "digest", "--dry-run", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert sorted(p["title"] for p in json.loads(done.stdout)) == sorted(TITLES)
