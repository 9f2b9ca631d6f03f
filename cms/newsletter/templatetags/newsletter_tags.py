from django import template

from cms.newsletter.forms import SignupForm

register = template.Library()


@register.simple_tag
def newsletter_signup_form() -> SignupForm:
    """A fresh signup form for the box at the foot of every page (no database query)."""
    return SignupForm()
