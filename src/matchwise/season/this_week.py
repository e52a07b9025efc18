"""What the season adds to This week: invitations still unanswered, oldest first, with the
hours since each came (they fill within hours), and the interviews of the week ahead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from matchwise.network.rules import week_ahead
from matchwise.season import zones
from matchwise.season.links import page_links
from matchwise.season.models import Application, Invitation
from matchwise.season.vocabulary import Status


@dataclass(frozen=True)
class WaitingInvitation:
    invitation: Invitation
    hours: int  # since it came


@dataclass(frozen=True)
class ComingInterview:
    application: Application
    yours: str  # when, in the user's zone
    theirs: str  # when, at the program


@dataclass(frozen=True)
class SeasonWeek:
    invitations: list[WaitingInvitation]
    interviews: list[ComingInterview]

    def __bool__(self) -> bool:
        return bool(self.invitations or self.interviews)

    def invitation_items(self) -> SafeString:
        """The list items of the invitations, built here with every value escaped: a busy
        season has dozens, and the template engine takes far longer over each."""
        link = page_links()
        return mark_safe(  # noqa: S308 (every value is escaped)
            "".join(
                f'<li><a class="who" href="{link(w.invitation.application_id)}#invitation">'
                f"{escape(w.invitation.application.name)}</a> "
                f'<span class="why">invited {w.hours} hour{"" if w.hours == 1 else "s"} ago'
                " — slots fill fast: choose a date.</span></li>"
                for w in self.invitations
            )
        )

    def interview_items(self) -> SafeString:
        """The list items of the week's interviews, built as `invitation_items` is."""
        link = page_links()
        items = []
        for coming in self.interviews:
            a = coming.application
            platform = f", {escape(a.platform)}" if a.platform else ""
            items.append(
                f'<li><a class="who" href="{link(a.pk)}">{escape(a.name)}</a> '
                f'<span class="why">{escape(coming.yours)} your time ({escape(coming.theirs)}'
                f" there), {escape(a.mode_label.lower())}{platform}.</span></li>"
            )
        return mark_safe("".join(items))  # noqa: S308 (every value is escaped)


def hours_since(received_at: datetime, now: datetime) -> int:
    return max(0, int((now - received_at) / timedelta(hours=1)))


def this_week(today: date, now: datetime, user_zone: str) -> SeasonWeek:
    """Two queries, whatever the number of applications, reading only what the page shows."""
    waiting = (
        Invitation.objects.filter(answered_at__isnull=True, application__status=Status.INVITED)
        .select_related("application")
        .only("received_at", "application", "application__name")
        .order_by("received_at", "pk")
    )
    start = datetime.combine(today, datetime.min.time(), tzinfo=now.tzinfo)
    end = datetime.combine(week_ahead(today) + timedelta(days=1), datetime.min.time(), now.tzinfo)
    coming = (
        Application.objects.filter(
            status=Status.SCHEDULED, interview_at__gte=start, interview_at__lt=end
        )
        .only("name", "time_zone", "interview_at", "interview_mode", "platform")
        .order_by("interview_at", "pk")
    )
    return SeasonWeek(
        [WaitingInvitation(i, hours_since(i.received_at, now)) for i in waiting],
        [
            ComingInterview(
                a,
                zones.shown(a.interview_at, user_zone),
                zones.shown(a.interview_at, a.time_zone),
            )
            for a in coming
            if a.interview_at is not None
        ],
    )
