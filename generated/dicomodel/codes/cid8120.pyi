"""CID 8120 Whole Slide Microscopy Image Referenced Image Purpose of Reference.

Extensible, version 20100824, UID 1.2.840.10008.6.1.897.

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
Localizer: _Final[_groups.Cid8120Code]
SameAcquisitionAtLowerResolution: _Final[_groups.Cid8120Code]
SameAcquisitionAtHigherResolution: _Final[_groups.Cid8120Code]
SameAcquisitionAtDifferentFocalDepth: _Final[_groups.Cid8120Code]
SameAcquisitionAtDifferentSpectralBand: _Final[_groups.Cid8120Code]
ImagedContainerLabel: _Final[_groups.Cid8120Code]
MEMBERS: _Final[tuple[_groups.Cid8120Code, ...]]
