from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from newsroom.views import healthz, readyz
from timeline.embedding import oembed
from timeline.share_image import newsroom_logo, share_card
from timeline.sitemaps import SITEMAPS
from timeline.views import media_file, robots_txt

admin.site.site_header = _("Tasalsul newsroom")
admin.site.site_title = _("Tasalsul")
admin.site.index_title = _("Newsroom")

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("timeline.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("oembed", oembed, name="oembed"),
    # Drawn here (timeline/share_image.py): the og:image of pages without a photo, and the publisher's logo.
    path("share.png", share_card, name="share-card"),
    path("newsroom-logo.png", newsroom_logo, name="newsroom-logo"),
    # Photos of bulletins, checked against their bulletin's status (timeline.views.media_file).
    re_path(r"^media/bulletins/(?P<folder>[0-9a-f]{32})/(?P<name>[0-9]{1,5}\.(?:jpg|png))$", media_file),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
]

# Pages for people, the admin included: Arabic at the root, English under /en/. The language switch moves
# between the two forms of the same address.
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("timeline.urls")),
    prefix_default_language=False,
)

handler404 = "newsroom.views.not_found"
handler500 = "newsroom.views.server_error"
