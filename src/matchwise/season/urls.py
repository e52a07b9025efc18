from django.urls import path

from matchwise.season import (
    views,
    views_couples,
    views_interview_day,
    views_rank_list,
    views_rank_order,
    views_shortlist,
    views_soap,
)

app_name = "season"

urlpatterns = [
    path("", views.season_home, name="home"),
    path("add/", views.add_application, name="add"),
    path("import/", views.import_file, name="import"),
    path("from-shortlist/", views_shortlist.from_shortlist, name="from_shortlist"),
    path("rank-list/", views_rank_list.rank_page, name="rank_list"),
    path("rank-list/print/", views_rank_list.print_view, name="rank_list_print"),
    path("rank-list.csv", views_rank_list.download, name="rank_list_csv"),
    path("rank-list/<int:pk>/", views_rank_list.change, name="rank_change"),
    path("rank-list/demonstration/", views_rank_order.demonstration_page, name="rank_order"),
    path("<int:pk>/", views.application_detail, name="application"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/invitation/", views.invite, name="invite"),
    path("<int:pk>/schedule/", views.schedule, name="schedule"),
    path("<int:pk>/interview-day/", views_interview_day.prep, name="prep"),
    path("<int:pk>/people-met/", views_interview_day.people_met, name="people_met"),
    # SOAP
    path("soap/", views_soap.soap_home, name="soap"),
    path("soap/import/", views_soap.import_list, name="soap_import"),
    path("soap/<int:pk>/", views_soap.program_page, name="soap_program"),
    path("soap/<int:pk>/apply/", views_soap.apply, name="soap_apply"),
    path("soap/<int:pk>/offers/", views_soap.add_offer, name="soap_offer"),
    path("soap/offers/<int:pk>/answer/", views_soap.answer, name="soap_answer"),
    # Couples mode: the partner, their programs, and the couple's list of pairs.
    path("couples/", views_couples.couples_page, name="couples"),
    path("couples/print/", views_couples.print_view, name="couples_print"),
    path("couples.csv", views_couples.download, name="couples_csv"),
    path("couples/partner/", views_couples.set_partner, name="couples_partner"),
    path("couples/programs/", views_couples.add_partner_program, name="couples_program"),
    path(
        "couples/programs/remove/",
        views_couples.remove_partner_program,
        name="couples_program_remove",
    ),
    path("couples/pairs/", views_couples.add_pair, name="couples_pair"),
    path("couples/pairs/<int:position>/", views_couples.change_pair, name="couples_change"),
]
