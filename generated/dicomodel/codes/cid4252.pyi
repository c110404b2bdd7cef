"""CID 4252 Visual Field Static Perimetry Screening Test Mode.

Extensible, version 20100827, UID 1.2.840.10008.6.1.911.

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
AgeCorrected: _Final[_groups.Cid4252Code]
ThresholdRelated: _Final[_groups.Cid4252Code]
SingleLuminance: _Final[_groups.Cid4252Code]
FovealSensitivityRelated: _Final[_groups.Cid4252Code]
RelatedToNonMacularSensitivity: _Final[_groups.Cid4252Code]
UserChosenValue: _Final[_groups.Cid4252Code]
MEMBERS: _Final[tuple[_groups.Cid4252Code, ...]]
