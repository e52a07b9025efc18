"""Stored catalogues, saved profiles and the shortlist pages."""
