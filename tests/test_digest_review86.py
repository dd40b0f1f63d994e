"""Conventions shared by real pages read for errors in stop 86, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review81 import MORE


def test_a_one_paper_posts_flat_front_matter_keys_name_its_paper() -> None:
    page = (
        "---\ntags:\n- robotics\npotm_order: 1\n"
        f"paper_title: '{TITLES[0]}'\n"
        "paper_authors: Ada Moss et al.\npaper_orgs: Somewhere University\n"
        "paper_link: https://arxiv.org/abs/2501.01234\nreview_authors:\n- bq\n---\n\n"
        "### The key idea\n\nThe authors fold the returns, unlike [LoRA](https://arxiv.org/abs/"
        "2106.09685), and it works.\n\n### Their method\n\nMore prose on the method here.\n"
    )
    found = _by_title(page)
    assert list(found) == [TITLES[0]]
    paper = found[TITLES[0]]
    assert paper["authors"] == ["Ada Moss"]
    assert paper["arxiv_id"] == "2501.01234"


def _news_page(first: str, second: str) -> str:
    return (
        '+++\nwidget = "blank"\nheadless = true\ntitle = "Lab News"\n+++\n'
        f"<!-- * **09/07/23** Our lab's papers at ACL 2023:\n{first}"
        "* **13/02/23**  Ada is giving an invited [talk](https://example.org/talk) at a seminar.\n"
        f"* **24/02/22:** 2 papers accepted to NAACL 2022\n{second} -->\n"
        "* **19/07/22**  A visitor is giving an invited [talk](/talk/visitor)\n"
    )


def test_a_news_page_whose_paper_lists_are_all_commented_out_gives_those_papers() -> None:
    first = "".join(
        f"  - [{title}](/publication/p{k})\n  &emsp;**<sup>Ada Moss, Ben Quill</sup>**\n"
        for k, title in enumerate(TITLES[:2])
    )
    second = "".join(
        f"  - {title} \n  &emsp;**<sup>Cara Wren, Ada Moss</sup>**\n" for title in TITLES[2:]
    )
    found = _by_title(_news_page(first, second))
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill"]
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == ("ACL", 2023)
    assert (found[TITLES[3]]["venue"], found[TITLES[3]]["year"]) == ("NAACL", 2022)
    # (a page that shows papers of its own keeps its commented ones hidden)
    assert sorted(_by_title(_shown_and_hidden_page())) == sorted(TITLES)


def _shown_and_hidden_page() -> str:
    page = (
        "# Reading list\n\n"
        + "".join(
            f"- [{title}](https://arxiv.org/abs/2501.0{k}111)\n" for k, title in enumerate(TITLES)
        )
        + "\n<!--\n"
        + "".join(
            f"- [{title}](https://arxiv.org/abs/2502.0{k}222)\n" for k, title in enumerate(MORE)
        )
        + "-->\n"
    )
    return page


def test_a_news_item_announcing_accepted_papers_gives_its_venue_to_the_items_under_it() -> None:
    page = "## News\n\n" + "".join(
        f"* **{day}:** {count} papers (2 long, 1 short) accepted to {venue}; 1 paper to Findings\n"
        + "".join(f"  - {title}\n" for title in titles)
        for day, count, venue, titles in (
            ("05/05/21", 3, "ACL 2021", MORE[:3]),
            ("10/03/21", 3, "NAACL 2021", MORE[3:]),
        )
    )
    found = _by_title(page)
    assert sorted(found) == sorted(MORE)
    assert (found[MORE[0]]["venue"], found[MORE[0]]["year"]) == ("ACL", 2021)
    assert (found[MORE[5]]["venue"], found[MORE[5]]["year"]) == ("NAACL", 2021)


def test_a_cvs_latex_sections_of_paragraphs_give_titles_and_dashed_surname_first_authors() -> None:
    entries = "".join(
        f"\\vspace{{0.4em}}\n\\noindent\nMoss, Ada - Quill,  Ben - Wrenová, C., {{\\em {title}}}, "
        f"Neural Networks,  {40 + k}, no. 2 (2022), pages 1-20, ISSN 0893-6080\n\n"
        for k, title in enumerate(TITLES)
    )
    page = (
        "\\pagebreak\n\n\\noindent\n{\\fontsize{18}{18}\\selectfont\\scshape Full List of "
        f"Publications}}\n\n\\section{{Journal papers}}\n{entries}\\section{{Chapters}}\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["Ada Moss", "Ben Quill", "C. Wrenová"]
    assert found[TITLES[1]]["year"] == 2022


def test_a_sphinx_role_before_an_apa_citation_in_brackets_leaves_the_cited_paper() -> None:
    page = (
        "Reproducing results from literature\n-----------------------------------\n\n"
        + "".join(
            f"- :func:`~pkg.Pruner.method_{k}` (Moss, A., Quill, B., & Wren, C. ({2010 + k}). "
            f"{title}. Pattern Recognition Letters, 27, 1-9. https://doi.org/10.1016/j.x.{k}0)\n"
            for k, title in enumerate(TITLES)
        )
        + "- :func:`~pkg.Pruner.plain_error`\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["authors"] == ["A. Moss", "B. Quill", "C. Wren"]
    assert found[TITLES[2]]["year"] == 2012


def test_a_nickname_and_surname_et_al_before_a_title_are_no_part_of_it() -> None:
    page = "### Основные статьи:\n" + "".join(
        f"- {nick}: {who} et al., {title} https://arxiv.org/abs/2501.0{k}321\n"
        for k, (nick, who, title) in enumerate(
            zip(["Fold", "Quiet", "Ledger"], ["Moss", "Quill", "Wren"], TITLES, strict=False)
        )
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[1]]["authors"] == ["Quill"]
    assert found[TITLES[1]]["arxiv_id"] == "2501.01321"


def test_a_nickname_and_year_glued_before_a_linked_title_give_its_year() -> None:
    page = "그 대상은 아래와 같습니다.\n\n" + "".join(
        f"- [{nick}({year})-{title}](https://arxiv.org/pdf/1{k}11.0{k}431.pdf)  \n"
        for k, (nick, year, title) in enumerate(
            zip(["FoldNet", "QuietNet", "LedgerNet"], [2017, 2020, 2021], TITLES, strict=False)
        )
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[0]]["year"] == 2017  # the year it states, not its preprint's (2010)
    assert found[TITLES[2]]["year"] == 2021


def test_a_sessions_resources_section_gives_no_papers_beside_its_literature() -> None:
    page = (
        "# Set-up\n\nInstall the packages first.\n\n# Literature\n(in order of importance)\n\n"
        + "".join(
            f"- [{title}](https://www.example.org/doi/pdf/10.1080/0266.{k})\n"
            for k, title in enumerate(TITLES)
        )
        + "\n# Resources\nNot necessary for our session.\n\n### Samplers\n"
        + "*Attention: some of these use an older version of the sampler*\n"
        + "- [Tide Regression with a Sampler](https://docs.example.org/en/v3/tide.html)\n"
        + "- [Bayesian Modelling in Pocket Form](https://pocketbook.example.com/welcome.html)\n"
        + "-  [Samplers for Hackers](https://github.com/example/samplers-for-hackers)\n"
        + "\n### Bayesian Statistics in R\n"
        + "- [Orchard Rethinking - How to in R](https://bookdown.example.org/4857/small.html)\n"
        + f"- [{MORE[3]}](https://arxiv.org/abs/2502.01234)\n"
    )
    assert sorted(_by_title(page)) == sorted([*TITLES, MORE[3]])
