"""CID 3641 Hemodynamic Assessment.

Extensible, version 20160314, UID 1.2.840.10008.6.1.177.

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
LeftVentricularSystolicPressure: _Final[_groups.Cid3641Code]
LeftVentricularEndDiastolicPressure: _Final[_groups.Cid3641Code]
PulmonaryArteryPressure: _Final[_groups.Cid3641Code]
PulmonaryVascularResistance: _Final[_groups.Cid3641Code]
PulmonaryCapillaryWedgePressure: _Final[_groups.Cid3641Code]
RightVentricularSystolicPressure: _Final[_groups.Cid3641Code]
RightVentricularEndDiastolicPressure: _Final[_groups.Cid3641Code]
RightAtrialPressure: _Final[_groups.Cid3641Code]
VascularResistance: _Final[_groups.Cid3641Code]
DiastolicPressure: _Final[_groups.Cid3641Code]
MEMBERS: _Final[tuple[_groups.Cid3641Code, ...]]
