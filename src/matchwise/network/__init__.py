"""The network tracker: contacts, interactions, follow-ups, the weekly plan."""
