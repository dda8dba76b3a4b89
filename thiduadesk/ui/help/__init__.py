"""Trợ giúp: the Vietnamese user guide shown inside the program (guide.py finds it, dialog.py
shows it)."""
