"""The centre's demo news: three articles from its 2021 plan, in the site-wide news index."""

from __future__ import annotations

import datetime

from cms.demo import DemoBuilder
from cms.demo_images import illustrate, poster


def _p(text: str) -> tuple[str, str]:
    return ("paragraph", f"<p>{text}</p>")


ARTICLES = [
    {
        "days_ago": 3,
        "tags": ["locații"],
        "tags_en": ["venues"],
        "ro": {
            "title": "Hubul CLTP se pregătește să își deschidă porțile",
            "slug": "hubul-cltp-se-pregateste",
            "intro": (
                "Hubul CLTP are un regulament de funcționare, o listă de dotări și un spațiu "
                "fizic; se deschide publicului imediat ce normele sanitare o permit."
            ),
            "body": [
                _p(
                    "Procedura de achiziție a dotărilor și echipamentelor este în curs. Hubul va "
                    "găzdui ateliere și întâlniri ale programelor Centrului."
                )
            ],
        },
        "en": {
            "title": "The CLTP Hub gets ready to open its doors",
            "slug": "cltp-hub-gets-ready",
            "intro": (
                "The CLTP Hub has its operating rules, a list of equipment and a physical space; "
                "it opens to the public as soon as the health rules allow."
            ),
            "body": [
                _p(
                    "The purchase of furniture and equipment is under way. The hub will host "
                    "workshops and meetings of the centre's programmes."
                )
            ],
        },
    },
    {
        "days_ago": 12,
        "tags": ["locații"],
        "tags_en": ["venues"],
        "ro": {
            "title": "Garnizoana Culturală are proiectul tehnic și avizele",
            "slug": "garnizoana-culturala-proiect-tehnic",
            "intro": (
                "Proiectul tehnic al Garnizoanei Culturale este finalizat și avizat, după o "
                "consultare cu membrii Centrului."
            ),
            "body": [
                _p(
                    "Planul de acțiune este agreat cu Primăria, iar procedura de achiziție a "
                    "lucrărilor de construcții este în curs."
                )
            ],
        },
        "en": {
            "title": "The Cultural Garrison has its technical design and permits",
            "slug": "cultural-garrison-technical-design",
            "intro": (
                "The Cultural Garrison's technical design is finished and approved, after a "
                "consultation with the centre's members."
            ),
            "body": [
                _p(
                    "An action plan is agreed with the City Hall, and the tender for the "
                    "building works is under way."
                )
            ],
        },
    },
    {
        "days_ago": 25,
        "tags": ["educație"],
        "tags_en": ["education"],
        "ro": {
            "title": "Cluj School Network crește la 15 școli",
            "slug": "cluj-school-network-15-scoli",
            "intro": (
                "Zece școli din oraș și cinci din zona metropolitană formează rețeaua Arta în "
                "Joacă, cu artiști care lucrează alături de elevi și formări Pre-Texts pentru profesori."
            ),
            "body": [
                _p(
                    "Sesiunile de formare Pre-Texts pentru cadrele didactice au loc de două ori pe "
                    "an, în mai și în septembrie, la Learning Qub."
                )
            ],
        },
        "en": {
            "title": "The Cluj School Network grows to 15 schools",
            "slug": "cluj-school-network-15-schools",
            "intro": (
                "Ten city schools and five from the metropolitan area make up the Arta în Joacă "
                "network, with artists working alongside pupils and Pre-Texts training for teachers."
            ),
            "body": [
                _p(
                    "Pre-Texts training sessions for teachers take place twice a year, in May and "
                    "September, at the Learning Qub."
                )
            ],
        },
    },
]


def build_news(demo: DemoBuilder) -> None:
    from cms.news.models import NewsArticlePage, NewsIndexPage

    index = demo.page(
        demo.home,
        NewsIndexPage,
        ro={
            "title": "Noutăți",
            "slug": "noutati",
            "intro": "Ce se întâmplă la Centru și în programele sale.",
        },
        en={
            "title": "News",
            "slug": "news",
            "intro": "What is happening at the centre and in its programmes.",
        },
    )
    for number, article in enumerate(ARTICLES):

        def tag_and_illustrate(ro_page, en_page, article=article, number=number):
            ro_page.tags.add(*article["tags"])
            en_page.tags.add(*article["tags_en"])
            image = poster(f"Afiș: {article['ro']['title']}", "#1f4e79", f"news-{number}")
            illustrate(
                ro_page,
                image,
                "Compoziție abstractă de benzi și cercuri albastre.",
                "An abstract composition of blue bands and circles.",
                en_page,
            )

        demo.page(
            index,
            NewsArticlePage,
            ro=article["ro"],
            en=article["en"],
            after_create=tag_and_illustrate,
            date=demo.today - datetime.timedelta(days=article["days_ago"]),
            author="Echipa Centrului",
        )
    demo.log("  news ready")
