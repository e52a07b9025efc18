"""Web pages of the tracker. Each view parses the request, calls a service, renders."""
