"""CID 8110 Specimen Sampling Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1048.

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
Dissection: _Final[_groups.Cid8110Code]
DissectionWithEntireSpecimenSubmission: _Final[_groups.Cid8110Code]
DissectionWithRepresentativeSectionsSubmission: _Final[_groups.Cid8110Code]
CoreSampling: _Final[_groups.Cid8110Code]
BlockSectioning: _Final[_groups.Cid8110Code]
LaserMicrodissection: _Final[_groups.Cid8110Code]
BlockSurfaceRecut: _Final[_groups.Cid8110Code]
BlockStepSectioning: _Final[_groups.Cid8110Code]
TouchPreparation: _Final[_groups.Cid8110Code]
SmearProcedure: _Final[_groups.Cid8110Code]
MEMBERS: _Final[tuple[_groups.Cid8110Code, ...]]
