"""CID 9504 RT Geometric Information.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1214.

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
PatientSetupPoint: _Final[_groups.Cid9504Code]
RoomLaserPatientSetupPoint: _Final[_groups.Cid9504Code]
MoveableLaserPatientSetupPoint: _Final[_groups.Cid9504Code]
ReferenceAcquisitionPoint: _Final[_groups.Cid9504Code]
IsocentricTreatmentLocationPoint: _Final[_groups.Cid9504Code]
MEMBERS: _Final[tuple[_groups.Cid9504Code, ...]]
