"""CID 8109 Specimen Collection Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1047.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Aspiration: _Final[_groups.Cid8109Code]
Biopsy: _Final[_groups.Cid8109Code]
Excision: _Final[_groups.Cid8109Code]
HarvestingOfTissue: _Final[_groups.Cid8109Code]
RemovalOfDevice: _Final[_groups.Cid8109Code]
Venipuncture: _Final[_groups.Cid8109Code]
TakingOfSwab: _Final[_groups.Cid8109Code]
SpecimenCollection: _Final[_groups.Cid8109Code]
Scraping: _Final[_groups.Cid8109Code]
MEMBERS: _Final[tuple[_groups.Cid8109Code, ...]]
