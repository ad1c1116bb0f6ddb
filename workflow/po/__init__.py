"""PO files: the one entry type, reading and writing (as GNU gettext does), and catalogs.

- ``entry.py``: :class:`~workflow.po.entry.PoEntry`, the one shape of an entry.
- ``read.py``: PO text -> entries, accepting what ``msgfmt`` accepts and nothing else.
- ``write.py``: entries -> PO text exactly as GNU gettext writes it.
- ``catalogs.py``: a release's units in one language <-> a PO file, and press's marks.
"""
