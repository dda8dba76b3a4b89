"""Fonts, templates and icons shipped with ThiDuaDesk (installed as thiduadesk.resources)."""
