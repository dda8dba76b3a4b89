"""The Khen thưởng tab (tab.py) and its dialogs: the nominee's card, the council's votes and
decision, the import with its column mapping and preview."""

from thiduadesk.ui.awards.tab import AwardsTab

__all__ = ["AwardsTab"]
