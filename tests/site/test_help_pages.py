"""Help: every guide in docs/ is one click from every page, rendered from the repository."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

DOCS = Path(__file__).parents[2] / "docs"
GUIDE_FILES = sorted(DOCS.glob("*.md"))

pytestmark = pytest.mark.django_db


def test_it_links_help_from_the_menu_of_every_page(client: Client) -> None:
    for url in (reverse("network:this_week"), reverse("programs:home"), reverse("help")):
        page = client.get(url).content.decode()
        assert f'<a href="{reverse("help")}"' in page, url


@pytest.mark.parametrize("path", GUIDE_FILES, ids=lambda p: p.stem)
def test_it_lists_and_renders_every_guide(client: Client, path: Path) -> None:
    index = client.get(reverse("help")).content.decode()
    url = reverse("help_guide", args=[path.stem])
    assert f'href="{url}"' in index
    page = client.get(url)
    assert page.status_code == 200
    title = next(
        line[2:] for line in path.read_text(encoding="utf-8").splitlines() if line[:2] == "# "
    )
    assert "<h1 id=" in page.content.decode() and title in page.content.decode()
    assert '.md"' not in page.content.decode()  # links between guides lead to Help pages


def test_it_answers_404_for_a_guide_that_does_not_exist(client: Client) -> None:
    assert client.get(reverse("help_guide", args=["no-such-guide"])).status_code == 404
    assert client.get("/help/../README/").status_code == 404


def test_it_links_the_catalogue_format_from_the_catalogues_page(client: Client) -> None:
    page = client.get(reverse("programs:catalogues")).content.decode()
    assert f'href="{reverse("help_guide", args=["catalogue-format"])}"' in page
