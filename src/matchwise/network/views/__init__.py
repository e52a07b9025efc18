from django.http import HttpRequest, HttpResponse


def this_week(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")
