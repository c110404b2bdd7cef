"""CID 10013 CT Acquisition Type.

Extensible, version 20160314, UID 1.2.840.10008.6.1.545.

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
SequencedAcquisition: _Final[_groups.Cid10013Code]
SpiralAcquisition: _Final[_groups.Cid10013Code]
ConstantAngleAcquisition: _Final[_groups.Cid10013Code]
StationaryAcquisition: _Final[_groups.Cid10013Code]
FreeAcquisition: _Final[_groups.Cid10013Code]
ConeBeamAcquisition: _Final[_groups.Cid10013Code]
MEMBERS: _Final[tuple[_groups.Cid10013Code, ...]]
