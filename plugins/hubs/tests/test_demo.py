"""The demo tables of the hub directory hold what the issue promised an editor opening the site.

The suite builds a sample of them (`DEMO_SAMPLE`: every type, filter and map still appears, and
the pending proposals and their duplicate flag are built and checked in test_hub_directory.py);
`make run` builds every row, so the tables themselves are what is counted here.
"""

from __future__ import annotations

from plugins.hubs.demo_hubs import HUBS, PROPOSALS, TOOLKITS


def test_the_demo_tables_hold_thirty_hubs_in_nineteen_countries_three_proposals_six_toolkits():
    assert len(HUBS) == 30
    assert len({hub.country for hub in HUBS}) == 19
    assert len({hub.slug for hub in HUBS}) == 30
    assert len(PROPOSALS) == 3
    assert len(TOOLKITS) == 6


def test_one_demo_proposal_shares_its_website_host_with_a_listed_hub():
    from urllib.parse import urlsplit

    def host(url: str) -> str:
        return urlsplit(url).hostname.removeprefix("www.") if url else ""

    listed = {host(hub.website) for hub in HUBS} - {""}
    shared = [p["title"] for p in PROPOSALS if host(p.get("website", "")) in listed]
    assert len(shared) == 1, shared
