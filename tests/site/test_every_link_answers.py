"""Every internal link on every page of a database with something in it answers: a page
(200) or a redirect to one. Pages are found by following links from the menus, as a user
would, so a link to a page that is gone or that fails on real data is caught here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client

from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.outreach.goal_rules import Horizon, Measure
from matchwise.outreach.models import Campaign, CampaignTarget, Goal, LetterRequest
from tests.api.fuzz_seed import seed

pytestmark = pytest.mark.django_db
# Enough for every page of the seeded database and a few links with queries on each.
MOST_PAGES = 400
# Django's blank choice, shown when a form keeps the default empty label.
DJANGO_BLANK_CHOICE = ">---------<"


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def internal_links(page_path: str, html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    found = []
    for href in parser.hrefs:
        url = urlsplit(urljoin(f"http://testserver{page_path}", href))
        if url.scheme in ("http", "https") and url.netloc == "testserver":
            found.append(url.path + (f"?{url.query}" if url.query else ""))
    return found


@pytest.fixture
def seeded() -> None:
    """The API fuzzer's seed (contacts, messages, a rotation, a mentee, the season) and one of
    each playbook record it leaves out."""
    today = clock.today()
    seed(today)
    contact = Contact.objects.order_by("pk").first()
    assert contact is not None
    campaign = Campaign.objects.create(name="Research emails")
    CampaignTarget.objects.create(campaign=campaign, contact=contact)
    LetterRequest.objects.create(contact=contact, saw_work=True)
    Goal.objects.create(
        horizon=Horizon.SHORT,
        measure=Measure.MENTORS,
        target=2,
        deadline=today + timedelta(days=200),
    )


@dataclass
class Crawl:
    statuses: dict[str, int]  # every internal link reached, with its answer's status
    found_on: dict[str, str]  # each link, with the page it was first seen on
    blank_choices: list[str]  # pages with a list whose empty choice reads "---------"


def crawl(client: Client, start: list[str]) -> Crawl:
    """Follow every internal link reached from `start`; pages answering HTML are read for
    more links."""
    statuses: dict[str, int] = {}
    found_on = dict.fromkeys(start, "(start)")
    blank_choices = []
    queue = list(start)
    while queue and len(statuses) < MOST_PAGES:
        path = queue.pop(0)
        if path in statuses:
            continue
        answer = client.get(path)
        statuses[path] = answer.status_code
        following = []
        if answer.status_code in (301, 302, 303):
            following = [answer["Location"]]
        elif answer.status_code == 200 and "text/html" in answer.get("Content-Type", ""):
            html = answer.content.decode()
            if DJANGO_BLANK_CHOICE in html:
                blank_choices.append(path)
            following = internal_links(path, html)
        for link in following:
            if link not in found_on:
                found_on[link] = path
                queue.append(link)
    return Crawl(statuses, found_on, blank_choices)


def test_it_answers_every_internal_link(client: Client, seeded: None) -> None:
    found = crawl(client, ["/"])
    broken = {
        p: (status, found.found_on[p]) for p, status in found.statuses.items() if status >= 400
    }
    assert broken == {}
    assert len(found.statuses) > 100, len(found.statuses)
    assert any(path.startswith("/season/") and path[8:9].isdigit() for path in found.statuses)


def test_it_names_every_empty_choice(client: Client, seeded: None) -> None:
    """A list with nothing chosen says what that means ("Not recorded", "Choose a contact"),
    never Django's row of dashes."""
    assert crawl(client, ["/"]).blank_choices == []


def test_it_sees_a_broken_link(client: Client, seeded: None) -> None:
    found = crawl(client, ["/contacts/987654/"])
    assert found.statuses == {"/contacts/987654/": 404}
    assert found.found_on["/contacts/987654/"] == "(start)"


def test_it_reads_only_links_to_this_app() -> None:
    html = (
        '<a href="/contacts/">x</a><a href="https://example.org/">y</a>'
        '<a href="mailto:a@b.org">z</a><a href="edit/?next=1">w</a>'
    )
    assert internal_links("/contacts/3/", html) == ["/contacts/", "/contacts/3/edit/?next=1"]
