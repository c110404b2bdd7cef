"""CID 10008 Dose Related Distance Measurement.

Extensible, version 20170914, UID 1.2.840.10008.6.1.541.

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
DistanceSourceToIsocenter: _Final[_groups.Cid10008Code]
DistanceSourceToReferencePoint: _Final[_groups.Cid10008Code]
DistanceSourceToDetector: _Final[_groups.Cid10008Code]
TableLongitudinalPosition: _Final[_groups.Cid10008Code]
TableLateralPosition: _Final[_groups.Cid10008Code]
TableHeightPosition: _Final[_groups.Cid10008Code]
DistanceSourceToTablePlane: _Final[_groups.Cid10008Code]
TableLongitudinalEndPosition: _Final[_groups.Cid10008Code]
TableLateralEndPosition: _Final[_groups.Cid10008Code]
TableHeightEndPosition: _Final[_groups.Cid10008Code]
TableXPositionToIsocenter: _Final[_groups.Cid10008Code]
TableYPositionToIsocenter: _Final[_groups.Cid10008Code]
TableZPositionToIsocenter: _Final[_groups.Cid10008Code]
TableXEndPositionToIsocenter: _Final[_groups.Cid10008Code]
TableYEndPositionToIsocenter: _Final[_groups.Cid10008Code]
TableZEndPositionToIsocenter: _Final[_groups.Cid10008Code]
MEMBERS: _Final[tuple[_groups.Cid10008Code, ...]]
