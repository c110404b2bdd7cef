"""CID 9265 Patient Position Acquisition - Projection Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1464.

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
RTPatientPositionAcquisitionSinglePlaneMV: _Final[_groups.Cid9265Code]
RTPatientPositionAcquisitionSinglePlaneKv: _Final[_groups.Cid9265Code]
RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_groups.Cid9265Code]
RTPatientPositionAcquisitionFilmCassetteMV: _Final[_groups.Cid9265Code]
RTPatientPositionAcquisitionFilmCassetteKv: _Final[_groups.Cid9265Code]
MEMBERS: _Final[tuple[_groups.Cid9265Code, ...]]
