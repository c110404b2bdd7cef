"""CID 10040 Radiopharmaceutical Organ Dose Reference Authority.

Extensible, version 20140419, UID 1.2.840.10008.6.1.972.

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
MIRDPamphlet1: _Final[_Code]
ICRPPublication53: _Final[_Code]
MIRDOSE: _Final[_Code]
OLINDAEXM: _Final[_Code]
PackageInsert: _Final[_Code]
InstitutionallyApprovedEstimates: _Final[_Code]
InvestigationalNewDrug: _Final[_Code]
ICRPPublication80: _Final[_Code]
ICRPPublication106: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
