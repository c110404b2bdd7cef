"""CID 12229 Echocardiography Area Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.620.

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
AreaByPressureHalfTime: _Final[_groups.Cid12229Code]
ContinuityEquation: _Final[_groups.Cid12229Code]
ContinuityEquationByMeanVelocity: _Final[_groups.Cid12229Code]
ContinuityEquationByPeakVelocity: _Final[_groups.Cid12229Code]
ContinuityEquationByVelocityTimeIntegral: _Final[_groups.Cid12229Code]
ProximalIsovelocitySurfaceArea: _Final[_groups.Cid12229Code]
Planimetry: _Final[_groups.Cid12229Code]
MEMBERS: _Final[tuple[_groups.Cid12229Code, ...]]
