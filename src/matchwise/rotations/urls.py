from django.urls import path

from matchwise.rotations import views, views_results

app_name = "rotations"

urlpatterns = [
    path("", views.rotation_list, name="rotations"),
    path("new/", views.rotation_edit, name="add"),
    path("<int:pk>/", views.rotation_detail, name="rotation"),
    path("<int:pk>/edit/", views.rotation_edit, name="edit"),
    path("<int:pk>/delete/", views.rotation_delete, name="delete"),
    path("<int:pk>/people/", views.add_person, name="add_person"),
    path("<int:pk>/tasks/", views.add_task, name="add_task"),
    path("<int:pk>/feedback/", views.feedback_asked, name="feedback_asked"),
    path("people/<int:pk>/", views.update_member, name="member"),
    path("people/<int:pk>/letter/", views.start_letter, name="start_letter"),
    path("tasks/<int:pk>/done/", views.task_done, name="task_done"),
    path("match/", views_results.after_the_match, name="match"),
    path("match/<int:pk>/next-cycle/", views_results.next_cycle, name="next_cycle"),
    path("giving-back/", views_results.giving_back, name="giving_back"),
    path("giving-back/<int:pk>/stop/", views_results.stop_mentoring, name="stop_mentoring"),
]
