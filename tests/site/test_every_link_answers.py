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
from matchwise.network.models import Contact, MentorAssignment
from matchwise.outreach.goal_rules import Horizon, Measure
from matchwise.outreach.models import Advice, Campaign, CampaignTarget, Goal, LetterRequest
from tests.api.fuzz_seed import seed

pytestmark = pytest.mark.django_db
# Enough for every page of the seeded database and a few links with queries on each.
MOST_PAGES = 400
# Django's blank choice, shown when a form keeps the default empty label.
DJANGO_BLANK_CHOICE = ">---------<"


class Links(HTMLParser):
    """The links of a page, each with the name a screen reader gives it (its aria-label, or
    else its text)."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.named: list[
            tuple[str, str]
        ] = []  # (name, href) of links and (name, action) of buttons
        self._open: tuple[str, str | None, list[str]] | None = None
        self._action = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        href = found.get("href")
        if tag == "a" and href:
            self.hrefs.append(href)
            self._open = (href, found.get("aria-label"), [])
        elif tag == "form":
            self._action = f"{found.get('method', 'get')} {found.get('action') or ''}"
        elif tag == "button" and found.get("type") != "button":
            where = f"{self._action} {found.get('name') or ''}={found.get('value') or ''}"
            self._open = (where, found.get("aria-label"), [])

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[2].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("a", "button") and self._open is not None:
            href, label, text = self._open
            self.named.append((label or " ".join("".join(text).split()), href))
            self._open = None


def ambiguous_names(html: str) -> dict[str, set[str]]:
    """Link names that lead to more than one place on the page: read out of context (a
    screen reader's list of links), "Use" and "Use" cannot be told apart."""
    parser = Links()
    parser.feed(html)
    places: dict[str, set[str]] = {}
    for name, href in parser.named:
        places.setdefault(name, set()).add(href.split("#", 1)[0])  # one page, whichever part
    return {name: hrefs for name, hrefs in places.items() if len(hrefs) > 1}


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
    """The API fuzzer's seed (contacts, messages, a rotation, a mentee, the season) and of the
    playbook records it leaves out, two or more of each kind, so that rows repeat on a page."""
    today = clock.today()
    seed(today)
    people = list(Contact.objects.order_by("pk"))
    campaign = Campaign.objects.create(name="Research emails")
    for person in people:
        CampaignTarget.objects.create(campaign=campaign, contact=person)
        LetterRequest.objects.create(contact=person, saw_work=True)
        MentorAssignment.objects.create(contact=person, role="career")
        Advice.objects.create(contact=person, suggestion="Present the audit at grand rounds")
        Advice.objects.create(
            contact=person, suggestion="Ask for a letter", action="Asked", acted_on=today
        )
    for measure in (Measure.MENTORS, Measure.RESEARCH_PROJECTS):
        Goal.objects.create(
            horizon=Horizon.SHORT, measure=measure, target=2, deadline=today + timedelta(days=200)
        )


@dataclass
class Crawl:
    statuses: dict[str, int]  # every internal link reached, with its answer's status
    found_on: dict[str, str]  # each link, with the page it was first seen on
    blank_choices: list[str]  # pages with a list whose empty choice reads "---------"
    ambiguous: dict[str, list[str]]  # pages with link names that lead to several places


def crawl(client: Client, start: list[str]) -> Crawl:
    """Follow every internal link reached from `start`; pages answering HTML are read for
    more links."""
    statuses: dict[str, int] = {}
    found_on = dict.fromkeys(start, "(start)")
    blank_choices = []
    ambiguous: dict[str, list[str]] = {}
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
            if same_names := ambiguous_names(html):
                ambiguous[path] = sorted(same_names)
            following = internal_links(path, html)
        for link in following:
            if link not in found_on:
                found_on[link] = path
                queue.append(link)
    return Crawl(statuses, found_on, blank_choices, ambiguous)


def test_it_answers_every_internal_link(client: Client, seeded: None) -> None:
    """One walk through every page (the crawl is the slow part, so it is made once): every
    link answers; every drop-down names its empty choice ("Not recorded", "Choose a contact"),
    never Django's row of dashes; and links that read the same lead to the same place, so a
    list of a page's links (as a screen reader offers it) makes sense out of context."""
    found = crawl(client, ["/"])
    broken = {
        p: (status, found.found_on[p]) for p, status in found.statuses.items() if status >= 400
    }
    assert broken == {}
    assert len(found.statuses) > 100, len(found.statuses)
    assert any(path.startswith("/season/") and path[8:9].isdigit() for path in found.statuses)
    assert found.blank_choices == []
    assert found.ambiguous == {}, repr(found.ambiguous)


def test_it_sees_links_that_read_the_same_and_lead_apart() -> None:
    html = (
        '<a href="/a/">Use</a><a href="/b/">Use</a><a href="/c/" aria-label="Use C">Use</a>'
        '<a href="/d/">Edit</a><a href="/d/">Edit</a><a href="/e/#x">E</a><a href="/e/#y">E</a>'
    )
    assert ambiguous_names(html) == {"Use": {"/a/", "/b/"}}


def test_it_sees_a_broken_link(client: Client) -> None:
    found = crawl(client, ["/contacts/987654/"])
    assert found.statuses == {"/contacts/987654/": 404}
    assert found.found_on["/contacts/987654/"] == "(start)"


def test_it_reads_only_links_to_this_app() -> None:
    html = (
        '<a href="/contacts/">x</a><a href="https://example.org/">y</a>'
        '<a href="mailto:a@b.org">z</a><a href="edit/?next=1">w</a>'
    )
    assert internal_links("/contacts/3/", html) == ["/contacts/", "/contacts/3/edit/?next=1"]
