"""Forms of the playbook pages: validation lives here; views pass data through."""
