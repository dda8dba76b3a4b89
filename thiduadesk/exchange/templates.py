"""Moved to thiduadesk.domain.templates; kept so older imports keep working."""

from thiduadesk.domain.templates import TEMPLATES, PlanTemplate, load_template, school_year  # noqa: F401
