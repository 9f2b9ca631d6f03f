"""The engine's own demo pages: the home page and the centre's about, contact and privacy pages.

Texts come from the centre's 2021 plan and its current websites (the project brief's source
texts, kept outside this repository).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings

from cms.demo import DemoBuilder


def _p(text: str) -> tuple[str, str]:
    return ("paragraph", f"<p>{text}</p>")


def ensure_home(demo: DemoBuilder, Site, Page):  # noqa: N803 (model classes passed in)
    """The Romanian home page as the default site's root, with its English translation."""
    from cms.models import HomePage

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific

    root = Page.get_first_root_node()
    home = demo.page(
        root,
        HomePage,
        ro={
            "title": "Centrul Cultural Clujean",
            "slug": "acasa",
            "intro": (
                "O platformă pentru cultură și societate: programe de formare, școli, sate "
                "remarcabile, zilele culturii rome și huburi creative, în Cluj-Napoca și în "
                "Transilvania."
            ),
            "body": [
                (
                    "numbers",
                    {
                        "heading": "Centrul în cifre",
                        "numbers": [
                            {"value": "117", "label": "membri"},
                            {"value": "35", "label": "școli în comunitatea școlară"},
                            {"value": "12", "label": "comune în România Remarcabilă"},
                            {"value": "40", "label": "orașe în Culture Next"},
                        ],
                    },
                ),
            ],
        },
        en={
            "title": "Cluj Cultural Centre",
            "slug": "home-en",
            "intro": (
                "A platform for culture and society: training programmes, schools, remarkable "
                "villages, Roma culture days and creative hubs, in Cluj-Napoca and across "
                "Transylvania."
            ),
            "body": [
                (
                    "numbers",
                    {
                        "heading": "The centre in numbers",
                        "numbers": [
                            {"value": "117", "label": "members"},
                            {"value": "35", "label": "schools in the school community"},
                            {"value": "12", "label": "municipalities in Remarkable Romania"},
                            {"value": "40", "label": "cities in Culture Next"},
                        ],
                    },
                ),
            ],
        },
    )
    # The demo site answers where `make run` serves it, so sitemap and feed URLs work.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    address = {"hostname": base_url.hostname or "localhost", "port": base_url.port or 80}
    if site is None:
        Site.objects.create(root_page=home, is_default_site=True, **address)
    else:
        previous_root = site.root_page
        site.root_page = home
        site.site_name = "Centrul Cultural Clujean"
        site.hostname, site.port = address["hostname"], address["port"]
        site.save()
        # Wagtail's installer leaves a "Welcome" page; drop it once nothing points at it.
        if previous_root.depth == 2 and previous_root.numchild == 0:
            previous_root.delete()
    demo.log("  home page ready")
    return home


def build_engine_pages(demo: DemoBuilder) -> None:
    from cms.libraries.demo import build_topics
    from cms.models import ContentPage
    from cms.news.demo import build_news
    from cms.people.demo import build_people

    # Shared snippets the programmes' demos choose from: people and library topics.
    build_people(demo)
    build_topics(demo)

    demo.page(
        demo.home,
        ContentPage,
        show_in_menus=True,  # the footer's links
        ro={
            "title": "Despre Centru",
            "slug": "despre",
            "intro": (
                "Centrul Cultural Clujean este o asociație de organizații culturale, instituții "
                "publice, universități și companii care lucrează împreună pentru cultură și "
                "societate în Cluj."
            ),
            "body": [
                ("heading", "Prioritățile noastre"),
                _p(
                    "Încheierea fazei start-up și pregătirea tranziției către funcționarea ca "
                    "institut pentru cultură și societate; îmbunătățirea organizării interne; "
                    "trecerea la comunicarea cu publicul larg."
                ),
                _p(
                    "Administrăm noile locații ale Centrului: CLTP Hub, Qub, Pavilionul ECCA și "
                    "Garnizoana Culturală, și extindem activitatea în zona metropolitană și în "
                    "județ."
                ),
            ],
        },
        en={
            "title": "About the centre",
            "slug": "about",
            "intro": (
                "Cluj Cultural Centre is an association of cultural organisations, public "
                "institutions, universities and companies working together for culture and "
                "society in Cluj."
            ),
            "body": [
                ("heading", "Our priorities"),
                _p(
                    "Completing the start-up phase and preparing the transition to working as an "
                    "institute for culture and society; a better internal organisation; speaking "
                    "to the wider public."
                ),
                _p(
                    "We run the centre's new venues: CLTP Hub, Qub, the ECCA Pavilion and the "
                    "Cultural Garrison, and we extend our work to the metropolitan area and the "
                    "county."
                ),
            ],
        },
    )
    demo.page(
        demo.home,
        ContentPage,
        show_in_menus=True,  # the footer's links
        ro={
            "title": "Contact",
            "slug": "contact",
            "intro": "Centrul Cultural Clujean, Str. Fluierașului nr. 3, Cluj-Napoca, România.",
            "body": [
                _p(
                    'Scrieți-ne la <a href="mailto:office@cccluj.ro">office@cccluj.ro</a>. '
                    "Programul de lucru: luni–vineri, 10:00–18:00."
                ),
            ],
        },
        en={
            "title": "Contact",
            "slug": "contact",
            "intro": "Cluj Cultural Centre, Str. Fluierașului nr. 3, Cluj-Napoca, Romania.",
            "body": [
                _p(
                    'Write to us at <a href="mailto:office@cccluj.ro">office@cccluj.ro</a>. '
                    "Office hours: Monday to Friday, 10:00–18:00."
                ),
            ],
        },
    )
    privacy = demo.page(
        demo.home,
        ContentPage,
        show_in_menus=True,
        ro={
            "title": "Confidențialitate",
            "slug": "confidentialitate",
            "intro": "Ce date personale păstrăm, de ce și pentru cât timp.",
            "body": [
                _p(
                    "Când vă înscrieți la un eveniment sau aplicați la un apel, păstrăm numele, "
                    "adresa de e-mail și răspunsurile din formular doar cât timp este nevoie: "
                    "datele înscrierilor sunt anonimizate la 180 de zile după eveniment, iar "
                    "aplicațiile la 2 ani după închiderea apelului."
                ),
                _p(
                    "Puteți cere oricând o copie a datelor sau ștergerea lor, la "
                    '<a href="mailto:office@cccluj.ro">office@cccluj.ro</a>.'
                ),
            ],
        },
        en={
            "title": "Privacy",
            "slug": "privacy",
            "intro": "What personal data we keep, why, and for how long.",
            "body": [
                _p(
                    "When you register for an event or apply to a call, we keep your name, "
                    "email address and form answers only as long as needed: registrations are "
                    "anonymised 180 days after the event, applications 2 years after the call "
                    "closes."
                ),
                _p(
                    "You can ask for a copy of your data or for its erasure at any time, at "
                    '<a href="mailto:office@cccluj.ro">office@cccluj.ro</a>.'
                ),
            ],
        },
    )

    from wagtail.models import Site

    from cms.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.privacy_page_id is None:
        site_settings.privacy_page = privacy
        site_settings.save()

    build_news(demo)


def pin_featured(demo: DemoBuilder, page) -> None:
    """The home page features `page` (the demo's soonest event), with a line saying why."""
    if demo.home.featured_page_id is not None:
        return  # an editor's choice, or an earlier run's, stays
    notes = {
        demo.home: "Următorul eveniment din agenda Centrului, cu afișul lui.",
        demo.translation_of(demo.home): "Next on the centre's agenda, with its poster.",
    }
    for home, note in notes.items():
        home.featured_page = page  # both copies: the field is synchronised, not translated
        home.featured_note = note
        home.save_revision().publish()
    demo.log(f"  home page features {page.title}")
