"""schema.org `NewsArticle` of an article page."""

from __future__ import annotations

from cms.site_urls import absolute_url


def article_json_ld(article, request=None) -> dict:
    from cms.models import SiteSettings

    identity = SiteSettings.for_request(request) if request else SiteSettings.for_page(article)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.date.isoformat(),
        "inLanguage": article.locale.language_code,
        "url": absolute_url(article.get_url_parts()[2]),
        "publisher": {"@type": "Organization", "name": identity.localized_name},
    }
    if article.last_published_at:
        data["dateModified"] = article.last_published_at.isoformat()
    if article.intro:
        data["description"] = article.intro
    if article.author:
        data["author"] = {"@type": "Person", "name": article.author}
    else:
        data["author"] = {"@type": "Organization", "name": identity.localized_name}
    if article.image_id:
        data["image"] = [absolute_url(article.image.get_rendition("fill-1200x675").url)]
    return data
