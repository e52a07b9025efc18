"""A new user's first minutes with the keyboard alone: add a contact from the welcome page,
then log a touch from the contacts list. The cursor starts on the first field each form needs
and Tab walks on in reading order, so no field is skipped or reached backwards."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.network.models import Contact

pytestmark = pytest.mark.django_db(transaction=True)


def focused_field(page: Page) -> str:
    return str(page.evaluate("document.activeElement.name || document.activeElement.tagName"))


def test_it_adds_a_contact_and_logs_a_touch_by_keyboard(
    live_server: LiveServer, page: Page
) -> None:
    page.goto(live_server.url)
    page.get_by_role("button", name="Add a contact").click()
    assert focused_field(page) == "name"
    page.keyboard.type("Lena Park")
    page.keyboard.press("Tab")
    assert focused_field(page) == "honorific"
    page.keyboard.type("Dr.")
    page.keyboard.press("Tab")
    assert focused_field(page) == "role"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # submits the form from a text field, as a keyboard user would
    expect(page.get_by_role("heading", name="Dr. Lena Park")).to_be_visible()

    page.get_by_role("link", name="Contacts", exact=True).click()
    page.get_by_role("button", name="Log a touch").first.click()
    expect(page.locator("#id_channel")).to_be_focused()
    page.locator("#id_channel").select_option("email")  # what the arrow keys do in the list
    page.keyboard.press("Tab")
    assert focused_field(page) == "direction"
    page.keyboard.press("Tab")
    assert focused_field(page) == "topic"
    page.keyboard.type("Asked about the sepsis audit")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Logged a touch with Dr. Lena Park")
    contact = Contact.objects.get()
    assert [i.topic for i in contact.interactions.all()] == ["Asked about the sepsis audit"]
