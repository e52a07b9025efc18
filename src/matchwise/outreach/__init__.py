"""The networking playbook: mentors, messages and checks, campaigns, letters, conferences, goals."""
