"""CID 6066 Target Confirmation.

Extensible, version 20040112, UID 1.2.840.10008.6.1.395.

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
TargetContainedInTheSpecimen: _Final[_groups.Cid6066Code]
TargetPartiallyObtainedInTheSpecimen: _Final[_groups.Cid6066Code]
TargetNotInTheSpecimen: _Final[_groups.Cid6066Code]
CalcificationsSeenInTheCore: _Final[_groups.Cid6066Code]
LesionCompletelyRemoved: _Final[_groups.Cid6066Code]
LesionPartiallyRemoved: _Final[_groups.Cid6066Code]
FluidObtained: _Final[_groups.Cid6066Code]
MEMBERS: _Final[tuple[_groups.Cid6066Code, ...]]
