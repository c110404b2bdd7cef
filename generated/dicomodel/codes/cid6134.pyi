"""CID 6134 Chest Qualitative Temporal Difference Type.

Extensible, version 20090717, UID 1.2.840.10008.6.1.454.

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
DifferenceInBorderShape: _Final[_groups.Cid6134Code]
DifferenceInBorderDefinition: _Final[_groups.Cid6134Code]
DifferenceInDistribution: _Final[_groups.Cid6134Code]
DifferenceInSiteInvolvement: _Final[_groups.Cid6134Code]
DifferenceInSubstance: _Final[_groups.Cid6134Code]
DifferenceInTexture: _Final[_groups.Cid6134Code]
FindingPartiallyRemoved: _Final[_groups.Cid6134Code]
NoSignificantChangesInTheFinding: _Final[_groups.Cid6134Code]
IncreaseInSize: _Final[_groups.Cid6134Code]
DecreaseInSize: _Final[_groups.Cid6134Code]
LessDefined: _Final[_groups.Cid6134Code]
MoreDefined: _Final[_groups.Cid6134Code]
MEMBERS: _Final[tuple[_groups.Cid6134Code, ...]]
