"""CID 9535 Radiotherapy Dose Calculation Role.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1245.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PlanningOrganAtRiskVolume: _Final[_Code]
AvoidanceVolume: _Final[_Code]
OrganAtRisk: _Final[_Code]
RadiationDoseShapingVolume: _Final[_Code]
ConformalityShell: _Final[_Code]
DoseCalculationBoundingVolume: _Final[_Code]
RadiationInteractionVolume: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
