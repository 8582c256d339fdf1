"""The site's own addresses, plus the floor view the benchmarks compare every page with."""

from django.urls import path

from bench.floor import floor
from newsroom import urls as site

handler404 = site.handler404
handler500 = getattr(site, "handler500", "django.views.defaults.server_error")

urlpatterns = [path("__floor__/<str:name>", floor), *site.urlpatterns]
