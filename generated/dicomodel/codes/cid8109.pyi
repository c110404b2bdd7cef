"""CID 8109 Specimen Collection Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1047.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Aspiration: _Final[_Code]
Biopsy: _Final[_Code]
Excision: _Final[_Code]
HarvestingOfTissue: _Final[_Code]
RemovalOfDevice: _Final[_Code]
Venipuncture: _Final[_Code]
TakingOfSwab: _Final[_Code]
SpecimenCollection: _Final[_Code]
Scraping: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
