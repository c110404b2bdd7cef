"""CID 4410 Topical Treatment.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1478.

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
Immunomodulator: _Final[_Code]
Antifungal: _Final[_Code]
Antibiotic: _Final[_Code]
Steroid: _Final[_Code]
CytotoxicAgent: _Final[_Code]
KeratolyticAgent: _Final[_Code]
HemostaticAgent: _Final[_Code]
Tretinoin: _Final[_Code]
AscorbicAcid: _Final[_Code]
AluminumHydroxide: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
