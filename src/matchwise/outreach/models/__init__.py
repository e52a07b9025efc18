"""The playbook's data: your profile, messages, campaigns, letters, mentors' advice,
conferences and goals. Everything about a person hangs off `network.Contact`."""

from matchwise.outreach.models.advice import Advice
from matchwise.outreach.models.campaigns import Campaign, CampaignTarget
from matchwise.outreach.models.conferences import Conference, ConferenceTarget
from matchwise.outreach.models.goals import Goal, GoalReview
from matchwise.outreach.models.identity import ApplicantIdentity
from matchwise.outreach.models.letters import LetterRequest
from matchwise.outreach.models.messages import Message, MessageTemplate

__all__ = [
    "Advice",
    "ApplicantIdentity",
    "Campaign",
    "CampaignTarget",
    "Conference",
    "ConferenceTarget",
    "Goal",
    "GoalReview",
    "LetterRequest",
    "Message",
    "MessageTemplate",
]
