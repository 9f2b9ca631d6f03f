"""Demo of the Academy's resource library: ten resources in Romanian and English, from the
seeds (the ECoC capacity-building project's toolkits, library and podcasts; Factories of
Imagination's capacity-building programmes; I_Improve's changemakers; the Academy's own
training, Forum and cultural voucher), tagged with the libraries' shared topics.

The two podcast episodes have a short audio signal drawn here with the standard library's
`wave` module (the same bytes on every run, no download) and their transcripts in both
languages. Hosts and guests are the demo mentors (invented names, marked "demo").
"""

from __future__ import annotations

import datetime
import io
import math
import wave
from typing import NamedTuple

from cms.demo import DemoBuilder

AUDIO_RATE = 8000  # Hz, mono, 16-bit: a small file


def demo_signal(seed: int, seconds: int = 4) -> bytes:
    """A WAV file of a few soft chimes, the same for the same seed."""
    notes = [440.0, 554.37, 659.25, 880.0]
    frames = bytearray()
    for index in range(AUDIO_RATE * seconds):
        moment = index / AUDIO_RATE
        beat, into_beat = divmod(moment, 1.0)
        pitch = notes[(int(beat) + seed) % len(notes)]
        level = 0.3 * math.exp(-3 * into_beat) * math.sin(2 * math.pi * pitch * moment)
        frames += int(level * 32767).to_bytes(2, "little", signed=True)
    output = io.BytesIO()
    with wave.open(output, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(AUDIO_RATE)
        audio.writeframes(bytes(frames))
    return output.getvalue()


def demo_audio(title: str, filename: str, seed: int):
    """The document `title` (a WAV signal) and its duration; drawn the first time."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    documents = get_document_model()
    document = documents.objects.filter(title=title).first()
    if document is None:
        document = documents.objects.create(
            title=title, file=ContentFile(demo_signal(seed), name=filename)
        )
    with document.open_file() as opened, wave.open(opened, "rb") as audio:
        seconds = audio.getnframes() / audio.getframerate()
    return document, datetime.timedelta(seconds=round(seconds))


class DemoResource(NamedTuple):
    slug: str
    en_slug: str
    kind: str
    topics: tuple[str, ...]  # topic slugs (cms.libraries.demo)
    ro_title: str
    en_title: str
    ro_intro: str
    en_intro: str
    ro_transcript: str = ""
    en_transcript: str = ""


EPISODE_1_RO = """
<p><b>Maria Ionescu:</b> Bun venit la podcastul Academiei Schimbării. Sunt Maria Ionescu și astăzi vorbim despre cultura ca serviciu public, cu Dan Moldovan, care lucrează de mulți ani cu instituțiile publice de cultură.</p>
<p><b>Dan Moldovan:</b> Mulțumesc pentru invitație. Când spunem „serviciu public” ne gândim de obicei la apă, la transport, la spitale. Cultura intră rar pe această listă, deși o plătim tot din bani publici.</p>
<p><b>Maria Ionescu:</b> Și ce se schimbă dacă o punem pe listă?</p>
<p><b>Dan Moldovan:</b> Se schimbă întrebarea de la care pornim. Nu mai întrebăm doar „ce spectacol facem”, ci „cine are acces la el și cine lipsește”. De aici a pornit și voucherul cultural al Academiei: oameni din organizațiile partenere, din organizații sociale și pentru persoane cu dizabilități, au putut merge gratuit la evenimente cu bilet.</p>
<p><b>Maria Ionescu:</b> Ca mediatoare, văd că biletul gratuit e doar începutul. Oamenii vin o dată; ca să revină, trebuie să fie cineva acolo care să îi primească și să vorbească cu ei.</p>
<p><b>Dan Moldovan:</b> Exact. De aceea programul de mediere culturală e la fel de important ca finanțarea. Mediatorul face legătura dintre instituție și comunitate, în ambele sensuri.</p>
<p><b>Maria Ionescu:</b> Despre toate acestea vorbim și la Forumul Academiei Schimbării, în octombrie. Vă mulțumim că ne-ați ascultat.</p>
"""

EPISODE_1_EN = """
<p><b>Maria Ionescu:</b> Welcome to the Change Academy podcast. I'm Maria Ionescu, and today we talk about culture as a public service with Dan Moldovan, who has worked with public cultural institutions for many years.</p>
<p><b>Dan Moldovan:</b> Thank you for having me. When we say “public service” we usually think of water, transport, hospitals. Culture rarely makes the list, even though we also pay for it with public money.</p>
<p><b>Maria Ionescu:</b> And what changes if we put it on the list?</p>
<p><b>Dan Moldovan:</b> The question we start from changes. We no longer ask only “which show do we put on”, but “who can get in, and who is missing”. That is where the Academy's cultural voucher came from: people from partner organisations, social organisations and disability organisations could go to ticketed events for free.</p>
<p><b>Maria Ionescu:</b> As a mediator, I see that a free ticket is only the beginning. People come once; for them to come back, someone has to be there to welcome them and talk with them.</p>
<p><b>Dan Moldovan:</b> Exactly. That is why the cultural mediation programme matters as much as the funding. A mediator connects the institution and the community, in both directions.</p>
<p><b>Maria Ionescu:</b> We talk about all this at the Change Academy Forum, in October, too. Thank you for listening.</p>
"""

EPISODE_2_RO = """
<p><b>Maria Ionescu:</b> Bun venit la un nou episod al podcastului Academiei Schimbării. Invitata noastră este Ecaterina Lazăr, cercetătoare a publicului, iar tema de azi este dezvoltarea publicului în Capitalele Europene ale Culturii.</p>
<p><b>Ecaterina Lazăr:</b> Bună ziua. O Capitală Europeană a Culturii are un an întreg în care tot orașul se uită la ea. Greutatea e ce rămâne după acel an: publicul pe care l-ai câștigat rămâne sau pleacă odată cu festivalul?</p>
<p><b>Maria Ionescu:</b> Proiectul de construire a capacității pentru Capitalele Europene ale Culturii a încercat să răspundă tocmai la asta, prin tabere ale Academiei, truse de instrumente și webinarii.</p>
<p><b>Ecaterina Lazăr:</b> Da, și mi s-a părut util că echipele au lucrat pe golurile lor reale de competențe. O echipă știa foarte bine să producă evenimente, dar nu avea pe nimeni care să citească datele despre public.</p>
<p><b>Maria Ionescu:</b> În septembrie 2021 s-a discutat și despre provocările digitale ale viitoarelor capitale. Ce ați reținut?</p>
<p><b>Ecaterina Lazăr:</b> Că instrumentele digitale nu înlocuiesc întâlnirea. Ele ne ajută să aflăm cine nu vine și de ce, dar răspunsul se construiește tot în cartiere, cu oameni care îi cunosc pe vecini.</p>
<p><b>Maria Ionescu:</b> Un gând bun cu care să încheiem. Găsiți documentele din biblioteca capitalelor culturale în biblioteca Academiei. Mulțumim pentru ascultare.</p>
"""

EPISODE_2_EN = """
<p><b>Maria Ionescu:</b> Welcome to a new episode of the Change Academy podcast. Our guest is Ecaterina Lazăr, an audience researcher, and today's theme is audience development in the European Capitals of Culture.</p>
<p><b>Ecaterina Lazăr:</b> Hello. A European Capital of Culture has a whole year with the city watching it. The hard part is what stays after that year: does the audience you won stay, or leave with the festival?</p>
<p><b>Maria Ionescu:</b> The capacity-building project for European Capitals of Culture tried to answer exactly that, with Academy Camps, toolkits and webinars.</p>
<p><b>Ecaterina Lazăr:</b> Yes, and what I found useful is that the teams worked on their real skills gaps. One team knew very well how to produce events but had nobody who could read the audience data.</p>
<p><b>Maria Ionescu:</b> In September 2021 there was also a discussion of the digital challenges for future capitals. What stayed with you?</p>
<p><b>Ecaterina Lazăr:</b> That digital tools do not replace meeting people. They help us find out who does not come and why, but the answer is still built in the neighbourhoods, with people who know their neighbours.</p>
<p><b>Maria Ionescu:</b> A good thought to end on. You will find the documents of the capitals' library in the Academy's library. Thank you for listening.</p>
"""

# The first rows are what a sampled demo (the test suite's `DEMO_SAMPLE`) builds: a podcast
# episode, a toolkit and a document, sharing a topic.
RESOURCES = [
    DemoResource(
        "podcast-cultura-serviciu-public", "podcast-culture-as-a-public-service",
        "podcast_episode", ("mediere-culturala", "leadership"),
        "Podcastul Academiei, episodul 1: Cultura ca serviciu public",
        "The Academy podcast, episode 1: Culture as a public service",
        "Maria Ionescu și Dan Moldovan despre accesul la cultură, voucherul cultural și rolul mediatorului.",
        "Maria Ionescu and Dan Moldovan on access to culture, the cultural voucher and the mediator's role.",
        EPISODE_1_RO, EPISODE_1_EN,
    ),
    DemoResource(
        "trusa-dezvoltarea-publicului", "audience-development-toolkit",
        "toolkit", ("mediere-culturala", "dezvoltare-organizationala"),
        "Trusă de instrumente: dezvoltarea publicului",
        "Toolkit: audience development",
        "Exerciții pentru echipele culturale care vor să afle cine este publicul lor, cine lipsește și ce pot schimba.",
        "Exercises for cultural teams who want to find out who their audience is, who is missing and what they can change.",
    ),
    DemoResource(
        "construirea-capacitatii-capitalelor-culturale", "capacity-building-for-ecocs",
        "document", ("leadership", "dezvoltare-organizationala"),
        "Biblioteca CEaC: construirea capacității Capitalelor Europene ale Culturii",
        "ECoC library: capacity building for European Capitals of Culture",
        "Prezentarea proiectului Comisiei Europene (octombrie 2019, 30 de luni): tabere ale Academiei, truse de instrumente, webinarii și cursuri online pentru echipele capitalelor.",
        "The European Commission's project (October 2019, 30 months): Academy Camps, toolkits, webinars and MOOCs for the capitals' teams.",
    ),
    DemoResource(
        "ghid-sprijin-start-up", "start-up-support-guide",
        "guide", ("modele-de-afaceri",),
        "Ghid: sprijin pentru centrele culturale la început de drum",
        "Guide: support for emerging cultural centres",
        "Consultanță strategică și formare pentru centre culturale neguvernamentale noi, după programul Startup Support al Factories of Imagination.",
        "Strategic consultancy and training for new non-governmental cultural centres, after Factories of Imagination's Startup Support programme.",
    ),
    DemoResource(
        "studiu-de-caz-i-improve", "case-study-i-improve",
        "case_study", ("dezvoltare-organizationala", "leadership"),
        "Studiu de caz: I_Improve și învățarea informală în organizațiile mici",
        "Case study: I_Improve and informal learning in small organisations",
        "Cum învață o echipă care lucrează pe proiecte, fără contracte stabile, și cum construiește comunitate în jurul ei.",
        "How a project-based team without stable contracts learns, and builds a community around it.",
    ),
    DemoResource(
        "ghid-leadership-centre-independente", "leadership-guide-independent-centres",
        "guide", ("leadership",),
        "Ghid de leadership pentru centrele culturale independente",
        "A leadership guide for independent cultural centres",
        "Exerciții practice pentru cei care conduc schimbarea în centrele culturale neguvernamentale.",
        "Hands-on exercises for the changemakers who run non-governmental cultural centres.",
    ),
    DemoResource(
        "trusa-modelul-de-afaceri", "business-model-toolkit",
        "toolkit", ("modele-de-afaceri", "dezvoltare-organizationala"),
        "Trusă de instrumente: inovarea modelului de afaceri",
        "Toolkit: business model innovation",
        "Fișe de lucru pentru o organizație culturală care își regândește veniturile, partenerii și publicul.",
        "Worksheets for a cultural organisation rethinking its income, partners and audiences.",
    ),
    DemoResource(
        "provocari-digitale-capitale-culturale", "digital-challenges-for-ecocs",
        "document", ("dezvoltare-organizationala",),
        "Biblioteca CEaC: provocări și oportunități digitale pentru viitoarele capitale",
        "ECoC library: digital challenges and opportunities for future capitals",
        "Notele întâlnirii interactive din 17 septembrie 2021, în cadrul ENCATC Member Talks, despre digital și dezvoltarea publicului.",
        "Notes from the interactive meeting of 17 September 2021, at the ENCATC Member Talks, on digital and audience development.",
    ),
    DemoResource(
        "podcast-publicul-capitalelor-culturale", "podcast-audiences-of-ecocs",
        "podcast_episode", ("mediere-culturala", "dezvoltare-organizationala"),
        "Podcastul Academiei, episodul 2: Publicul Capitalelor Europene ale Culturii",
        "The Academy podcast, episode 2: The audiences of European Capitals of Culture",
        "Maria Ionescu și Ecaterina Lazăr despre ce rămâne după anul de capitală culturală.",
        "Maria Ionescu and Ecaterina Lazăr on what stays after the capital-of-culture year.",
        EPISODE_2_RO, EPISODE_2_EN,
    ),
    DemoResource(
        "studiu-de-caz-platforma-educatie-artistica", "case-study-arts-education-platform",
        "case_study", ("educatie-prin-arte", "mediere-culturala"),
        "Studiu de caz: o platformă pentru educatorii din centrele culturale",
        "Case study: a platform for arts educators in cultural centres",
        "Seminare anuale, vizite de studiu și o conferință despre participarea în arte, din programul Arts Education al Factories of Imagination.",
        "Yearly seminars, study visits and a conference on participation in the arts, from Factories of Imagination's Arts Education programme.",
    ),
]  # fmt: skip


def build_library(demo: DemoBuilder, section):
    """The library and its resources; the Romanian library page."""
    from cms.libraries.demo import build_topics
    from plugins.academy.models import AcademyLibraryPage, AcademyResourcePage

    topics = {topic.slug: topic for topic in build_topics(demo)}
    library = demo.page(
        section,
        AcademyLibraryPage,
        ro={
            "title": "Biblioteca Academiei",
            "slug": "biblioteca",
            "intro": "Truse de instrumente, ghiduri, documentele bibliotecii Capitalelor Europene "
            "ale Culturii, episoade de podcast cu transcrierea lor și studii de caz.",
        },
        en={
            "title": "The Academy's library",
            "slug": "library",
            "intro": "Toolkits, guides, the European Capitals of Culture library's documents, "
            "podcast episodes with their transcripts, and case studies.",
        },
    )
    episodes = 0
    for row in demo.rows(RESOURCES):
        audio = {}
        if row.kind == "podcast_episode":
            episodes += 1
            document, duration = demo_audio(
                f"Podcastul Academiei, episodul {episodes} (semnal demo)",
                f"academia-podcast-{episodes}.wav",
                seed=episodes,
            )
            audio = {"audio": document, "audio_duration": duration}
        demo.page(
            library,
            AcademyResourcePage,
            ro={
                "title": row.ro_title,
                "slug": row.slug,
                "intro": row.ro_intro,
                "transcript": row.ro_transcript.strip(),
            },
            en={
                "title": row.en_title,
                "slug": row.en_slug,
                "intro": row.en_intro,
                "transcript": row.en_transcript.strip(),
            },
            kind=row.kind,
            topics=[topics[slug] for slug in row.topics],
            **audio,
        )
    return library
