"""CID 6314 Prostate MRI Study Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1371.

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
ProtocolNotFollowed: _Final[_groups.Cid6314Code]
CoilPlacementConcern: _Final[_groups.Cid6314Code]
CoilSelectionConcern: _Final[_groups.Cid6314Code]
StudyPerformedDidNotMatchRequest: _Final[_groups.Cid6314Code]
IncompleteStudy: _Final[_groups.Cid6314Code]
SuboptimalPatientPreparation: _Final[_groups.Cid6314Code]
SuboptimalPatientPositioning: _Final[_groups.Cid6314Code]
MEMBERS: _Final[tuple[_groups.Cid6314Code, ...]]
