"""The clerk's actions, shared by the command line and the GUI (DESIGN.md §2).

Each operation takes an open store, does the whole piece of work (store, documents and exchange
calls together, in one transaction where it writes) and publishes what changed through
``thiduadesk.ops.changes``. Front ends never combine store and documents calls themselves.
"""
