"""CID 6037 Mammography Quantitative Temporal Difference Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.367.

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
DifferenceInSize: _Final[_groups.Cid6037Code]
DifferenceInOpacity: _Final[_groups.Cid6037Code]
DifferenceInLocation: _Final[_groups.Cid6037Code]
DifferenceInSpatialProximity: _Final[_groups.Cid6037Code]
DifferenceInNumberOfCalcifications: _Final[_groups.Cid6037Code]
MEMBERS: _Final[tuple[_groups.Cid6037Code, ...]]
