"""The companion of the shortlist's CSV: the profile the list was made for, as a second CSV.

The list's own downloads live with the shortlist page (views/shortlist.py); this one takes the
same address query, so that the two files always describe the same list.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from matchwise.programs.exports import profile_csv_bytes, profile_file_name
from matchwise.programs.forms import ProfileForm
from matchwise.programs.services import ShortlistRequestError, make_shortlist


def profile_csv(request: HttpRequest) -> HttpResponse:
    """The profile as CSV; a profile that does not make a list goes to the page that says why."""
    form = ProfileForm(request.GET)
    back = HttpResponseRedirect(f"{reverse('programs:shortlist')}?{request.GET.urlencode()}")
    if not form.is_valid() or form.profile is None:
        return back
    try:
        result = make_shortlist(form.profile, form.catalogue_name, choices=form.choices)
    except ShortlistRequestError:
        return back
    response = HttpResponse(profile_csv_bytes(result), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{profile_file_name(result)}"'
    return response
