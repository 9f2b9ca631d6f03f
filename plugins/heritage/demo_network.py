"""Demo communes, heritage sites and producers of România Remarcabilă, as tables of records.

Facts from REAL-SITES.md (the 2019 pilot communes and Mănăstireni, their counties, the landmarks
it names) and public knowledge of the places (villages, coordinates rounded to the commune's
centre, well-known monuments). Everything invented — stories, producers, people, phone numbers —
says "demo" in its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from cms.demo import DemoBuilder


@dataclass(frozen=True)
class Site:
    slug: str
    ro: str
    en: str
    category: str
    period_ro: str
    period_en: str
    latitude: str
    longitude: str
    landmark: bool = False
    panel_ro: str = ""
    panel_en: str = ""


@dataclass(frozen=True)
class Producer:
    slug: str
    name: str
    craft: str
    products_ro: str
    products_en: str
    latitude: str
    longitude: str
    consent: bool = True


@dataclass(frozen=True)
class Commune:
    slug: str
    name: str
    county: str
    villages: tuple[str, ...]
    member_since: int
    latitude: str
    longitude: str
    tagline_ro: str
    tagline_en: str
    sites: tuple[Site, ...] = ()
    producers: tuple[Producer, ...] = field(default_factory=tuple)


COMMUNES: list[Commune] = [
    Commune(
        "bontida", "Bonțida", "Cluj", ("Bonțida", "Coasta", "Răscruci", "Tăușeni"), 2019,
        "46.9139", "23.8133",
        "Un castel care renaște și un sat care îl poartă.",
        "A castle reborn and a village that carries it.",
        sites=(
            Site("castelul-banffy", "Castelul Bánffy", "Bánffy Castle", "castle",
                 "secolele XV–XVIII", "15th–18th centuries", "46.9133", "23.8064", landmark=True,
                 panel_ro="Castelul Bánffy, numit „Versailles-ul Transilvaniei”, renaște prin cultură.",
                 panel_en="Bánffy Castle, called “the Versailles of Transylvania”, is reborn through culture."),
            Site("biserica-reformata-bontida", "Biserica reformată din Bonțida",
                 "The Reformed church of Bonțida", "church", "secolul al XV-lea", "15th century",
                 "46.9150", "23.8120"),
        ),
        producers=(
            Producer("atelier-tesut-bontida", "Atelierul de țesut al Anei Pop (demo)", "weaving",
                     "Ștergare și covoare țesute la război, cu modele din Câmpia Transilvaniei.",
                     "Towels and rugs woven on the loom, with patterns of the Transylvanian Plain.",
                     "46.9125", "23.8150"),
        ),
    ),
    Commune(
        "barsana", "Bârsana", "Maramureș", ("Bârsana", "Nănești"), 2019, "47.8167", "24.0667",
        "Lemnul care urcă spre cer.",
        "Wood that climbs to the sky.",
        sites=(
            Site("biserica-de-lemn-barsana", "Biserica de lemn din Bârsana",
                 "The wooden church of Bârsana", "church", "1720", "1720", "47.8153", "24.0603",
                 landmark=True,
                 panel_ro="Biserica de lemn „Intrarea în Biserică a Maicii Domnului”, monument UNESCO.",
                 panel_en="The wooden church of the Presentation of the Virgin, a UNESCO monument."),
            Site("manastirea-barsana", "Mănăstirea Bârsana", "Bârsana Monastery", "church",
                 "1993, pe vatra unei mănăstiri din secolul al XVIII-lea",
                 "1993, on the site of an 18th-century monastery", "47.8231", "24.0467"),
        ),
        producers=(
            Producer("sculptor-barsana", "Ion Bud, sculptor în lemn (demo)", "woodwork",
                     "Porți maramureșene, cruci și obiecte sculptate.",
                     "Maramureș gates, crosses and carved objects.", "47.8160", "24.0640"),
            Producer("palinca-barsana", "Gospodăria Pașca (demo)", "food",
                     "Horincă de prune și dulcețuri din livada familiei.",
                     "Plum brandy and preserves from the family orchard.", "47.8190", "24.0700",
                     consent=False),
        ),
    ),
    Commune(
        "bucium", "Bucium", "Alba", ("Bucium", "Bucium-Sat", "Izbita", "Valea Negrilesii"), 2019,
        "46.2667", "23.1667",
        "Aur sub munte, narcise deasupra.",
        "Gold under the mountain, daffodils above.",
        sites=(
            Site("poiana-cu-narcise-negrileasa", "Poiana cu narcise de la Negrileasa",
                 "The daffodil glade at Negrileasa", "natural", "rezervație naturală",
                 "nature reserve", "46.2900", "23.1500", landmark=True,
                 panel_ro="În mai, poiana se acoperă de narcise sălbatice: priviți, nu culegeți.",
                 panel_en="In May the glade is covered in wild daffodils: look, do not pick."),
            Site("detunatele", "Detunatele", "The Detunata peaks", "natural",
                 "coloane de bazalt", "basalt columns", "46.2450", "23.1350"),
        ),
        producers=(
            Producer("stupina-bucium", "Stupina din Izbita (demo)", "honey",
                     "Miere de munte, polen și propolis.", "Mountain honey, pollen and propolis.",
                     "46.2700", "23.1800"),
        ),
    ),
    Commune(
        "vad", "Vad", "Cluj",
        ("Vad", "Bogata de Jos", "Bogata de Sus", "Calna", "Cetan", "Curtuiușu Dejului", "Valea Groșilor"),
        2019, "47.2000", "23.7500",
        "Pe Someș, între mănăstire și sat.",
        "On the Someș, between the monastery and the village.",
        sites=(
            Site("centrul-de-interpretare-vad", "Centrul de interpretare Vad",
                 "The Vad interpretation centre", "museum", "deschis în 2021", "opened in 2021",
                 "47.2010", "23.7490", landmark=True),
            Site("biserica-ortodoxa-vad", "Biserica ortodoxă din Vad", "The Orthodox church of Vad",
                 "church", "secolul al XV-lea", "15th century", "47.1990", "23.7530",
                 panel_ro="Biserica din Vad, ctitorie a epocii lui Ștefan cel Mare.",
                 panel_en="The church of Vad, founded in the time of Stephen the Great."),
        ),
        producers=(
            Producer("olarie-vad", "Olăria Someșană (demo)", "pottery",
                     "Vase de lut ars, smălțuite în culorile Someșului.",
                     "Fired clay pots, glazed in the colours of the Someș.", "47.2030", "23.7460"),
        ),
    ),
    Commune(
        "suatu", "Suatu", "Cluj", ("Suatu", "Aruncuta", "Dâmburile"), 2019, "46.7833", "23.9667",
        "Dealuri de stepă și flori rare.",
        "Steppe hills and rare flowers.",
        sites=(
            Site("rezervatia-suatu", "Rezervația botanică Suatu", "Suatu botanical reserve",
                 "natural", "rezervație din 1932", "reserve since 1932", "46.7780", "23.9600",
                 landmark=True),
            Site("casa-traditionala-suatu", "Casa tradițională din Aruncuta (demo)",
                 "The traditional house of Aruncuta (demo)", "vernacular", "secolul al XIX-lea",
                 "19th century", "46.8000", "23.9900"),
        ),
        producers=(
            Producer("branzeturi-suatu", "Brânzeturile din Dâmburile (demo)", "dairy",
                     "Caș, urdă și brânză de burduf.", "Fresh cheese, whey cheese and aged cheese.",
                     "46.7900", "23.9500"),
        ),
    ),
    Commune(
        "moldovenesti", "Moldovenești", "Cluj",
        ("Moldovenești", "Bădeni", "Pietroasa", "Plăiești", "Podeni", "Stejeriș"), 2019,
        "46.4972", "23.6569",
        "Cetatea de deasupra Arieșului.",
        "The fortress above the Arieș.",
        sites=(
            Site("cetatea-moldovenesti", "Cetatea de la Moldovenești",
                 "The fortress of Moldovenești", "archaeological", "dacic, roman și medieval",
                 "Dacian, Roman and medieval", "46.5000", "23.6500", landmark=True),
        ),
        producers=(
            Producer("oua-moldovenesti", "Ouă încondeiate de la Bădeni (demo)", "eggs",
                     "Ouă încondeiate cu ceară, după modele vechi.",
                     "Eggs decorated with wax, in old patterns.", "46.4800", "23.6300"),
        ),
    ),
    Commune(
        "poieni", "Poieni", "Cluj",
        ("Poieni", "Bologa", "Cerbești", "Hodișu", "Lunca Vișagului", "Morlaca", "Tranișu",
         "Valea Drăganului"),
        2019, "46.9167", "22.8667",
        "Porțile Apusenilor.",
        "The gates of the Apuseni.",
        sites=(
            Site("cetatea-bologa", "Cetatea Bologa", "Bologa Castle", "castle", "secolul al XIII-lea",
                 "13th century", "46.8833", "22.8833", landmark=True),
            Site("valea-draganului", "Valea Drăganului", "The Drăgan valley", "natural",
                 "peisaj montan", "mountain landscape", "46.8500", "22.7500"),
        ),
        producers=(
            Producer("fierarie-poieni", "Fierăria din Bologa (demo)", "metal",
                     "Unelte, balamale și feronerie lucrate la nicovală.",
                     "Tools, hinges and ironwork made on the anvil.", "46.8850", "22.8800"),
        ),
    ),
    Commune(
        "belis", "Beliș", "Cluj",
        ("Beliș", "Bălcești", "Dealu Botii", "Giurcuța de Jos", "Giurcuța de Sus", "Poiana Horea",
         "Smida"),
        2019, "46.6500", "23.0333",
        "Un lac peste un sat, o poveste sub apă.",
        "A lake over a village, a story under water.",
        sites=(
            Site("lacul-belis-fantanele", "Lacul Beliș-Fântânele", "Lake Beliș-Fântânele", "natural",
                 "lac de acumulare, 1974", "reservoir, 1974", "46.6700", "23.0500", landmark=True),
        ),
        producers=(
            Producer("pensiune-belis", "Pensiunea de la Smida (demo)", "lodging",
                     "Camere și mâncare din gospodărie, la poalele Vlădesei.",
                     "Rooms and home-grown food at the foot of the Vlădeasa.", "46.6300", "22.9900"),
        ),
    ),
    Commune(
        "fundata", "Fundata", "Brașov", ("Fundata", "Fundățica", "Șirnea"), 2019, "45.4333", "25.2833",
        "Satul cel mai înalt, între Bucegi și Piatra Craiului.",
        "The highest village, between the Bucegi and Piatra Craiului.",
        sites=(
            Site("pasul-giuvala", "Pasul Giuvala", "The Giuvala pass", "natural", "1 290 m altitudine",
                 "1,290 m above sea level", "45.4500", "25.2700", landmark=True),
            Site("muzeul-satului-fundatica", "Muzeul satului din Fundățica (demo)",
                 "The village museum of Fundățica (demo)", "museum", "secolul al XX-lea",
                 "20th century", "45.4400", "25.2900"),
        ),
        producers=(
            Producer("branza-fundata", "Stâna din Fundata (demo)", "dairy",
                     "Brânză de burduf în coajă de brad.", "Cheese aged in fir bark.",
                     "45.4300", "25.2800"),
        ),
    ),
    Commune(
        "plopis", "Plopiș", "Sălaj", ("Plopiș", "Făgetu", "Iaz"), 2019, "47.1167", "22.6333",
        "Pădurea Meseșului și satele ei.",
        "The Meseș forest and its villages.",
        sites=(
            Site("biserica-de-lemn-plopis", "Biserica de lemn din Plopiș (demo)",
                 "The wooden church of Plopiș (demo)", "church", "secolul al XVIII-lea",
                 "18th century", "47.1150", "22.6350", landmark=True),
        ),
        producers=(
            Producer("cosuri-plopis", "Coșurile din Iaz (demo)", "woodwork",
                     "Coșuri împletite din nuiele de alun.", "Baskets woven from hazel rods.",
                     "47.1000", "22.6500"),
        ),
    ),
    Commune(
        "bogata", "Bogata", "Mureș", ("Bogata", "Ranta"), 2019, "46.4667", "24.1333",
        "Pe malul Mureșului.",
        "On the banks of the Mureș.",
        sites=(
            Site("biserica-reformata-bogata", "Biserica reformată din Bogata (demo)",
                 "The Reformed church of Bogata (demo)", "church", "secolul al XV-lea",
                 "15th century", "46.4670", "24.1340", landmark=True),
        ),
    ),
    Commune(
        "valea-viilor", "Valea Viilor", "Sibiu", ("Valea Viilor", "Motiș"), 2019, "46.0833", "24.2833",
        "O biserică-cetate între vii.",
        "A fortified church among the vineyards.",
        sites=(
            Site("biserica-fortificata-valea-viilor", "Biserica fortificată din Valea Viilor",
                 "The fortified church of Valea Viilor", "church", "secolele XIV–XVI",
                 "14th–16th centuries", "46.0830", "24.2800", landmark=True,
                 panel_ro="Biserica fortificată din Valea Viilor, monument UNESCO.",
                 panel_en="The fortified church of Valea Viilor, a UNESCO monument."),
        ),
        producers=(
            Producer("vin-valea-viilor", "Crama din Motiș (demo)", "food",
                     "Vin alb din podgoria Târnavelor.", "White wine of the Târnave vineyards.",
                     "46.0700", "24.2700"),
        ),
    ),
    Commune(
        "manastireni", "Mănăstireni", "Cluj",
        ("Mănăstireni", "Ardeova", "Bedeciu", "Bica", "Dretea", "Mănășturu Românesc"), 2021,
        "46.7667", "23.0833",
        "O biserică romanică pe drumul spre munte.",
        "A Romanesque church on the road to the mountains.",
        sites=(
            Site("biserica-reformata-manastireni", "Biserica reformată din Mănăstireni",
                 "The Reformed church of Mănăstireni", "church", "secolul al XIII-lea",
                 "13th century", "46.7660", "23.0840", landmark=True),
        ),
    ),
]  # fmt: skip


def _story(commune: Commune, language: str) -> list:
    """Four numbered sections (01/04 … 04/04), invented for the demo and marked so."""
    villages = ", ".join(commune.villages)
    first = commune.sites[0] if commune.sites else None
    if language == "ro":
        sections = [
            ("Locul", f"{commune.name} (județul {commune.county}) cuprinde satele {villages}."),
            ("Oamenii", "Meșteri, producători și familii care țin vii obiceiurile locului."),
            ("Patrimoniul", f"Obiectivul cel mai cunoscut: {first.ro}." if first else ""),
            (
                "Ce urmează",
                f"Membră a rețelei din {commune.member_since}, comuna pregătește zile in situ vara.",
            ),
        ]
        marker = " (text demo)"
    else:
        sections = [
            (
                "The place",
                f"{commune.name} ({commune.county} County) is made of the villages {villages}.",
            ),
            (
                "The people",
                "Craftspeople, producers and families who keep the place's customs alive.",
            ),
            ("The heritage", f"Its best-known landmark: {first.en}." if first else ""),
            (
                "What comes next",
                f"A member of the network since {commune.member_since}, the commune prepares in-situ summer days.",
            ),
        ]
        marker = " (demo text)"
    return [
        ("section", {"heading": heading, "text": f"<p>{text}{marker}</p>"})
        for heading, text in sections
        if text
    ]


def build_communes(demo: DemoBuilder, section) -> dict[str, object]:
    """The commune index, each commune with its sites and producers. Returns the Romanian
    commune pages by slug (for events)."""
    from plugins.heritage.models import CommuneIndexPage, CommunePage

    index = demo.page(
        section,
        CommuneIndexPage,
        ro={
            "title": "Localitățile rețelei",
            "slug": "comune",
            "intro": "Comunele membre ale rețelei România Remarcabilă, pe hartă și în listă.",
        },
        en={
            "title": "The network's communes",
            "slug": "communes",
            "intro": "The member communes of the Remarkable Romania network, on a map and in a list.",
        },
    )
    communes = {}
    for row in demo.rows(COMMUNES):
        common = {
            "county": row.county,
            "locality": row.name,
            "villages": "\n".join(row.villages),
            "member_since": row.member_since,
            "latitude": Decimal(row.latitude),
            "longitude": Decimal(row.longitude),
            "authority_address": f"{row.name}, județul {row.county}",
            "authority_email": f"primaria.{row.slug}@example.ro",
        }
        commune = demo.page(
            index,
            CommunePage,
            ro={
                "title": row.name,
                "slug": row.slug,
                "tagline": row.tagline_ro,
                "story": _story(row, "ro"),
                "authority_name": f"Primăria comunei {row.name}",
            },
            en={
                "title": row.name,
                "slug": row.slug,
                "tagline": row.tagline_en,
                "story": _story(row, "en"),
                "authority_name": f"{row.name} town hall",
            },
            **common,
        )
        communes[row.slug] = commune
        build_sites(demo, commune, row)
        build_producers(demo, commune, row)
    return communes


def build_sites(demo: DemoBuilder, commune, row: Commune) -> None:
    from plugins.heritage.models import HeritageSitePage

    for site in row.sites:
        demo.page(
            commune,
            HeritageSitePage,
            ro={
                "title": site.ro,
                "slug": site.slug,
                "period": site.period_ro,
                "panel_text": site.panel_ro,
                "opening": "La cerere, prin primărie (demo).",
                "access": f"Din centrul comunei {row.name} (demo).",
            },
            en={
                "title": site.en,
                "slug": site.slug,
                "period": site.period_en,
                "panel_text": site.panel_en,
                "opening": "On request, through the town hall (demo).",
                "access": f"From the centre of {row.name} (demo).",
            },
            category=site.category,
            is_landmark=site.landmark,
            has_panel=bool(site.panel_ro),
            locality=row.name,
            county=row.county,
            latitude=Decimal(site.latitude),
            longitude=Decimal(site.longitude),
        )


def build_producers(demo: DemoBuilder, commune, row: Commune) -> None:
    from plugins.heritage.models import ProducerPage

    for producer in row.producers:
        demo.page(
            commune,
            ProducerPage,
            ro={
                "title": producer.name,
                "slug": producer.slug,
                "products": producer.products_ro,
                "how_to_buy": "În gospodărie, cu o zi înainte la telefon, și la târgurile rețelei (demo).",
            },
            en={
                "title": producer.name,
                "slug": producer.slug,
                "products": producer.products_en,
                "how_to_buy": "At the farm, calling a day ahead, and at the network's fairs (demo).",
            },
            craft=producer.craft,
            locality=row.name,
            county=row.county,
            latitude=Decimal(producer.latitude),
            longitude=Decimal(producer.longitude),
            contact_phone="0700 000 000",
            contact_email=f"{producer.slug}@example.ro",
            contact_consent=producer.consent,
        )


def build_producer_directory(demo: DemoBuilder, section):
    from plugins.heritage.models import ProducerDirectoryPage

    return demo.page(
        section,
        ProducerDirectoryPage,
        ro={
            "title": "Meșteri și producători locali",
            "slug": "producatori",
            "intro": "Meșterii și producătorii din comunele rețelei, după meșteșug și comună.",
        },
        en={
            "title": "Craftspeople and local producers",
            "slug": "producers",
            "intro": "The craftspeople and producers of the network's communes, by craft and commune.",
        },
    )


# Pending proposals, as producers send them from their commune's page (names invented: demo).
PROPOSALS = [
    (
        "bontida",
        {
            "title": "Turtă dulce din Răscruci (demo)",
            "craft": "food",
            "products": "Turtă dulce și pâine în cuptor de lut.",
            "how_to_buy": "La târgul de la castel și la comandă.",
            "locality": "Răscruci",
            "proposer_name": "Elena Moldovan (demo)",
            "proposer_email": "elena.moldovan@example.org",
        },
    ),
    (
        "barsana",
        {
            "title": "Țesături din Nănești (demo)",
            "craft": "weaving",
            "products": "Cergi și traiste maramureșene.",
            "how_to_buy": "În atelier, sâmbăta.",
            "locality": "Nănești",
            "proposer_name": "Maria Hotea (demo)",
            "proposer_email": "maria.hotea@example.org",
        },
    ),
]


def build_proposals(demo: DemoBuilder, communes: dict) -> None:
    """Send the proposals through the submissions kit's own form and code path: drafts under
    their commune, in the team's workflow. Teams are set first, as the hubs' demo explains."""
    from cms.submissions.proposing import create_proposal
    from cms.teams import setup_teams

    teams_ready = False
    for slug, proposal in PROPOSALS:
        commune = communes.get(slug)
        if commune is None or commune.get_children().filter(title=proposal["title"]).exists():
            continue
        if not teams_ready:
            setup_teams()
            teams_ready = True
        form = commune.proposal_form_class()(data={**proposal, "consent": "on"})
        if not form.is_valid():
            raise ValueError(f"demo proposal {proposal['title']}: {form.errors.as_json()}")
        create_proposal(commune, form)
        demo.log(f"  + proposal: {proposal['title']}")


def build_network_map(demo: DemoBuilder, section):
    from plugins.heritage.models import NetworkMapPage

    return demo.page(
        section,
        NetworkMapPage,
        ro={
            "title": "Harta rețelei",
            "slug": "harta",
            "intro": "Comunele, obiectivele remarcabile și producătorii rețelei, pe hartă și în listă.",
        },
        en={
            "title": "The network map",
            "slug": "map",
            "intro": "The network's communes, remarkable sites and producers, on a map and in a list.",
        },
    )
