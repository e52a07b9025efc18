"""Pages of program selection: the profile form, the shortlist, saved profiles, catalogues."""
