"""Forms: validation lives here, views only pass data through."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from django import forms

from matchwise.network import clock, contact_fields, repeats, rules
from matchwise.network.choices import (
    CHANNEL_LABELS,
    ROLE_LABELS,
    SOURCE_LABELS,
    Channel,
    Direction,
    choices,
)
from matchwise.network.empty_choice import name_empty_choice
from matchwise.network.models import Contact, Interaction, Preferences, Tag
from matchwise.network.services import NewInteraction
from matchwise.network.time_zones import zone_names
from matchwise.network.wording import short_date


class ContactForm(forms.ModelForm[Contact]):
    tag_names = forms.CharField(required=False, label="Tags", help_text="Separate tags with commas")

    class Meta:
        model = Contact
        fields: ClassVar = list(contact_fields.FORM_FIELDS)
        widgets: ClassVar = {"notes": forms.Textarea(attrs={"rows": 4})}
        labels: ClassVar = {
            "honorific": "Title",
            "met_through": "Introduced by",
            "cadence_ideal_days": "Keep in touch every … days",
            "cadence_max_days": "Never more than … days apart",
        }
        help_texts: ClassVar = {
            "cadence_ideal_days": "Empty: the usual rhythm for their role",
            "cadence_max_days": "Empty: the usual limit for their role",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autofocus"] = True
        name_empty_choice(self.fields["source"], "Not recorded")
        name_empty_choice(self.fields["met_through"], "Nobody")
        if self.instance.pk:
            self.fields["tag_names"].initial = ", ".join(t.name for t in self.instance.tags.all())
            met_through = self.fields["met_through"]
            assert isinstance(met_through, forms.ModelChoiceField)
            met_through.queryset = Contact.objects.exclude(pk=self.instance.pk)

    def save(self, commit: bool = True) -> Contact:
        contact = super().save(commit=commit)
        if commit:
            names = {n.strip() for n in self.cleaned_data["tag_names"].split(",") if n.strip()}
            contact.tags.set([Tag.objects.get_or_create(name=name)[0] for name in sorted(names)])
        return contact


CHANNEL_CHOICES = choices(CHANNEL_LABELS)
ZONE_LIST_ID = "time-zone-names"


class InteractionForm(forms.ModelForm[Interaction]):
    """Log a touch: the date defaults to today and the topic is required.

    Given the contact, it asks before logging what looks like the same touch a second time.
    """

    log_again = forms.BooleanField(required=False, label="Log it again: this was another touch")

    class Meta:
        model = Interaction
        fields: ClassVar = [
            "occurred_on",
            "channel",
            "direction",
            "topic",
            "notes",
            "reply_received",
        ]
        widgets: ClassVar = {
            "occurred_on": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }
        labels: ClassVar = {"reply_received": "They have replied"}

    def __init__(
        self, *args: Any, contact: Contact | None = None, today: date | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.contact = contact
        self.today = today or clock.today()
        self.repeated: Interaction | None = None
        self.fields["occurred_on"].initial = self.today
        self.fields["topic"].widget.attrs["placeholder"] = "What did you talk about?"
        channel = self.fields["channel"]
        assert isinstance(channel, forms.ChoiceField)
        channel.choices = [("", "Choose how"), *CHANNEL_CHOICES]

    def clean_occurred_on(self) -> date:
        on: date = self.cleaned_data["occurred_on"]
        if problem := rules.touch_date_problem(on, self.today):
            raise forms.ValidationError(problem)
        return on

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        on, channel, direction = (data.get(k) for k in ("occurred_on", "channel", "direction"))
        if self.contact is None or data.get("log_again") or not (on and channel and direction):
            return data
        self.repeated = repeats.same_touch_logged(self.contact, on, channel, direction)
        if self.repeated is not None:
            earlier = self.repeated
            raise forms.ValidationError(
                f"Already logged on {short_date(earlier.occurred_on)}:"
                f" {earlier.get_channel_display()}, “{earlier.topic}”."
                " Tick the box below if this was another touch.",
                code="repeated",
            )
        return data

    def focus_first_to_fill(self) -> InteractionForm:
        """Put the cursor where an answer is needed first when the form opens on its own (inline
        or as a page): the channel, which has no default, until it is chosen; then the topic. The
        fields before it (the date, the direction) start filled in."""
        chosen = self.data.get("channel") if self.is_bound else self.initial.get("channel")
        self.fields["topic" if chosen else "channel"].widget.attrs["autofocus"] = True
        return self

    def as_new_interaction(self) -> NewInteraction:
        data = self.cleaned_data
        return NewInteraction(
            occurred_on=data["occurred_on"],
            channel=Channel(data["channel"]),
            direction=Direction(data["direction"]),
            topic=data["topic"],
            notes=data["notes"],
            reply_received=data["reply_received"],
        )


class DatedForm(forms.Form):
    """A form whose checks depend on the day: `today` comes from the request (the user's zone)."""

    def __init__(self, *args: Any, today: date | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today or clock.today()


class SnoozeForm(DatedForm):
    """Snooze to a later day; a week from today when no day is picked."""

    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_until(self) -> date:
        try:
            return rules.snooze_day(self.cleaned_data["until"], self.today)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error


class FollowUpPlanForm(DatedForm):
    """Plan a follow-up with someone by hand, for today or a later day."""

    until = forms.DateField(
        label="Plan a follow-up on", widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_until(self) -> date:
        until: date = self.cleaned_data["until"]
        if until < self.today:
            raise forms.ValidationError("That day has passed: pick today or a later day.")
        return until


class PreferencesForm(forms.ModelForm[Preferences]):
    """The settings; the time zone is typed with suggestions from this machine's zone names."""

    class Meta:
        model = Preferences
        fields: ClassVar = ["reach_out_target", "reactivate_target", "no_reply_days", "time_zone"]
        widgets: ClassVar = {
            "time_zone": forms.TextInput(
                attrs={"list": ZONE_LIST_ID, "autocomplete": "off", "spellcheck": "false"}
            )
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].required = False

    @property
    def zone_names(self) -> tuple[str, ...]:
        return zone_names()

    def clean_time_zone(self) -> str:
        """Left empty (or not sent at all), the zone stays what it was."""
        chosen: str = self.cleaned_data["time_zone"].strip()
        return chosen or self.instance.time_zone


FOLLOW_UP_FILTERS = [
    ("", "Any follow-up state"),
    ("overdue", "Overdue"),
    ("this_week", "Due this week"),
    ("dormant", "Dormant (90+ days)"),
]
SORTS = [
    ("name", "Name"),
    ("-last_contacted", "Last contacted (newest)"),
    ("last_contacted", "Last contacted (oldest)"),
    ("next_due", "Next due"),
]


class ContactFilterForm(forms.Form):
    q = forms.CharField(required=False, label="Search")
    role = forms.ChoiceField(required=False, choices=[("", "Any role"), *choices(ROLE_LABELS)])
    source = forms.ChoiceField(
        required=False, choices=[("", "Any source"), *choices(SOURCE_LABELS)]
    )
    specialty = forms.CharField(required=False)
    institution = forms.CharField(required=False)
    tag = forms.CharField(required=False)
    state = forms.ChoiceField(required=False, choices=FOLLOW_UP_FILTERS, label="Follow-up")
    sort = forms.ChoiceField(required=False, choices=SORTS)
