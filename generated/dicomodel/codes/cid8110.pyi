"""CID 8110 Specimen Sampling Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1048.

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
Dissection: _Final[_Code]
DissectionWithEntireSpecimenSubmission: _Final[_Code]
DissectionWithRepresentativeSectionsSubmission: _Final[_Code]
CoreSampling: _Final[_Code]
BlockSectioning: _Final[_Code]
LaserMicrodissection: _Final[_Code]
BlockSurfaceRecut: _Final[_Code]
BlockStepSectioning: _Final[_Code]
TouchPreparation: _Final[_Code]
SmearProcedure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
